using MathNet.Numerics.LinearAlgebra;
using RnnKata.Catalogue;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

/// <summary>Optional extensions A and B: bad initial states and output gradients (reported, not counted toward the lab's points).</summary>
[TestFixture]
[Category(GradingContract.ExtensionCategory)]
public class DeepBadInputTests
{
    // batch 4, 3 inputs, 5 hidden units, 6 inner units, 2 outputs, T = 3
    private static MatrixBuilder<double> M => Matrix<double>.Build;
    private static Matrix<double>[] Xs => Data.Sequence(3, 4, 3, seed: 1);

    private static Matrix<double> NotFinite()
    {
        var h0 = M.Dense(4, 5);
        h0[3, 4] = double.NaN;
        return h0;
    }

    [Test]
    public void Deep_transition_rejects_a_bad_initial_state()
    {
        var p = DeepTransitionParameters.Seeded(3, 6, 5, 2);
        Action shape = () => DeepTransitionNetwork.Forward(Xs, M.Dense(4, 6), p, Activation.Tanh);
        Action nan = () => DeepTransitionNetwork.Forward(Xs, NotFinite(), p, Activation.Tanh);

        shape.ShouldRejectArgument("h0", expectedShape: "4×5");
        nan.ShouldRejectArgument("h0");
    }

    [Test]
    public void Deep_output_rejects_a_bad_initial_state()
    {
        var p = DeepOutputParameters.Seeded(3, 5, 6, 2);
        Action shape = () => DeepOutputNetwork.Forward(Xs, M.Dense(4, 6), p, Activation.Tanh);
        Action nan = () => DeepOutputNetwork.Forward(Xs, NotFinite(), p, Activation.Tanh);

        shape.ShouldRejectArgument("h0", expectedShape: "4×5");
        nan.ShouldRejectArgument("h0");
    }

    [Test]
    public void Deep_transition_backward_rejects_output_gradients_that_do_not_fit_the_trace()
    {
        var p = DeepTransitionParameters.Seeded(3, 6, 5, 2);
        var trace = DeepTransitionNetwork.Forward(Xs, M.Dense(4, 5), p, Activation.Tanh);
        Action act = () => DeepTransitionNetwork.Backward(trace, [M.Dense(4, 2), M.Dense(4, 2)], p);

        act.ShouldRejectArgument("dOutputs");
    }

    [Test]
    public void Deep_output_backward_rejects_output_gradients_that_do_not_fit_the_trace()
    {
        var p = DeepOutputParameters.Seeded(3, 5, 6, 2);
        var trace = DeepOutputNetwork.Forward(Xs, M.Dense(4, 5), p, Activation.Tanh);
        Action act = () => DeepOutputNetwork.Backward(trace, [M.Dense(4, 2), M.Dense(4, 2)], p);

        act.ShouldRejectArgument("dOutputs");
    }
}
