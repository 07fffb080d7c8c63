using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07.Tests;

/// <summary>Task 5: one SGD step with every gradient entry clipped to [−clip, clip], as the lecture's <c>np.clip</c>.</summary>
[TestFixture]
[KataTask(5)]
public class StepTests
{
    private static SentimentRnn Network() => new(
        Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 } }), Matrix<double>.Build.DenseOfArray(new[,] { { 0.5 } }),
        Matrix<double>.Build.DenseOfArray(new[,] { { -1.0 }, { 1.0 } }), Vector<double>.Build.Dense([0.25]), Vector<double>.Build.Dense([0.0, 0.1]));

    private static RnnGradients Gradients() => new(
        Matrix<double>.Build.DenseOfArray(new[,] { { 3.0, -0.5 } }), Matrix<double>.Build.DenseOfArray(new[,] { { -7.0 } }),
        Matrix<double>.Build.DenseOfArray(new[,] { { 0.2 }, { 1.0 } }), Vector<double>.Build.Dense([-1.5]), Vector<double>.Build.Dense([0.0, 0.75]));

    [Test]
    public void Every_parameter_moves_against_its_clipped_gradient()
    {
        var network = Network();

        Training.Step(network, Gradients(), learningRate: 0.1, clip: 1);

        // θ − 0.1·clip(g): 3 → 1, −7 → −1 and −1.5 → −1 are clipped; −0.5, 0.2, 1.0, 0.75 are not.
        Matrices.ShouldBeClose(network.WeightXh, Matrix<double>.Build.DenseOfArray(new[,] { { 0.9, 2.05 } }), "W_xh − 0.1·(1, −0.5)");
        Matrices.ShouldBeClose(network.WeightHh, Matrix<double>.Build.DenseOfArray(new[,] { { 0.6 } }), "W_hh − 0.1·(−1)");
        Matrices.ShouldBeClose(network.WeightHy, Matrix<double>.Build.DenseOfArray(new[,] { { -1.02 }, { 0.9 } }), "W_hy − 0.1·(0.2, 1)");
        Matrices.ShouldBeClose(network.BiasH, Vector<double>.Build.Dense([0.35]), "b_h − 0.1·(−1)");
        Matrices.ShouldBeClose(network.BiasY, Vector<double>.Build.Dense([0.0, 0.025]), "b_y − 0.1·(0, 0.75)");
    }

    [Test]
    public void The_gradients_are_left_as_they_were()
    {
        var gradients = Gradients();

        Training.Step(Network(), gradients, 0.1, 1);

        gradients.WeightXh.Should().Be(Gradients().WeightXh, "Step clips a copy");
        gradients.WeightHh.Should().Be(Gradients().WeightHh);
        gradients.BiasH.Should().Equal(Gradients().BiasH);
    }

    [Test]
    public void A_wider_clip_lets_more_through()
    {
        var network = Network();

        Training.Step(network, Gradients(), learningRate: 0.5, clip: 4);

        Matrices.ShouldBeClose(network.WeightXh, Matrix<double>.Build.DenseOfArray(new[,] { { -0.5, 2.25 } }), "W_xh − 0.5·(3, −0.5): 3 is inside ±4");
        Matrices.ShouldBeClose(network.WeightHh, Matrix<double>.Build.DenseOfArray(new[,] { { 2.5 } }), "W_hh − 0.5·(−4)");
    }

    [Test]
    public void A_gradient_of_the_wrong_shape_is_rejected()
    {
        ((Action)(() => Training.Step(Network(), Gradients() with { WeightHh = Matrix<double>.Build.Dense(2, 2) }, 0.1, 1))).ShouldRejectArgument("gradients");
        ((Action)(() => Training.Step(Network(), Gradients() with { BiasY = Vector<double>.Build.Dense(3) }, 0.1, 1))).ShouldRejectArgument("gradients");
    }

    [Test]
    public void A_gradient_holding_NaN_is_rejected()
    {
        ((Action)(() => Training.Step(Network(), Gradients() with { BiasY = Vector<double>.Build.Dense([double.NaN, 0.0]) }, 0.1, 1))).ShouldRejectArgument("gradients");
        ((Action)(() => Training.Step(Network(), Gradients() with { WeightHh = Matrix<double>.Build.Dense(1, 1, double.NaN) }, 0.1, 1))).ShouldRejectArgument("gradients");
    }

    [TestCase(0.0, 1.0, "learningRate")]
    [TestCase(-0.1, 1.0, "learningRate")]
    [TestCase(0.1, 0.0, "clip")]
    public void A_step_size_or_clip_that_is_not_positive_is_rejected(double learningRate, double clip, string name) =>
        ((Action)(() => Training.Step(Network(), Gradients(), learningRate, clip))).ShouldRejectArgument(name).OwnMessage().Should().Contain($"{(name == "clip" ? clip : learningRate)}");
}
