using RnnKata.Lab07;

namespace RnnKata.Given.Tests.Lab07;

/// <summary>
/// The phrase files Lab 7 ships (exercises/Lab07.Sentiment/Data/): at least 10 training and 10 test phrases per class, every test
/// word seen in training except the one unknown word each set tests on purpose, and mirror pairs (the same words, opposite classes)
/// in both files, so that word order matters and a bag of words cannot be right on both phrases of a pair.
/// </summary>
[TestFixture]
public class Lab07GivenShippedPhrasesTests
{
    private static readonly Dictionary<string, string> UnknownOnPurpose = new() { ["English"] = "today", ["Russian"] = "сегодня" };

    private static SentimentExample[] Read(string file) =>
        PhraseFile.Parse(File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "Lab07", file)), file);

    // The shipped files are lower case, words separated by single spaces: split on spaces is what Vocabulary.Tokenize gives.
    private static string[] Words(string text) => text.Split(' ');

    private static string Bag(string text) => string.Join(' ', Words(text).Order(StringComparer.Ordinal));

    public static IEnumerable<ShippedPhrases> Sets() => ShippedPhrases.All;

    [TestCaseSource(nameof(Sets))]
    public void Each_file_holds_at_least_ten_phrases_per_class_written_in_lower_case_words(ShippedPhrases set)
    {
        foreach (var file in new[] { set.TrainFile, set.TestFile })
        {
            var examples = Read(file);
            examples.Count(e => e.Label == Sentiment.Positive).Should().BeGreaterThanOrEqualTo(10, file);
            examples.Count(e => e.Label == Sentiment.Negative).Should().BeGreaterThanOrEqualTo(10, file);
            examples.Should().OnlyContain(e => e.Text == e.Text.ToLowerInvariant() && Words(e.Text).All(w => w.Length > 0 && w.All(char.IsLetter)), file);
            examples.Select(e => e.Text).Should().OnlyHaveUniqueItems(file);
        }
    }

    [TestCaseSource(nameof(Sets))]
    public void Every_test_word_is_a_training_word_but_the_one_unknown_on_purpose(ShippedPhrases set)
    {
        var known = Read(set.TrainFile).SelectMany(e => Words(e.Text)).ToHashSet();
        var unseen = Read(set.TestFile).SelectMany(e => Words(e.Text)).Where(w => !known.Contains(w)).Distinct();

        unseen.Should().Equal(UnknownOnPurpose[set.Name]);
        Read(set.TestFile).Select(e => e.Text).Should().NotIntersectWith(Read(set.TrainFile).Select(e => e.Text), "no test phrase is a training phrase");
    }

    [TestCaseSource(nameof(Sets))]
    public void Both_files_hold_mirror_pairs_of_the_same_words_in_opposite_classes(ShippedPhrases set)
    {
        foreach (var file in new[] { set.TrainFile, set.TestFile })
        {
            var pairs = Read(file).GroupBy(e => Bag(e.Text)).Count(g => g.Select(e => e.Label).Distinct().Count() == 2);
            pairs.Should().BeGreaterThanOrEqualTo(4, $"{file} needs phrases only word order tells apart");
        }
    }

    [TestCaseSource(nameof(Sets))]
    public void Negated_phrases_are_in_both_classes(ShippedPhrases set)
    {
        var negated = Read(set.TestFile).Where(e => Words(e.Text).Contains(set.Negation)).ToArray();

        negated.Select(e => e.Label).Distinct().Should().HaveCount(2, $"'{set.Negation}' flips some phrases to positive and others to negative");
    }
}
