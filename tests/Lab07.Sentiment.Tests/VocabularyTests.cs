namespace RnnKata.Lab07.Tests;

/// <summary>Task 1: words from text, the vocabulary in order of first appearance after the unknown-word token, lookups.</summary>
[TestFixture]
[KataTask(1)]
public class VocabularyTests
{
    [TestCase("good", new[] { "good" })]
    [TestCase("I am NOT happy", new[] { "i", "am", "not", "happy" })]
    [TestCase("  not bad,  really!\tgood ", new[] { "not", "bad", "really", "good" })]
    [TestCase("i'm fine", new[] { "i'm", "fine" })]
    [TestCase("Хороший день", new[] { "хороший", "день" })]
    [TestCase("мне не-плохо", new[] { "мне", "не", "плохо" })]
    public void Tokenize_lower_cases_and_splits_at_everything_but_letters_digits_and_apostrophes(string text, string[] words) =>
        Vocabulary.Tokenize(text).Should().Equal(words);

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("?! ,")]
    public void A_text_without_a_word_is_rejected(string text) =>
        ((Action)(() => Vocabulary.Tokenize(text))).ShouldRejectArgument("text").OwnMessage().Should().Contain("word");

    [Test]
    public void The_vocabulary_starts_with_the_unknown_token_then_words_in_order_of_first_appearance()
    {
        var vocabulary = Vocabulary.FromTexts(["good", "not good", "very bad", "Not Bad"]);

        vocabulary.Words.Should().Equal(Vocabulary.UnknownToken, "good", "not", "very", "bad");
        vocabulary.Count.Should().Be(5, "V counts the unknown token too");
    }

    [Test]
    public void Each_word_is_found_at_its_index()
    {
        var vocabulary = Vocabulary.FromTexts(["this is good", "this is not good"]);

        vocabulary.Words.Select(vocabulary.IndexOf).Should().Equal(Enumerable.Range(0, vocabulary.Count), "word i is at index i");
    }

    [TestCase("bad")]
    [TestCase("хороший")]
    [TestCase("<unk>")]
    public void A_word_never_seen_is_the_unknown_token(string word) =>
        Vocabulary.FromTexts(["good", "not good"]).IndexOf(word).Should().Be(Vocabulary.UnknownIndex);

    [Test]
    public void The_same_texts_always_give_the_same_vocabulary() =>
        Vocabulary.FromTexts(["b a", "c b"]).Words.Should().Equal(Vocabulary.FromTexts(["b a", "c b"]).Words).And.Equal("<unk>", "b", "a", "c");

    [Test]
    public void No_text_is_rejected() =>
        ((Action)(() => Vocabulary.FromTexts([]))).ShouldRejectArgument("texts").OwnMessage().Should().Contain("text");

    [Test]
    public void A_text_without_a_word_is_rejected_with_its_index() =>
        ((Action)(() => Vocabulary.FromTexts(["good", "bad", " "]))).ShouldRejectArgument("texts").Message.Should().MatchRegex(@"(?<![-\d])2(?!\d)", "the third text is index 2");

    [Test]
    public void A_missing_argument_is_named()
    {
        ShouldRejectNull(() => Vocabulary.Tokenize(null!), "text");
        ShouldRejectNull(() => Vocabulary.FromTexts(null!), "texts");
        ShouldRejectNull(() => Vocabulary.FromTexts(["a"]).IndexOf(null!), "word");
    }

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
