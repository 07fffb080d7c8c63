using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>
/// The default CPU accelerator runs groups of 16 threads: one row per GEMM group and 16-wide reductions. CUDA runs
/// 16 rows and 256-wide reductions. These tests run the same kernels with 64-thread groups (4 rows, 64-wide trees),
/// the code paths CUDA takes and the default CPU accelerator does not.
/// </summary>
public sealed class WideGroupTests
{
    private IlgpuBackend _backend = null!;

    [OneTimeSetUp]
    public void Create() => _backend = IlgpuBackend.CreateCpu(threadsPerGroup: 64);

    [OneTimeTearDown]
    public void Free() => _backend.Dispose();

    [Test]
    public void Wide_groups_are_in_use() => _backend.Description.Should().Contain("64 threads per group");

    [TestCase(Transpose.No, Transpose.No)]
    [TestCase(Transpose.Yes, Transpose.Yes)]
    public void Gemm_with_several_rows_per_group_matches_naive_loops(Transpose ta, Transpose tb)
    {
        const int m = 19, n = 17, k = 21;
        var a = HostData.Random(m * k, 50);
        var b = HostData.Random(k * n, 51);
        using var da = _backend.Upload(a);
        using var db = _backend.Upload(b);
        using var dc = _backend.Allocate(m * n);

        _backend.Gemm(ta, tb, m, n, k, 1f, da.All, db.All, 0f, dc.All);

        var expected = new double[m * n];
        for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++)
        for (int q = 0; q < k; q++)
            expected[i * n + j] += (double)(ta == Transpose.Yes ? a[q * m + i] : a[i * k + q]) * (tb == Transpose.Yes ? b[j * k + q] : b[q * n + j]);
        Float32Agreement.ShouldAgree(_backend.Download(dc.All), expected, "C");
    }

    [Test]
    public void Sum_of_squares_with_a_wide_tree_matches_a_double_loop()
    {
        var x = HostData.Random(3001, 52);
        using var dx = _backend.Upload(x);
        Float32Agreement.ShouldAgree([_backend.SumOfSquares(dx.All)], [x.Sum(v => (double)v * v)], "Σx²");
    }

    [Test]
    public void Mean_squared_error_with_a_wide_tree_matches_the_definition()
    {
        var p = HostData.Random(700, 53);
        var t = HostData.Random(700, 54);
        using var dp = _backend.Upload(p);
        using var dt = _backend.Upload(t);
        using var dg = _backend.Allocate(700);

        var loss = _backend.Loss(LossKind.MeanSquaredError, dp.All, dt.All, 70, 10, dg.All);

        Float32Agreement.ShouldAgree([loss], [p.Select((v, i) => ((double)v - t[i]) * ((double)v - t[i])).Sum() / 700], "loss");
    }
}
