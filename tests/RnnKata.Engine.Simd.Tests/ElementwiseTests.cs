namespace RnnKata.Engine.Simd.Tests;

/// <summary>Memory, element-wise operations and reductions against scalar double loops, at every width and at lengths with tails.</summary>
public sealed class ElementwiseTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        from width in Widths.Available
        from length in new[] { 1, 17, 1003 }
        select new TestCaseData(width.ToString(), length);

    [TestCaseSource(nameof(Cases))]
    public void Axpy_adds_alpha_times_x(string width, int length)
    {
        var (x, y) = (Widths.Random(1, length), Widths.Random(2, length));
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var yBuffer = backend.Put(y);
        backend.Axpy(-0.75f, backend.Put(x).All, yBuffer.All);
        Float32Agreement.ShouldAgree(backend.Download(yBuffer.All), y.Select((v, i) => v + (-0.75 * x[i])).ToArray(), "y");
    }

    [TestCaseSource(nameof(Cases))]
    public void Scale_multiplies_every_entry(string width, int length)
    {
        var x = Widths.Random(3, length);
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var buffer = backend.Put(x);
        backend.Scale(buffer.All, 2.5f);
        Float32Agreement.ShouldAgree(backend.Download(buffer.All), x.Select(v => v * 2.5).ToArray(), "x");
    }

    [TestCaseSource(nameof(Cases))]
    public void ClipByValue_clamps_into_the_limits(string width, int length)
    {
        var x = Widths.Random(4, length, 3);
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var buffer = backend.Put(x);
        backend.ClipByValue(buffer.All, 1.25f);
        backend.Download(buffer.All).Should().Equal(x.Select(v => Math.Clamp(v, -1.25f, 1.25f)));
    }

    [TestCaseSource(nameof(Cases))]
    public void Relu_keeps_the_positive_entries_and_its_backward_passes_their_gradients(string width, int length)
    {
        var x = Widths.Random(8, length);
        x[0] = 0f; // relu'(0) = 0: an exact zero passes no gradient
        var dy = Widths.Random(9, length);
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var (y, dx) = (backend.Allocate(length), backend.Allocate(length));
        backend.Relu(backend.Put(x).All, y.All);
        backend.ReluBackward(y.All, backend.Put(dy).All, dx.All);
        backend.Download(y.All).Should().Equal(x.Select(v => v > 0 ? v : 0f));
        backend.Download(dx.All).Should().Equal(dy.Select((g, i) => x[i] > 0 ? g : 0f));
    }

    [TestCaseSource(nameof(Cases))]
    public void SumOfSquares_matches_the_double_sum(string width, int length)
    {
        var x = Widths.Random(5, length);
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        Float32Agreement.ShouldAgree(backend.SumOfSquares(backend.Put(x).All), x.Sum(v => (double)v * v), "Σx²");
    }

    [TestCaseSource(nameof(Cases))]
    public void L2Penalty_returns_half_lambda_sum_of_squares_and_adds_lambda_w(string width, int length)
    {
        var (w, g) = (Widths.Random(6, length), Widths.Random(7, length));
        using var backend = new SimdBackend(1, Enum.Parse<SimdWidth>(width));
        var gBuffer = backend.Put(g);
        var penalty = backend.L2Penalty(backend.Put(w).All, gBuffer.All, 0.3f);
        Float32Agreement.ShouldAgree(penalty, 0.15 * w.Sum(v => (double)v * v), "penalty");
        Float32Agreement.ShouldAgree(backend.Download(gBuffer.All), g.Select((v, i) => v + (0.3 * w[i])).ToArray(), "g");
    }

    [Test]
    public void A_long_sum_of_squares_keeps_float_precision()
    {
        // 2²⁴ + 1 ones: a float accumulator would stop at 2²⁴.
        const int n = (1 << 24) + 1;
        using var backend = new SimdBackend(1);
        var buffer = backend.Allocate(n);
        backend.Fill(buffer.All, 1f);
        backend.SumOfSquares(buffer.All).Should().Be(n);
    }

    [Test]
    public void Allocate_zeroes_and_fill_copy_upload_download_round_trip()
    {
        using var backend = new SimdBackend(1);
        var buffer = backend.Allocate(10);
        backend.Download(buffer.All).Should().OnlyContain(v => v == 0f);
        backend.Upload(buffer.Slice(2, 3), [1f, 2f, 3f]);
        backend.Fill(buffer.Slice(6, 2), 7f);
        backend.Copy(buffer.Slice(1, 3), buffer.Slice(7, 3));
        backend.Download(buffer.All).Should().Equal(0f, 0f, 1f, 2f, 3f, 0f, 7f, 0f, 1f, 2f);
    }

    [Test]
    public void LinearForward_and_LinearBackward_match_the_double_formulas()
    {
        const int rows = 23, input = 13, output = 37;
        var (x, w, b, dy) = (Widths.Random(1, rows * input), Widths.Random(2, output * input), Widths.Random(3, output), Widths.Random(4, rows * output));
        var (gw0, gb0) = (Widths.Random(5, output * input), Widths.Random(6, output));
        using var backend = new SimdBackend(2);
        var weights = new LinearWeights(backend.Put(w).All, backend.Put(b).All);
        var grads = new LinearWeights(backend.Put(gw0).All, backend.Put(gb0).All);
        var (xBuffer, y, dx) = (backend.Put(x), backend.Allocate(rows * output), backend.Allocate(rows * input));
        backend.LinearForward(weights, xBuffer.All, y.All, rows, input, output);
        backend.LinearBackward(weights, xBuffer.All, backend.Put(dy).All, grads, dx.All, rows, input, output);

        var expectedY = GemmReference.Multiply(false, true, rows, output, input, 1, x, w, 0, []).Select((v, i) => v + b[i % output]).ToArray();
        Float32Agreement.ShouldAgree(backend.Download(y.All), expectedY, "y");
        Float32Agreement.ShouldAgree(backend.Download(grads.Weight), GemmReference.Multiply(true, false, output, input, rows, 1, dy, x, 1, gw0), "∂W");
        var expectedB = gb0.Select((v, j) => v + Enumerable.Range(0, rows).Sum(r => (double)dy[(r * output) + j])).ToArray();
        Float32Agreement.ShouldAgree(backend.Download(grads.Bias), expectedB, "∂b");
        Float32Agreement.ShouldAgree(backend.Download(dx.All), GemmReference.Multiply(false, false, rows, input, output, 1, dy, w, 0, []), "∂x");
    }
}
