namespace RnnKata.Lab08.Tests;

/// <summary>Task 1: the alphabet in code-point order, the encoding both ways, one-hot rows.</summary>
[TestFixture]
[KataTask(1)]
public class AlphabetTests
{
    [Test]
    public void The_characters_are_the_distinct_ones_sorted_by_code_point()
    {
        var alphabet = Alphabet.Of("hello, World");

        alphabet.Symbols.Should().Equal(' ', ',', 'W', 'd', 'e', 'h', 'l', 'o', 'r');
        alphabet.Size.Should().Be(9, "each character once");
    }

    [Test]
    public void The_order_does_not_depend_on_where_a_character_first_appears()
    {
        // The lecture's set() order may change from run to run; sorted, "cab" and "bca" give the same indices.
        Alphabet.Of("cab").Symbols.Should().Equal(Alphabet.Of("bca").Symbols).And.Equal('a', 'b', 'c');
    }

    [Test]
    public void Cyrillic_sorts_after_latin_and_case_matters()
    {
        // 'A' U+0041 < 'a' U+0061 < 'Я' U+042F < 'а' U+0430 < 'ё' U+0451.
        Alphabet.Of("ёаЯaA").Symbols.Should().Equal('A', 'a', 'Я', 'а', 'ё');
    }

    [Test]
    public void Encoding_gives_each_characters_index_and_decoding_reverses_it()
    {
        var alphabet = Alphabet.Of("abc ");

        alphabet.Encode("cab a").Should().Equal(3, 1, 2, 0, 1);
        alphabet.Decode([3, 1, 2, 0, 1]).Should().Be("cab a");
        alphabet.IndexOf('c').Should().Be(3);
    }

    [Test]
    public void One_hot_rows_have_a_single_one_in_the_characters_column()
    {
        var rows = Alphabet.Of("abcd").OneHot([2, 0, 2]);

        rows.RowCount.Should().Be(3);
        rows.ColumnCount.Should().Be(4, "one column per character");
        rows.Should().Be(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0, 1, 0 }, { 1, 0, 0, 0 }, { 0, 0, 1, 0 } }));
    }

    [Test]
    public void A_character_outside_the_alphabet_is_named_with_its_code_point_and_position()
    {
        var alphabet = Alphabet.Of("abc");

        var error = ((Action)(() => alphabet.Encode("abж"))).ShouldRejectArgument("text");
        error.Message.Should().Contain("ж").And.Contain("U+0436").And.Contain("2", "the position of the character in the text");
        ((Action)(() => alphabet.IndexOf('?'))).ShouldRejectArgument("symbol").Message.Should().Contain("'?'").And.Contain("U+003F");
    }

    [Test]
    public void An_empty_text_has_no_alphabet() =>
        ((Action)(() => Alphabet.Of(""))).ShouldRejectArgument("text").OwnMessage().Should().NotBeNullOrWhiteSpace();

    [TestCase(-1)]
    [TestCase(3)]
    public void An_index_outside_the_alphabet_is_rejected(int index)
    {
        var alphabet = Alphabet.Of("abc");

        ((Action)(() => alphabet.Decode([0, index]))).ShouldRejectArgument("indices").Message.Should().Contain($"{index}");
        ((Action)(() => alphabet.OneHot([index]))).ShouldRejectArgument("indices").Message.Should().Contain($"{index}");
    }
}
