using RnnKata.Engine.Conformance.Tests.Support;

namespace RnnKata.Engine.Conformance.Tests;

[TestFixtureSource(typeof(BackendUnderTest), nameof(BackendUnderTest.Names))]
public sealed class GemmConformanceTests(string backend) : BackendUnderTest(backend)
{
    // Sizes chosen to hit tails of every tile and vector width (16 floats, tiles of 8–64), plus shapes of the benchmark's steps.
    private static readonly (int M, int N, int K)[] Shapes =
    [
        (1, 1, 1), (7, 5, 3), (17, 33, 9), (33, 65, 129), (64, 512, 129), (50, 100, 101), (128, 82, 128),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from shape in Shapes
        from ta in new[] { Transpose.No, Transpose.Yes }
        from tb in new[] { Transpose.No, Transpose.Yes }
        select new TestCaseData(shape.M, shape.N, shape.K, ta, tb).SetArgDisplayNames($"{shape.M}x{shape.N}x{shape.K}", $"A{ta}", $"B{tb}");

    [TestCaseSource(nameof(Cases))]
    public void Gemm_matches_the_double_product_with_alpha_and_beta(int m, int n, int k, Transpose transposeA, Transpose transposeB)
    {
        var a = HostData.Uniform(m * k, seed: 1);
        var b = HostData.Uniform(k * n, seed: 2);
        var c = HostData.Uniform(m * n, seed: 3);
        var opA = transposeA == Transpose.No ? HostData.Matrix(a, m, k) : HostData.Matrix(a, k, m).Transpose();
        var opB = transposeB == Transpose.No ? HostData.Matrix(b, k, n) : HostData.Matrix(b, n, k).Transpose();
        var expected = 1.5 * (opA * opB) - 0.5 * HostData.Matrix(c, m, n);

        using var da = Upload(a);
        using var db = Upload(b);
        using var dc = Upload(c);
        Backend.Gemm(transposeA, transposeB, m, n, k, 1.5f, da.All, db.All, -0.5f, dc.All);

        Float32Agreement.ShouldAgree(Backend.Download(dc.All), HostData.Flat(expected), "C");
    }

    [Test]
    public void Gemm_with_beta_zero_ignores_what_C_held_even_NaN()
    {
        const int m = 9, n = 35, k = 20;
        var a = HostData.Uniform(m * k, seed: 4);
        var b = HostData.Uniform(k * n, seed: 5);
        using var da = Upload(a);
        using var db = Upload(b);
        using var dc = Upload(Enumerable.Repeat(float.NaN, m * n).ToArray());

        Backend.Gemm(Transpose.No, Transpose.No, m, n, k, 1f, da.All, db.All, 0f, dc.All);

        Float32Agreement.ShouldAgree(Backend.Download(dc.All), HostData.Flat(HostData.Matrix(a, m, k) * HostData.Matrix(b, k, n)), "C");
    }

    [Test]
    public void Gemm_reads_and_writes_only_its_slices_of_larger_buffers()
    {
        const int m = 5, n = 6, k = 7;
        var a = HostData.Uniform(m * k + 10, seed: 6);
        var b = HostData.Uniform(k * n + 3, seed: 7);
        using var da = Upload(a);
        using var db = Upload(b);
        using var dc = Upload(Enumerable.Repeat(42f, m * n + 8).ToArray());

        Backend.Gemm(Transpose.No, Transpose.No, m, n, k, 1f, da.Slice(10, m * k), db.Slice(3, k * n), 0f, dc.Slice(4, m * n));

        var result = Backend.Download(dc.All);
        var expected = HostData.Matrix(a, m, k, offset: 10) * HostData.Matrix(b, k, n, offset: 3);
        Float32Agreement.ShouldAgree(result[4..(4 + m * n)], HostData.Flat(expected), "C");
        result[..4].Concat(result[(4 + m * n)..]).Should().AllBeEquivalentTo(42f, "entries outside C's slice must stay untouched");
    }
}
