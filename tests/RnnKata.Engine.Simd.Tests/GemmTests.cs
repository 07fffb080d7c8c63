namespace RnnKata.Engine.Simd.Tests;

/// <summary><see cref="ComputeBackend.Gemm"/> against the double triple loop, at awkward sizes and every transpose.</summary>
public sealed class GemmTests
{
    private static readonly (int M, int N, int K)[] Sizes =
    [
        (1, 1, 1), (7, 33, 65), (129, 7, 33), (65, 129, 1), (33, 65, 129), (1, 129, 7), (200, 3, 50), (160, 70, 270), (150, 300, 40),
        (24, 150, 50), (64, 50, 150), // the GRU H50 step products: edge tiles 22 and 18 columns wide
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from size in Sizes
        from ta in new[] { Transpose.No, Transpose.Yes }
        from tb in new[] { Transpose.No, Transpose.Yes }
        select new TestCaseData(size.M, size.N, size.K, ta, tb);

    [TestCaseSource(nameof(Cases))]
    public void Product_matches_the_double_triple_loop_at_every_width_and_thread_count(int m, int n, int k, Transpose ta, Transpose tb)
    {
        var a = Widths.Random(1, m * k);
        var b = Widths.Random(2, k * n);
        var c = Widths.Random(3, m * n);
        var (expected, magnitude) = GemmReference.MultiplyWithMagnitude(ta == Transpose.Yes, tb == Transpose.Yes, m, n, k, 0.75, a, b, -1.5, c);
        foreach (var width in Widths.Available)
        {
            foreach (var threads in new[] { 1, 2 })
            {
                using var backend = new SimdBackend(threads, width);
                var cBuffer = backend.Put(c);
                backend.Gemm(ta, tb, m, n, k, 0.75f, backend.Put(a).All, backend.Put(b).All, -1.5f, cBuffer.All);
                Float32Agreement.ShouldAgree(backend.Download(cBuffer.All), expected, $"C ({width}, {threads} threads)", sumMagnitudes: magnitude);
            }
        }
    }

    [TestCase(1f, 1f)]
    [TestCase(-2f, 0.5f)]
    [TestCase(1f, 0f)]
    public void Alpha_and_beta_scale_the_product_and_the_old_C(float alpha, float beta)
    {
        const int m = 37, n = 45, k = 300;
        var (a, b, c) = (Widths.Random(4, m * k), Widths.Random(5, k * n), Widths.Random(6, m * n));
        var (expected, magnitude) = GemmReference.MultiplyWithMagnitude(false, true, m, n, k, alpha, a, b, beta, c);
        using var backend = new SimdBackend(2);
        var cBuffer = backend.Put(c);
        backend.Gemm(Transpose.No, Transpose.Yes, m, n, k, alpha, backend.Put(a).All, backend.Put(b).All, beta, cBuffer.All);
        Float32Agreement.ShouldAgree(backend.Download(cBuffer.All), expected, "C", sumMagnitudes: magnitude);
    }

    [Test]
    public void Beta_zero_ignores_NaN_in_C()
    {
        foreach (var width in Widths.Available)
        {
            const int m = 19, n = 35, k = 11;
            var (a, b) = (Widths.Random(7, m * k), Widths.Random(8, k * n));
            using var backend = new SimdBackend(1, width);
            var c = backend.Put(Enumerable.Repeat(float.NaN, m * n).ToArray());
            backend.Gemm(Transpose.No, Transpose.No, m, n, k, 1f, backend.Put(a).All, backend.Put(b).All, 0f, c.All);
            Float32Agreement.ShouldAgree(backend.Download(c.All), GemmReference.Multiply(false, false, m, n, k, 1, a, b, 0, new float[m * n]), $"C ({width})");
        }
    }

    [Test]
    public void Alpha_zero_reads_neither_A_nor_B()
    {
        using var backend = new SimdBackend(1);
        var nan = backend.Put(Enumerable.Repeat(float.NaN, 12).ToArray());
        var c = backend.Put([1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f]);
        backend.Gemm(Transpose.No, Transpose.No, 3, 3, 4, 0f, nan.Slice(0, 12), nan.Slice(0, 12), 2f, c.All);
        backend.Download(c.All).Should().Equal(2f, 4f, 6f, 8f, 10f, 12f, 14f, 16f, 18f);
    }

    [Test]
    public void Operands_may_be_slices_in_the_middle_of_a_buffer()
    {
        const int m = 9, n = 40, k = 17;
        var all = Widths.Random(9, 3 + (m * k) + (k * n) + (m * n));
        using var backend = new SimdBackend(2);
        var buffer = backend.Put(all);
        backend.Gemm(Transpose.No, Transpose.No, m, n, k, 1f, buffer.Slice(3, m * k), buffer.Slice(3 + (m * k), k * n), 0f, buffer.Slice(3 + (m * k) + (k * n), m * n));
        var expected = GemmReference.Multiply(false, false, m, n, k, 1, all[3..(3 + (m * k))], all[(3 + (m * k))..(3 + (m * k) + (k * n))], 0, new float[m * n]);
        Float32Agreement.ShouldAgree(backend.Download(buffer.Slice(3 + (m * k) + (k * n), m * n)), expected, "C");
        backend.Download(buffer.Slice(0, 3 + (m * k) + (k * n))).Should().Equal(all[..(3 + (m * k) + (k * n))], "A and B are read only");
    }
}
