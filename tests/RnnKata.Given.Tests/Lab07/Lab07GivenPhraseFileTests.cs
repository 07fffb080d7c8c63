using RnnKata.Lab07;

namespace RnnKata.Given.Tests.Lab07;

/// <summary>
/// Lab 7's given phrase-file reader (exercises/Lab07.Sentiment/Given/PhraseFile.cs): label&lt;TAB&gt;text, comments and blank lines
/// skipped, and every malformed line a <see cref="FormatException"/> naming the file and the line.
/// </summary>
[TestFixture]
public class Lab07GivenPhraseFileTests
{
    private static SentimentExample[] Parse(params string[] lines) => PhraseFile.Parse(lines, "phrases.tsv");

    [Test]
    public void Lines_are_label_tab_text_and_comments_and_blank_lines_are_skipped() =>
        Parse("# a comment", "positive\tnot bad", "", "  ", "negative\ti am not happy ").Should().Equal(
            new SentimentExample("not bad", Sentiment.Positive), new SentimentExample("i am not happy", Sentiment.Negative));

    [TestCase("positive not bad", "line 2", "no tab")]
    [TestCase("neutral\tso so", "line 2", "'neutral'")]
    [TestCase("True\tgood", "line 2", "'True'")]
    [TestCase("positive\t   ", "line 2", "empty")]
    public void A_malformed_line_is_named_with_the_file_and_its_number(string line, string where, string problem) =>
        FluentActions.Invoking(() => Parse("negative\tbad", line)).Should().Throw<FormatException>()
            .Which.Message.Should().Contain("phrases.tsv").And.Contain(where).And.Contain(problem);

    [Test]
    public void A_file_without_a_phrase_is_an_error() =>
        FluentActions.Invoking(() => Parse("# only a comment", "")).Should().Throw<FormatException>().WithMessage("*phrases.tsv*no phrase*");
}
