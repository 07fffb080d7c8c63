namespace RnnKata.Engine.Conformance.Tests.Support;

/// <summary>
/// Compares a backend's float32 result with the double-precision reference: every entry within
/// relative <see cref="Relative"/> of the reference, where entries smaller than 1% of the largest
/// are judged against 1% of the largest (cancellation leaves such entries with a float32 error that is
/// small next to the tensor, not next to the entry itself).
/// </summary>
public static class Agreement
{
    /// <summary>The relative tolerance of the issue: 1e-4 in float32.</summary>
    public const double Relative = 1e-4;

    /// <summary>The fraction of the largest entry below which an entry is judged against that fraction.</summary>
    public const double Floor = 1e-2;

    /// <summary>Asserts that <paramref name="actual"/> agrees with <paramref name="expected"/>; the message names the worst entry.</summary>
    public static void Check(string what, double[] expected, float[] actual, double relative = Relative)
    {
        actual.Should().HaveCount(expected.Length, $"{what} must have as many entries as the reference");
        var largest = expected.Length == 0 ? 0 : expected.Max(Math.Abs);
        var scale = Floor * largest;
        double worst = 0;
        var worstIndex = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            if (!float.IsFinite(actual[i]))
                Assert.Fail($"{what}[{i}] is {actual[i]}; the reference is {expected[i]:G9}.");
            var error = Math.Abs(actual[i] - expected[i]) / Math.Max(Math.Abs(expected[i]), scale == 0 ? 1e-30 : scale);
            if (error > worst)
                (worst, worstIndex) = (error, i);
        }
        if (worst > relative)
            Assert.Fail($"{what}[{worstIndex}] = {actual[worstIndex]:G9} but the double reference is {expected[worstIndex]:G9}: " +
                        $"relative error {worst:E2} > {relative:E0} (largest entry {largest:G4}).");
    }
}
