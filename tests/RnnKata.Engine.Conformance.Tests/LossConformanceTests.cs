using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine.Conformance.Tests.Support;
using RnnKata.Lab02;

namespace RnnKata.Engine.Conformance.Tests;

/// <summary>
/// The losses against Lab 2's <c>Losses</c> (whose mean squared error is ½‖O − Y‖² over the batch B,
/// so PyTorch's mean over N = R·C entries is Lab 2's value × 2B/N and ½Σ(p − t)² is Lab 2's value × B)
/// and, for L1 and RMSE, direct double sums (RMSE's gradient also against central differences).
/// </summary>
[TestFixtureSource(typeof(BackendUnderTest), nameof(BackendUnderTest.Names))]
public sealed class LossConformanceTests(string backend) : BackendUnderTest(backend)
{
    // Central differences of a smooth double function with step h have error O(h²·f‴) + O(ε/h) ≈ 1e-10 here:
    // 1e-8 is far below the gradients' size (≈ 1/n) and far above that error.
    private const double FiniteDifferenceStep = 1e-5;
    private const double FiniteDifferenceTolerance = 1e-8;

    [TestCase(1, 1)]
    [TestCase(64, 1)]
    [TestCase(50, 20)]
    [TestCase(33, 17)]
    public void Mean_squared_error_and_half_sum_of_squares_match_Lab_2(int rows, int columns)
    {
        var (p, t) = (HostData.Uniform(rows * columns, 31), HostData.Uniform(rows * columns, 32));
        var lab = Losses.MeanSquaredError([HostData.Matrix(p, rows, columns)], [HostData.Matrix(t, rows, columns)]);
        var n = rows * columns;

        var (mse, mseGradient) = Run(LossKind.MeanSquaredError, p, t, rows, columns);
        var (half, halfGradient) = Run(LossKind.HalfSumOfSquares, p, t, rows, columns);

        Float32Agreement.ShouldAgree([mse], [lab.Value * 2 * rows / n], "MSE");
        Float32Agreement.ShouldAgree(mseGradient, HostData.Flat(lab.DOutputs[0] * (2.0 * rows / n)), "∂MSE");
        Float32Agreement.ShouldAgree([half], [lab.Value * rows], "½Σ²");
        Float32Agreement.ShouldAgree(halfGradient, HostData.Flat(lab.DOutputs[0] * rows), "∂½Σ²");
    }

    [TestCase(64, 1)]
    [TestCase(7, 9)]
    public void Mean_absolute_error_is_the_mean_of_the_absolute_differences(int rows, int columns)
    {
        var (p, t) = (HostData.Uniform(rows * columns, 33), HostData.Uniform(rows * columns, 34));
        t[0] = p[0]; // where p = t the gradient is 0
        var n = rows * columns;
        var expected = p.Zip(t, (a, b) => Math.Abs((double)a - b)).Sum() / n;
        var expectedGradient = p.Zip(t, (a, b) => Math.Sign((double)a - b) / (double)n).ToArray();

        var (l1, gradient) = Run(LossKind.MeanAbsoluteError, p, t, rows, columns);

        Float32Agreement.ShouldAgree([l1], [expected], "L1");
        gradient[0].Should().Be(0f, "the gradient of |p − t| is taken as 0 where p = t, as in PyTorch");
        Float32Agreement.ShouldAgree(gradient, expectedGradient, "∂L1");
    }

    [TestCase(64, 1)]
    [TestCase(7, 9)]
    public void Root_mean_squared_error_is_the_root_of_the_mean_and_its_gradient_matches_central_differences(int rows, int columns)
    {
        var (p, t) = (HostData.Uniform(rows * columns, 38), HostData.Uniform(rows * columns, 39));
        var n = rows * columns;
        double Rmse(double[] q) => Math.Sqrt(q.Select((v, i) => (v - t[i]) * (v - t[i])).Sum() / n);
        var point = p.Select(v => (double)v).ToArray();
        var expected = Rmse(point);
        var expectedGradient = point.Select((v, i) => (v - t[i]) / (n * expected)).ToArray();

        var (rmse, gradient) = Run(LossKind.RootMeanSquaredError, p, t, rows, columns);

        Float32Agreement.ShouldAgree([rmse], [expected], "RMSE");
        Float32Agreement.ShouldAgree(gradient, expectedGradient, "∂RMSE");
        // The closed form itself against central differences of the double RMSE, entry by entry.
        for (var i = 0; i < n; i++)
        {
            var keep = point[i];
            point[i] = keep + FiniteDifferenceStep;
            var up = Rmse(point);
            point[i] = keep - FiniteDifferenceStep;
            var down = Rmse(point);
            point[i] = keep;
            expectedGradient[i].Should().BeApproximately((up - down) / (2 * FiniteDifferenceStep), FiniteDifferenceTolerance, $"∂RMSE/∂p[{i}]");
        }
    }

    [Test]
    public void Root_mean_squared_error_of_a_perfect_prediction_is_zero_with_a_zero_gradient()
    {
        var p = HostData.Uniform(12, 40);

        var (rmse, gradient) = Run(LossKind.RootMeanSquaredError, p, p, 3, 4);

        rmse.Should().Be(0f);
        gradient.Should().OnlyContain(g => g == 0f, "the gradient (p − t)/(N·RMSE) is defined as 0 at RMSE = 0, not 0/0");
    }

    [TestCase(128, 82)]
    [TestCase(5, 3)]
    [TestCase(1, 1)]
    public void Softmax_cross_entropy_with_class_indices_matches_Lab_2_with_one_hot_targets(int rows, int classes)
    {
        var logits = HostData.Uniform(rows * classes, 35, scale: 4);
        logits[0] = 60f; // large logits must not overflow: the max shift
        var random = new Random(36);
        var labels = Enumerable.Range(0, rows).Select(_ => random.Next(classes)).ToArray();
        var oneHot = Matrix<double>.Build.Dense(rows, classes, (r, c) => labels[r] == c ? 1 : 0);
        var lab = Losses.SoftmaxCrossEntropy([HostData.Matrix(logits, rows, classes)], [oneHot]);

        var (loss, gradient) = Run(LossKind.SoftmaxCrossEntropy, logits, labels.Select(l => (float)l).ToArray(), rows, classes);

        Float32Agreement.ShouldAgree([loss], [lab.Value], "cross-entropy");
        Float32Agreement.ShouldAgree(gradient, HostData.Flat(lab.DOutputs[0]), "∂cross-entropy");
    }

    [TestCase(-1f)]
    [TestCase(3f)]
    [TestCase(0.5f)]
    [TestCase(float.NaN)]
    public void A_class_index_outside_the_classes_is_an_argument_error(float label)
    {
        using var logits = Upload(HostData.Uniform(2 * 3, 37));
        using var targets = Upload([0f, label]);
        using var gradient = Backend.Allocate(6);

        var act = () => Backend.Loss(LossKind.SoftmaxCrossEntropy, logits.All, targets.All, 2, 3, gradient.All);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("class");
    }

    private (float Loss, float[] Gradient) Run(LossKind kind, float[] predictions, float[] targets, int rows, int columns)
    {
        using var p = Upload(predictions);
        using var t = Upload(targets);
        using var g = Upload(Enumerable.Repeat(float.NaN, rows * columns).ToArray());
        var loss = Backend.Loss(kind, p.All, t.All, rows, columns, g.All);
        return (loss, Backend.Download(g.All));
    }
}
