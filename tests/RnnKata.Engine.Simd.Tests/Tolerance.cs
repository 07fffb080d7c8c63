namespace RnnKata.Engine.Simd.Tests;

/// <summary>How close float32 results must come to the double-precision references.</summary>
internal static class Tolerance
{
    /// <summary>Relative error allowed against a double reference (the conformance suite's 1e-4).</summary>
    public const double Relative = 1e-4;

    /// <summary>Entries smaller than this fraction of the largest expected magnitude are compared against that floor instead.</summary>
    public const double Floor = 1e-2;

    /// <summary>Entries that are sums of many terms may cancel: they are compared against this fraction of Σ|term| at least.</summary>
    public const double SumFloor = 1e-2;

    /// <summary>
    /// Asserts |actual − expected| ≤ Relative·max(|expected|, floor) entry by entry; the floor is
    /// Floor·max|expected|, or SumFloor·Σ|terms| of that entry when <paramref name="magnitude"/> gives it
    /// (float32 rounding grows with the terms of a sum, not with its cancelled result).
    /// </summary>
    public static void AssertClose(float[] actual, double[] expected, string what, double[]? magnitude = null)
    {
        actual.Should().HaveCount(expected.Length, what);
        var scale = expected.Length == 0 ? 0 : expected.Max(Math.Abs);
        for (var i = 0; i < expected.Length; i++)
        {
            var floor = Math.Max(magnitude is null ? Floor * scale : SumFloor * magnitude[i], 1e-30);
            var allowed = Relative * Math.Max(Math.Abs(expected[i]), floor);
            if (!(Math.Abs(actual[i] - expected[i]) <= allowed))
                Assert.Fail($"{what}[{i}] = {actual[i]:R}, expected {expected[i]:R} (allowed error {allowed:G3}, largest |expected| {scale:G3}).");
        }
    }

    /// <summary>A scalar against its reference.</summary>
    public static void AssertClose(double actual, double expected, string what) =>
        actual.Should().BeApproximately(expected, Relative * Math.Max(Math.Abs(expected), 1e-30), what);
}
