namespace RnnKata.Engine.Simd.Tests;

/// <summary>Every loss and its gradient against double formulas.</summary>
public sealed class LossTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        from width in Widths.Available
        from kind in new[] { LossKind.MeanSquaredError, LossKind.MeanAbsoluteError, LossKind.HalfSumOfSquares }
        select new TestCaseData(width.ToString(), kind);

    [TestCaseSource(nameof(Cases))]
    public void Elementwise_losses_and_gradients_match_their_formulas(string width, LossKind kind)
    {
        const int rows = 7, columns = 19;
        var (p, t) = (Widths.Random(1, rows * columns), Widths.Random(2, rows * columns));
        t[3] = p[3]; // |p − t| has gradient 0 where p = t
        var n = rows * columns;
        var d = p.Select((v, i) => (double)v - t[i]).ToArray();
        var (loss, gradient) = kind switch
        {
            LossKind.MeanSquaredError => (d.Sum(x => x * x) / n, d.Select(x => 2 * x / n).ToArray()),
            LossKind.MeanAbsoluteError => (d.Sum(Math.Abs) / n, d.Select(x => Math.Sign(x) / (double)n).ToArray()),
            _ => (0.5 * d.Sum(x => x * x), d),
        };
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var g = backend.Allocate(n);
        Float32Agreement.ShouldAgree(backend.Loss(kind, backend.Put(p).All, backend.Put(t).All, rows, columns, g.All), loss, "loss");
        Float32Agreement.ShouldAgree(backend.Download(g.All), gradient, "∂loss/∂p");
    }

    [TestCaseSource(typeof(Widths), nameof(Widths.Names))]
    public void Softmax_cross_entropy_matches_the_double_formula_even_for_large_logits(string width)
    {
        const int rows = 5, columns = 21;
        var p = Widths.Random(3, rows * columns, 4);
        p[7] = 300f; // exp(300) overflows without the max shift
        var targets = new float[] { 0, 20, 7, 3, 11 };
        var (loss, gradient) = (0.0, new double[rows * columns]);
        for (var r = 0; r < rows; r++)
        {
            var row = p.Skip(r * columns).Take(columns).Select(v => (double)v).ToArray();
            var max = row.Max();
            var sum = row.Sum(v => Math.Exp(v - max));
            loss += (Math.Log(sum) + max - row[(int)targets[r]]) / rows;
            for (var j = 0; j < columns; j++)
                gradient[(r * columns) + j] = ((Math.Exp(row[j] - max) / sum) - (j == targets[r] ? 1 : 0)) / rows;
        }
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var g = backend.Allocate(rows * columns);
        Float32Agreement.ShouldAgree(backend.Loss(LossKind.SoftmaxCrossEntropy, backend.Put(p).All, backend.Put(targets).All, rows, columns, g.All), loss, "loss");
        Float32Agreement.ShouldAgree(backend.Download(g.All), gradient, "∂loss/∂p");
    }

    [TestCase(-1f)]
    [TestCase(3f)]
    [TestCase(1.5f)]
    [TestCase(float.NaN)]
    public void Softmax_cross_entropy_refuses_a_target_that_is_not_a_class_index(float target)
    {
        using var backend = new SimdBackend(1);
        var act = () => backend.Loss(LossKind.SoftmaxCrossEntropy, backend.Allocate(6).All, backend.Put([0f, target]).All, 2, 3, backend.Allocate(6).All);
        act.Should().Throw<ArgumentException>().WithMessage("*class index*");
    }
}
