namespace RnnKata.Lab07.Tests;

/// <summary>Task 2: a phrase as indices and as one-hot vectors; unknown words read as the unknown token and are counted.</summary>
[TestFixture]
[KataTask(2)]
public class EncodingTests
{
    private static Vocabulary Words => Vocabulary.FromTexts(["i am happy", "i am not happy", "this is bad"]);

    [Test]
    public void Encode_gives_each_word_its_index_in_order()
    {
        var encoded = Words.Encode("this is not happy");

        encoded.Indices.Should().Equal(5, 6, 4, 3);
        encoded.UnknownWords.Should().Be(0);
    }

    [Test]
    public void Unknown_words_are_the_unknown_index_and_are_counted()
    {
        var encoded = Words.Encode("i am very very happy today");

        encoded.Indices.Should().Equal(1, 2, 0, 0, 3, 0);
        encoded.UnknownWords.Should().Be(3);
    }

    [Test]
    public void The_lectures_Russian_example_on_an_English_vocabulary_is_two_unknown_words_not_a_KeyError()
    {
        var inputs = Words.OneHot("Хороший день");

        inputs.Should().HaveCount(2);
        inputs.Should().AllSatisfy(x => x.ToArray().Should().Equal(new[] { 1.0 }.Concat(Enumerable.Repeat(0.0, Words.Count - 1))));
    }

    [Test]
    public void OneHot_has_one_vector_per_word_each_V_long_with_a_single_one_at_the_words_index()
    {
        var inputs = Words.OneHot("I am bad");

        inputs.Should().HaveCount(3);
        int[] expected = [1, 2, 7];
        for (int t = 0; t < 3; t++)
        {
            inputs[t].Count.Should().Be(Words.Count, "every input is V long");
            inputs[t].Sum().Should().Be(1.0, "exactly one entry is one");
            inputs[t][expected[t]].Should().Be(1.0, $"word {t} sits at index {expected[t]}");
        }
    }

    [Test]
    public void An_empty_phrase_cannot_be_encoded()
    {
        ((Action)(() => Words.Encode(""))).ShouldRejectArgument("text");
        ((Action)(() => Words.OneHot(" . "))).ShouldRejectArgument("text");
    }

    [Test]
    public void A_missing_text_is_named()
    {
        ShouldRejectNull(() => Words.Encode(null!), "text");
        ShouldRejectNull(() => Words.OneHot(null!), "text");
    }

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
