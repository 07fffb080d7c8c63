using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>Losses, the L2 penalty and the sum of squares against scalar double loops.</summary>
public sealed class LossTests
{
    private const int Rows = 5, Columns = 3;

    private static ComputeBackend Backend => CpuBackend.Instance;

    [TestCase(LossKind.MeanSquaredError)]
    [TestCase(LossKind.MeanAbsoluteError)]
    [TestCase(LossKind.HalfSumOfSquares)]
    public void Elementwise_loss_and_gradient_match_the_definition(LossKind kind)
    {
        var p = HostData.Random(Rows * Columns, 20);
        var t = HostData.Random(Rows * Columns, 21);
        t[4] = p[4]; // |p − t| has gradient 0 where p = t
        using var dp = Backend.Upload(p);
        using var dt = Backend.Upload(t);
        using var dg = Backend.Allocate(Rows * Columns);

        var loss = Backend.Loss(kind, dp.All, dt.All, Rows, Columns, dg.All);

        double n = Rows * Columns, expected = 0;
        var gradient = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            double d = (double)p[i] - t[i];
            (expected, gradient[i]) = kind switch
            {
                LossKind.MeanSquaredError => (expected + d * d / n, 2 * d / n),
                LossKind.MeanAbsoluteError => (expected + Math.Abs(d) / n, Math.Sign(d) / n),
                _ => (expected + 0.5 * d * d, d),
            };
        }
        Float32Agreement.ShouldAgree([loss], [expected], "loss");
        Float32Agreement.ShouldAgree(Backend.Download(dg.All), gradient, "∂loss/∂p");
    }

    [Test]
    public void Softmax_cross_entropy_matches_the_definition_even_for_large_logits()
    {
        var p = HostData.Random(Rows * Columns, 22, 3f);
        p[0] = 80f; // exp(80) overflows float: only the max shift keeps this finite
        float[] t = [0f, 2f, 1f, 1f, 0f];
        using var dp = Backend.Upload(p);
        using var dt = Backend.Upload(t);
        using var dg = Backend.Allocate(Rows * Columns);

        var loss = Backend.Loss(LossKind.SoftmaxCrossEntropy, dp.All, dt.All, Rows, Columns, dg.All);

        double expected = 0;
        var gradient = new double[p.Length];
        for (int r = 0; r < Rows; r++)
        {
            var row = p.Skip(r * Columns).Take(Columns).Select(v => (double)v).ToArray();
            var max = row.Max();
            var sum = row.Sum(v => Math.Exp(v - max));
            expected += (Math.Log(sum) - (row[(int)t[r]] - max)) / Rows;
            for (int j = 0; j < Columns; j++)
                gradient[r * Columns + j] = (Math.Exp(row[j] - max) / sum - (j == (int)t[r] ? 1 : 0)) / Rows;
        }
        Float32Agreement.ShouldAgree([loss], [expected], "loss");
        Float32Agreement.ShouldAgree(Backend.Download(dg.All), gradient, "∂loss/∂p");
    }

    [TestCase(3f)]
    [TestCase(-1f)]
    [TestCase(0.5f)]
    [TestCase(float.NaN)]
    public void Softmax_cross_entropy_rejects_a_target_that_is_not_a_class_index(float bad)
    {
        using var dp = Backend.Upload(HostData.Random(Rows * Columns, 23));
        using var dt = Backend.Upload([0f, 1f, bad, 2f, 0f]);
        using var dg = Backend.Allocate(Rows * Columns);

        var act = () => Backend.Loss(LossKind.SoftmaxCrossEntropy, dp.All, dt.All, Rows, Columns, dg.All);

        act.Should().Throw<ArgumentException>().WithMessage("*targets[2]*[0, 3)*").Which.ParamName.Should().Be("targets");
    }

    [Test]
    public void Sum_of_squares_matches_a_double_loop_over_many_groups()
    {
        var x = HostData.Random(5000, 24);
        using var dx = Backend.Upload(x);
        Float32Agreement.ShouldAgree([Backend.SumOfSquares(dx.All)], [x.Sum(v => (double)v * v)], "Σx²");
    }

    [Test]
    public void L2_penalty_returns_half_lambda_sum_of_squares_and_adds_lambda_w_to_the_gradient()
    {
        var w = HostData.Random(37, 25);
        var g = HostData.Random(37, 26);
        using var dw = Backend.Upload(w);
        using var dg = Backend.Upload(g);

        var penalty = Backend.L2Penalty(dw.All, dg.All, 0.1f);

        Float32Agreement.ShouldAgree([penalty], [0.05 * w.Sum(v => (double)v * v)], "penalty");
        Float32Agreement.ShouldAgree(Backend.Download(dg.All), w.Select((v, i) => g[i] + 0.1 * v).ToArray(), "gradient");
    }
}
