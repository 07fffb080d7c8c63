using System.Text;
using RnnKata.Lab08;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests.Lab08;

/// <summary>
/// Lab 8's given corpus code (exercises/Lab08.CharText/Given/Corpus.cs, MinCharOptions.cs): strict UTF-8 with errors that name
/// the file, the lecture's preparation, the unigram entropy, min-char-rnn's smoothed loss; and the shipped corpora.
/// </summary>
[TestFixture]
public class Lab08GivenCorpusTests
{
    [Test]
    public void UTF8_text_is_decoded_and_a_byte_order_mark_skipped() =>
        Corpus.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("сеть")], "a.txt").Should().Be("сеть");

    [Test]
    public void Bytes_that_are_not_UTF8_are_rejected_naming_the_file_and_the_offset()
    {
        // "ab" then 0xE9, Latin-1's é: a lead byte with no continuation.
        var error = ((Action)(() => Corpus.Decode([0x61, 0x62, 0xE9, 0x20], "latin1.txt"))).Should().Throw<FormatException>().Which;

        error.Message.Should().Contain("latin1.txt").And.Contain("0xE9").And.Contain("offset 2");
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0x20, 0x0A, 0x09 })]
    public void An_empty_file_is_rejected_naming_it(byte[] bytes) =>
        ((Action)(() => Corpus.Decode(bytes, "empty.txt"))).Should().Throw<FormatException>().Which.Message.Should().Contain("empty.txt").And.Contain("empty");

    [Test]
    public void The_lectures_preparation_trims_lowercases_and_joins_the_non_empty_lines() =>
        Corpus.Lecture("  Она Задумалась \r\n\n\tВ унылой позе\n").Should().Be("она задумалась в унылой позе");

    [Test]
    public void The_unigram_entropy_is_that_of_the_character_frequencies()
    {
        Corpus.UnigramBits("abab").Should().BeApproximately(1, Tolerance.ClosedForm, "two characters, equally frequent");
        Corpus.UnigramBits("aaab").Should().BeApproximately(-(0.75 * Math.Log2(0.75) + 0.25 * Math.Log2(0.25)), Tolerance.ClosedForm);
        Corpus.UnigramBits("zzzz").Should().Be(0);
    }

    [Test]
    public void The_smoothed_loss_starts_from_a_uniform_guess_summed_over_a_chunk()
    {
        var smoothed = new MinCharOptions(Chunk: 4).Smoothed([1.0, 2.0], vocabulary: 10);

        smoothed[0].Should().BeApproximately(0.999 * 4 * Math.Log(10) + 0.001 * 4 * 1.0, Tolerance.ClosedForm, "25·ln V in min-char-rnn; Chunk·ln V here");
        smoothed[1].Should().BeApproximately(0.999 * smoothed[0] + 0.001 * 4 * 2.0, Tolerance.ClosedForm);
    }

    [TestCase(Corpus.EnglishFileName)]
    [TestCase(Corpus.RussianFileName)]
    public void The_shipped_corpora_are_UTF8_text_of_several_kilobytes(string file)
    {
        var text = Corpus.Decode(File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", file)), file);

        Corpus.Lecture(text).Length.Should().BeGreaterThan(3000);
    }
}
