using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>The tiled GEMM kernel against naive double loops.</summary>
public sealed class GemmTests
{
    private static ComputeBackend Backend => CpuBackend.Instance;

    // Sizes straddle the 16-wide tile: exact tiles, tails in every dimension, vectors and scalars.
    [TestCase(Transpose.No, Transpose.No, 17, 5, 33)]
    [TestCase(Transpose.Yes, Transpose.No, 17, 5, 33)]
    [TestCase(Transpose.No, Transpose.Yes, 17, 5, 33)]
    [TestCase(Transpose.Yes, Transpose.Yes, 17, 5, 33)]
    [TestCase(Transpose.No, Transpose.No, 1, 1, 1)]
    [TestCase(Transpose.Yes, Transpose.Yes, 3, 18, 2)]
    [TestCase(Transpose.Yes, Transpose.No, 16, 16, 16)]
    [TestCase(Transpose.No, Transpose.Yes, 1, 20, 7)]
    public void Gemm_matches_naive_loops_for_every_transpose_and_awkward_size(Transpose ta, Transpose tb, int m, int n, int k)
    {
        var a = HostData.Random(m * k, 1);
        var b = HostData.Random(k * n, 2);
        var c = HostData.Random(m * n, 3);
        const float alpha = 0.7f, beta = -0.3f;
        using var da = Backend.Upload(a);
        using var db = Backend.Upload(b);
        using var dc = Backend.Upload(c);

        Backend.Gemm(ta, tb, m, n, k, alpha, da.All, db.All, beta, dc.All);

        Float32Agreement.ShouldAgree(Backend.Download(dc.All), Naive(ta, tb, m, n, k, alpha, a, b, beta, c), "C");
    }

    [Test]
    public void Gemm_with_beta_zero_ignores_what_C_held_even_NaN()
    {
        const int m = 5, n = 3, k = 4;
        var a = HostData.Random(m * k, 4);
        var b = HostData.Random(k * n, 5);
        var c = Enumerable.Repeat(float.NaN, m * n).ToArray();
        using var da = Backend.Upload(a);
        using var db = Backend.Upload(b);
        using var dc = Backend.Upload(c);

        Backend.Gemm(Transpose.No, Transpose.No, m, n, k, 1f, da.All, db.All, 0f, dc.All);

        Float32Agreement.ShouldAgree(Backend.Download(dc.All), Naive(Transpose.No, Transpose.No, m, n, k, 1f, a, b, 0f, new float[m * n]), "C");
    }

    [Test]
    public void Gemm_reads_and_writes_slices_at_an_offset()
    {
        const int m = 3, n = 2, k = 2;
        var a = HostData.Random(m * k, 6);
        var b = HostData.Random(k * n, 7);
        using var buffer = Backend.Allocate(5 + m * k + k * n + m * n + 3);
        Backend.Upload(buffer.Slice(5, m * k), a);
        Backend.Upload(buffer.Slice(5 + m * k, k * n), b);
        var c = buffer.Slice(5 + m * k + k * n, m * n);

        Backend.Gemm(Transpose.No, Transpose.No, m, n, k, 1f, buffer.Slice(5, m * k), buffer.Slice(5 + m * k, k * n), 0f, c);

        Float32Agreement.ShouldAgree(Backend.Download(c), Naive(Transpose.No, Transpose.No, m, n, k, 1f, a, b, 0f, new float[m * n]), "C");
        Backend.Download(buffer.Slice(0, 5)).Should().AllBeEquivalentTo(0f, "entries before the slices stay untouched");
        Backend.Download(buffer.Slice(buffer.Length - 3, 3)).Should().AllBeEquivalentTo(0f, "entries after the slices stay untouched");
    }

    private static double[] Naive(Transpose ta, Transpose tb, int m, int n, int k, double alpha, float[] a, float[] b, double beta, float[] c)
    {
        var result = new double[m * n];
        for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++)
        {
            double s = 0;
            for (int q = 0; q < k; q++)
                s += (double)(ta == Transpose.Yes ? a[q * m + i] : a[i * k + q]) * (tb == Transpose.Yes ? b[j * k + q] : b[q * n + j]);
            result[i * n + j] = alpha * s + (beta == 0 ? 0 : beta * c[i * n + j]);
        }
        return result;
    }
}
