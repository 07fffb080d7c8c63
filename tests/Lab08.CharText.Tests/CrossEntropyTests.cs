using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab08.Tests;

/// <summary>Task 2: the softmax and the mean cross-entropy over the alphabet, by hand and against central finite differences.</summary>
[TestFixture]
[KataTask(2)]
public class CrossEntropyTests
{
    private static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    [Test]
    public void Equal_logits_cost_ln_V_and_push_the_target_up_and_the_rest_down()
    {
        var (loss, gradient) = CrossEntropy.Of(M(new double[,] { { 0, 0, 0 } }), [1]);

        loss.Should().BeApproximately(Math.Log(3), Tolerance.ClosedForm, "a uniform guess over V = 3 characters costs ln 3 nats");
        Matrices.ShouldBeClose(gradient, M(new double[,] { { 1 / 3.0, -2 / 3.0, 1 / 3.0 } }), "softmax − onehot");
    }

    [Test]
    public void The_loss_and_the_gradient_are_means_over_the_rows()
    {
        // Row 0: −ln softmax(1, 2)[1] = ln(1 + e^−1); row 1: −ln softmax(0, 0)[0] = ln 2.
        var (loss, gradient) = CrossEntropy.Of(M(new double[,] { { 1, 2 }, { 0, 0 } }), [1, 0]);

        loss.Should().BeApproximately((Math.Log(1 + Math.Exp(-1)) + Math.Log(2)) / 2, Tolerance.ClosedForm);
        double p0 = Math.Exp(1) / (Math.Exp(1) + Math.Exp(2));
        Matrices.ShouldBeClose(gradient, M(new double[,] { { p0 / 2, (1 - p0 - 1) / 2 }, { (0.5 - 1) / 2, 0.5 / 2 } }), "(softmax − onehot) / rows");
    }

    [Test]
    public void Large_logits_do_not_overflow()
    {
        var (loss, gradient) = CrossEntropy.Of(M(new double[,] { { 1000, 1001, 999 } }), [2]);
        var (shifted, shiftedGradient) = CrossEntropy.Of(M(new double[,] { { 1, 2, 0 } }), [2]);

        loss.Should().BeApproximately(shifted, Tolerance.ClosedForm, "softmax ignores a constant added to every logit");
        Matrices.ShouldBeClose(gradient, shiftedGradient, "the same probabilities");
        CrossEntropy.Softmax(M(new double[,] { { 1000, 1000 } })).Should().Be(M(new double[,] { { 0.5, 0.5 } }));
    }

    [Test]
    public void Softmax_rows_are_the_closed_form_probabilities()
    {
        var p = CrossEntropy.Softmax(M(new double[,] { { 0, Math.Log(3) }, { Math.Log(2), Math.Log(2) } }));

        Matrices.ShouldBeClose(p, M(new double[,] { { 0.25, 0.75 }, { 0.5, 0.5 } }), "e^z / Σ e^z, row by row");
    }

    [TestCase(1, 5)]
    [TestCase(7, 11)]
    public void The_gradient_matches_central_finite_differences(int rows, int vocabulary)
    {
        var logits = KataRandom.Normal(rows, vocabulary, seed: 3, standardDeviation: 2);
        var targets = Enumerable.Range(0, rows).Select(r => (r * 3 + 1) % vocabulary).ToArray();

        var (_, gradient) = CrossEntropy.Of(logits, targets);

        GradientComparison.Compare(gradient, () => CrossEntropy.Of(logits, targets).Loss, logits).Error.Should().BeLessThan(Tolerance.GradientCheck);
    }

    [Test]
    public void Targets_that_do_not_fit_the_logits_are_rejected()
    {
        var logits = M(new double[,] { { 0, 0 }, { 0, 0 } });

        ((Action)(() => CrossEntropy.Of(logits, [0]))).ShouldRejectArgument("targets").Message.Should().Contain("2");
        ((Action)(() => CrossEntropy.Of(logits, [0, 2]))).ShouldRejectArgument("targets").Message.Should().Contain("2");
        ((Action)(() => CrossEntropy.Of(logits, [-1, 0]))).ShouldRejectArgument("targets").Message.Should().Contain("-1");
    }

    [Test]
    public void Logits_with_NaN_or_without_rows_are_rejected()
    {
        ((Action)(() => CrossEntropy.Of(M(new double[,] { { 0, double.NaN } }), [0]))).ShouldRejectArgument("logits");
        ((Action)(() => CrossEntropy.Of(Matrix<double>.Build.Dense(0, 3), []))).ShouldRejectArgument("logits").OwnMessage().Should().NotBeNullOrWhiteSpace();
        ((Action)(() => CrossEntropy.Softmax(Matrix<double>.Build.Dense(2, 0)))).ShouldRejectArgument("logits").OwnMessage().Should().NotBeNullOrWhiteSpace();
        ((Action)(() => CrossEntropy.Softmax(M(new double[,] { { double.PositiveInfinity, 0 } })))).ShouldRejectArgument("logits");
    }
}
