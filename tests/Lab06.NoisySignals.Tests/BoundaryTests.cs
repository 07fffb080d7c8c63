using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06.Tests;

/// <summary>The smallest valid inputs are accepted and computed, not rejected: a check written <c>&lt;=</c> instead of <c>&lt;</c> fails here.</summary>
[TestFixture]
public class BoundaryTests
{
    [Test]
    [KataTask(1)]
    public void Windows_of_one_value_pair_each_value_with_the_next()
    {
        var windows = SeriesWindows.Sliding([1.0, 2.0, 3.0], 1);

        windows.Inputs.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0 }, { 2.0 } }));
        windows.Targets.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 2.0 }, { 3.0 } }));
    }

    [TestCase(WindowLayout.StepsOfOneValue)]
    [TestCase(WindowLayout.OneStepOfAllValues)]
    [KataTask(1)]
    public void One_value_windows_are_one_step_of_one_value(WindowLayout layout)
    {
        var windows = Matrix<double>.Build.DenseOfArray(new[,] { { 1.5 }, { -2.0 } });

        var sequence = SeriesWindows.AsSequence(windows, layout);

        sequence.Should().ContainSingle().Which.Should().Be(windows);
    }

    [Test]
    [KataTask(3)]
    public void Both_baselines_of_one_value_windows_are_that_value()
    {
        var windows = Matrix<double>.Build.DenseOfArray(new[,] { { 1.5 }, { -2.0 } });

        Baselines.MovingAverage(windows).Should().Be(windows);
        Baselines.LastValue(windows).Should().Be(windows);
    }

    [Test]
    [KataTask(4)]
    public void Exactly_two_prices_give_one_return() =>
        Returns.FromPrices([2.0, 6.0]).Should().Equal([Math.Log(3.0)], (a, e) => Math.Abs(a - e) <= Tolerance.ClosedForm);

    [Test]
    [KataTask(2)]
    public void A_pre_activation_of_exactly_zero_passes_no_gradient()
    {
        // Chapter 6, "The lecture's model": ∂L/∂z = ∂L/∂a ⊙ [z > 0], relu′(0) = 0 as PyTorch and TensorFlow take it.
        // h = 1, W1 = (1, 2)ᵀ, b1 = (−1, 0): z = (0, 2) exactly; W2 = (3, 5): ∂L/∂a = (3, 5), so ∂L/∂z = (0, 5).
        var head = new DenseReluHead(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0 }, { 2.0 } }), Vector<double>.Build.Dense([-1.0, 0.0]),
                                     Matrix<double>.Build.DenseOfArray(new[,] { { 3.0, 5.0 } }), Vector<double>.Build.Dense([0.0]));
        var run = head.Forward(Matrix<double>.Build.Dense(1, 1, 1.0));
        run.PreActivation[0, 0].Should().Be(0.0, "the test needs z exactly at relu's kink");

        var gradients = head.Backward(run, Matrix<double>.Build.Dense(1, 1, 1.0));

        gradients.Bias1.Should().Equal([0.0, 5.0], "the unit at z = 0 passes nothing back");
        gradients.Weight1.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 0.0 }, { 5.0 } }));
        gradients.Input.Should().Be(Matrix<double>.Build.Dense(1, 1, 10.0), "∂L/∂h = 0·1 + 5·2 from the live unit only");
    }

    [Test]
    [KataTask(5)]
    public void Rmsprop_takes_rho_0_and_rejects_each_hyperparameter_beyond_its_range()
    {
        // ρ = 0 is the closed end of [0, 1): s = g², so the step is lr·g / (|g| + ε).
        var parameters = Vector<double>.Build.Dense([1.0]);
        new RmsProp(0.1, 0.0, 1e-7).Step(parameters, Vector<double>.Build.Dense([2.0]));
        parameters[0].Should().BeApproximately(1.0 - 0.1 * 2.0 / (2.0 + 1e-7), Tolerance.ClosedForm);

        // The constructor's range checks are given (tested in RnnKata.Given.Tests); the reference solution repeats them.
        foreach (var (lr, rho, epsilon, name) in new[]
                 {
                     (0.0, 0.9, 1e-7, "learningRate"), (-0.01, 0.9, 1e-7, "learningRate"), (double.PositiveInfinity, 0.9, 1e-7, "learningRate"),
                     (double.NaN, 0.9, 1e-7, "learningRate"), (0.01, -0.1, 1e-7, "rho"), (0.01, 1.0, 1e-7, "rho"), (0.01, double.NaN, 1e-7, "rho"),
                     (0.01, 0.9, 0.0, "epsilon"), (0.01, 0.9, -1e-7, "epsilon"), (0.01, 0.9, double.PositiveInfinity, "epsilon"),
                 })
        {
            ((Action)(() => _ = new RmsProp(lr, rho, epsilon))).ShouldRejectArgument(name).Should().BeOfType<ArgumentOutOfRangeException>()
                .Which.OwnMessage().Should().NotBeNullOrWhiteSpace("the message says what range {0} must lie in", name);
        }
    }
}
