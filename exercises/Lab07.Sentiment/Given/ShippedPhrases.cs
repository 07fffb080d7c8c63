namespace RnnKata.Lab07;

/// <summary>One of the phrase sets the lab ships in <c>exercises/Lab07.Sentiment/Data/</c>, split into a training and a test file.</summary>
/// <param name="Name">Its name in reports.</param>
/// <param name="TrainFile">The training file's name.</param>
/// <param name="TestFile">The test file's name.</param>
/// <param name="Negation">The word that negates (what chapter 7 reports accuracy on separately).</param>
public sealed record ShippedPhrases(string Name, string TrainFile, string TestFile, string Negation)
{
    /// <summary>English phrases in the lecture's style (good, not good, i am not at all happy, …).</summary>
    public static ShippedPhrases English { get; } = new("English", "en-train.tsv", "en-test.tsv", "not");

    /// <summary>Russian phrases (the lecture's task 3).</summary>
    public static ShippedPhrases Russian { get; } = new("Russian", "ru-train.tsv", "ru-test.tsv", "не");

    /// <summary>Both sets.</summary>
    public static IReadOnlyList<ShippedPhrases> All { get; } = [English, Russian];
}
