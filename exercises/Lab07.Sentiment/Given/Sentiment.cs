namespace RnnKata.Lab07;

/// <summary>The two classes, numbered as the lecture's <c>int(y)</c> numbers them: False (negative) is 0, True (positive) is 1.</summary>
public static class Sentiment
{
    /// <summary>The class of a negative phrase.</summary>
    public const int Negative = 0;

    /// <summary>The class of a positive phrase.</summary>
    public const int Positive = 1;

    /// <summary>Classes the network scores.</summary>
    public const int ClassCount = 2;

    /// <summary>The label of each class in the phrase files, by class number.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["negative", "positive"];
}
