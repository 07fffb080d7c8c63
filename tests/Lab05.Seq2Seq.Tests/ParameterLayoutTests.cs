namespace RnnKata.Lab05.Tests;

/// <summary>The given flat layout the engine shares: counts and the two L2 masks.</summary>
[TestFixture]
public class ParameterLayoutTests
{
    [Test]
    public void The_masks_cover_the_recurrent_weights_or_everything_but_the_scale()
    {
        // I = 2, H = 3, L = 2: encoder layer 0 has W_ih 9×2 and W_hh 9×3, layer 1 9×3 and 9×3, four 9-bias vectors.
        var parameters = Seq2SeqParameters.Seeded(new Seq2SeqSpec(2, 3));

        parameters.ToFlat().Count.Should().Be(2 * (45 + 54 + 36) + 2 * 3 + 2 + 1);
        parameters.L2Mask(L2Scope.RecurrentWeights).Sum().Should().Be(2 * (45 + 54));
        var all = parameters.L2Mask(L2Scope.AllButOutputScale);
        all.Sum().Should().Be(all.Count - 1);
        all[^1].Should().Be(0, "the scale is the last parameter");
        parameters.Scale[0].Should().Be(1, "the seed's scale starts at 1");
    }
}
