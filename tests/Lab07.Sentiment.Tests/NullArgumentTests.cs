namespace RnnKata.Lab07.Tests;

/// <summary>Null arguments get an <see cref="ArgumentNullException"/> naming them (tasks 1–5).</summary>
[TestFixture]
[KataTask(1)]
public class NullArgumentTests
{
    [Test]
    public void Vocabulary_rejects_null_text_and_texts()
    {
        FluentActions.Invoking(() => Vocabulary.Tokenize(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
        FluentActions.Invoking(() => Vocabulary.FromTexts(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("texts");
        FluentActions.Invoking(() => Vocabulary.FromTexts(["a"]).IndexOf(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("word");
    }
}
