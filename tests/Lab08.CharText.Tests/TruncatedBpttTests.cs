using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab08.Tests;

/// <summary>
/// Task 4: one chunk of truncated BPTT from a carried state: its loss against the given network's logits, its gradient
/// against central finite differences (the carried state held constant), and chunks chained through their final states
/// reading the text exactly as one long pass does.
/// </summary>
[TestFixture]
[KataTask(4)]
public class TruncatedBpttTests
{
    private const int Vocabulary = 5;
    private const int Hidden = 4;

    private static readonly int[] Text = [0, 3, 1, 4, 4, 2, 0, 1, 3, 2, 2, 4, 0];

    private static Vector<double> Parameters() => CharRnn.Seeded(Vocabulary, Hidden, seed: 8) * 2.5;  // larger weights: the state matters more

    private static Matrix<double> NonZeroState() => KataRandom.Uniform(1, Hidden, -0.8, 0.8, seed: 4);

    private static Matrix<double> OneHot(int c) => Matrix<double>.Build.Dense(1, Vocabulary, (_, j) => j == c ? 1 : 0);

    // The mean over steps of −ln softmax(logits_t)[target_t], computed here from the given network's own forward pass.
    private static double ExpectedLoss(CharRnn network, IReadOnlyList<int> inputs, IReadOnlyList<int> targets, Matrix<double> h0)
    {
        var logits = network.Forward(inputs.Select(OneHot).ToArray(), h0).Logits;
        return Enumerable.Range(0, inputs.Count).Average(t =>
        {
            var z = logits[t].Row(0);
            return Math.Log(z.Select(v => Math.Exp(v)).Sum()) - z[targets[t]];
        });
    }

    [Test]
    public void The_loss_is_the_mean_cross_entropy_of_the_run_from_the_carried_state()
    {
        var network = new CharRnn(Vocabulary, Hidden, Parameters());
        int[] inputs = Text[..6], targets = Text[1..7];
        var h0 = NonZeroState();

        var result = TruncatedBptt.Chunk(network, inputs, targets, h0);

        result.Loss.Should().BeApproximately(ExpectedLoss(network, inputs, targets, h0), Tolerance.ClosedForm,
            "the mean over the chunk's 6 steps, starting from h0 (not from zeros)");
        Matrices.ShouldBeClose(result.FinalHidden, network.Forward(inputs.Select(OneHot).ToArray(), h0).Layer.Hidden[^1], "h after the last step");
    }

    [Test]
    public void The_gradient_matches_central_finite_differences_with_the_carried_state_held_constant()
    {
        var theta = Parameters();
        int[] inputs = Text[2..9], targets = Text[3..10];
        var h0 = NonZeroState();

        var result = TruncatedBptt.Chunk(new CharRnn(Vocabulary, Hidden, theta), inputs, targets, h0);

        GradientComparison.Compare(result.Gradient, () => ExpectedLoss(new CharRnn(Vocabulary, Hidden, theta), inputs, targets, h0), theta)
            .Error.Should().BeLessThan(Tolerance.GradientCheck, "every parameter, in the network's flat order");
    }

    [Test]
    public void Chunks_chained_through_their_final_states_read_the_text_as_one_long_pass()
    {
        var network = new CharRnn(Vocabulary, Hidden, Parameters());
        var zero = Matrix<double>.Build.Dense(1, Hidden);

        var first = TruncatedBptt.Chunk(network, Text[..5], Text[1..6], zero);
        var second = TruncatedBptt.Chunk(network, Text[5..12], Text[6..13], first.FinalHidden);

        var whole = network.Forward(Text[..12].Select(OneHot).ToArray(), zero);
        Matrices.ShouldBeClose(second.FinalHidden, whole.Layer.Hidden[^1], "the second chunk continues where the first ended");
        second.Loss.Should().BeApproximately(ExpectedLoss(network, Text[5..12], Text[6..13], whole.Layer.Hidden[4]), Tolerance.ClosedForm);
        second.Loss.Should().NotBeApproximately(ExpectedLoss(network, Text[5..12], Text[6..13], zero), 1e-6, "from zeros the chunk would forget the text before it");
    }

    [Test]
    public void The_final_state_is_a_copy_the_next_chunk_may_keep()
    {
        var network = new CharRnn(Vocabulary, Hidden, Parameters());
        var h0 = NonZeroState();
        var before = h0.Clone();

        var result = TruncatedBptt.Chunk(network, Text[..4], Text[1..5], h0);
        result.FinalHidden[0, 0] += 10;

        h0.Should().Be(before, "the chunk does not change the state it starts from");
        TruncatedBptt.Chunk(network, Text[..4], Text[1..5], h0).FinalHidden[0, 0].Should().BeApproximately(result.FinalHidden[0, 0] - 10, Tolerance.ClosedForm);
    }

    [Test]
    public void Bad_chunks_are_rejected_naming_the_argument()
    {
        var network = new CharRnn(Vocabulary, Hidden, Parameters());
        var h0 = Matrix<double>.Build.Dense(1, Hidden);

        ((Action)(() => TruncatedBptt.Chunk(network, [], [], h0))).ShouldRejectArgument("inputs").OwnMessage().Should().NotBeNullOrWhiteSpace();
        ((Action)(() => TruncatedBptt.Chunk(network, [1, 2], [2], h0))).ShouldRejectArgument("targets").Message.Should().Contain("2");
        ((Action)(() => TruncatedBptt.Chunk(network, [1, 5], [2, 3], h0))).ShouldRejectArgument("inputs").Message.Should().Contain("5");
        ((Action)(() => TruncatedBptt.Chunk(network, [1, 2], [2, -1], h0))).ShouldRejectArgument("targets");
        ((Action)(() => TruncatedBptt.Chunk(network, [1, 2], [2, 3], Matrix<double>.Build.Dense(1, Hidden + 1)))).ShouldRejectArgument("h0", $"1×{Hidden}");
    }
}
