namespace RnnKata.Lab08.Tests;

/// <summary>Generating text from a trained model with your sampler: greedy chains, seeded draws, and bad seeds and temperatures.</summary>
[TestFixture]
[KataTask(3)]
public class GenerationTests
{
    private static CharModel Trained() =>
        MinCharTraining.Fit(new MinCharOptions(Hidden: 6, Chunk: 5, Iterations: 12, ReportEvery: 12, GeneratedLength: 3, Backend: "simd"), Replay.Corpus());

    [Test]
    public void Greedy_generation_appends_the_argmax_of_the_next_logits_one_character_at_a_time()
    {
        using var model = Trained();

        var generated = model.Generate("the ", 8, null, new Random(1));

        var text = "the ";
        for (int i = 0; i < 8; i++)
            text += model.Alphabet.Symbols[Sampler.Greedy(model.NextLogits(text))];
        generated.Should().Be(text[4..]);
    }

    [Test]
    public void Sampling_is_reproducible_from_the_seed_and_a_tiny_temperature_is_greedy()
    {
        using var model = Trained();

        model.Generate("a cat", 20, 1.0, new Random(9)).Should().Be(model.Generate("a cat", 20, 1.0, new Random(9)));
        model.Generate("a cat", 20, 1e-6, new Random(9)).Should().Be(model.Generate("a cat", 20, null, new Random(9)));
    }

    [Test]
    public void A_seed_with_a_character_outside_the_alphabet_is_rejected_naming_the_character()
    {
        using var model = Trained();

        ((Action)(() => model.Generate("the Ω", 5, null, new Random(1)))).ShouldRejectArgument("seed").Message.Should().Contain("Ω").And.Contain("U+03A9");
    }

    [TestCase(0.0)]
    [TestCase(-0.5)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_temperature_that_is_not_a_positive_finite_number_is_rejected(double temperature)
    {
        using var model = Trained();

        ((Action)(() => model.Generate("the ", 5, temperature, new Random(1)))).ShouldRejectArgument("temperature");
    }
}
