using RnnKata.Lab05;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 5's given first weights (exercises/Lab05.Seq2Seq/Given/Seq2SeqParameters.cs): one seed, one set of weights, every
/// time — the training's reproducibility rests on it — drawn in ±1/√H with the scale at 1.
/// </summary>
[TestFixture]
public class Lab05GivenParametersTests
{
    // The seed's exercise 2 size: 30 653 parameters, large enough for MathNet to fill a vector in parallel.
    private static readonly Seq2SeqSpec Exercise2 = new(1, 50);

    [Test]
    public void The_same_seed_gives_the_same_weights_every_time()
    {
        var first = Seq2SeqParameters.Seeded(Exercise2, 7).ToFlat();
        for (int again = 0; again < 5; again++)
            Seq2SeqParameters.Seeded(Exercise2, 7).ToFlat().Should().Equal(first, "seeded weights are drawn one after another from one Random");
    }

    [Test]
    public void Weights_lie_within_one_over_root_h_and_the_scale_starts_at_one()
    {
        var flat = Seq2SeqParameters.Seeded(Exercise2, 7).ToFlat();
        double limit = 1 / Math.Sqrt(Exercise2.Hidden);
        flat.Take(flat.Count - 1).Should().OnlyContain(v => Math.Abs(v) <= limit);
        flat[^1].Should().Be(1);
        // Drawn from U(±limit), the weights fill the range: their spread is that of the uniform, limit/√3, within 5 %.
        var values = flat.Take(flat.Count - 1).ToArray();
        double mean = values.Average();
        Math.Sqrt(values.Average(v => (v - mean) * (v - mean))).Should().BeApproximately(limit / Math.Sqrt(3), 0.05 * limit / Math.Sqrt(3));
    }
}
