namespace RnnKata.Engine.Tests.Support;

/// <summary>
/// Compares float32 results with a double reference: every entry within relative <see cref="Tolerance.Gradient"/>,
/// entries smaller than <see cref="Tolerance.Floor"/> of the largest judged against that fraction.
/// </summary>
public static class Agreement
{
    /// <summary>Asserts agreement; the failure names the worst entry.</summary>
    public static void Check(string what, ReadOnlySpan<double> expected, ReadOnlySpan<float> actual, double relative = Tolerance.Gradient)
    {
        actual.Length.Should().Be(expected.Length, $"{what} must have as many entries as the reference");
        double largest = 0;
        foreach (var e in expected)
            largest = Math.Max(largest, Math.Abs(e));
        var scale = Math.Max(Tolerance.Floor * largest, 1e-30);
        double worst = 0;
        var worstIndex = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            if (!float.IsFinite(actual[i]))
                Assert.Fail($"{what}[{i}] is {actual[i]}; the reference is {expected[i]:G9}.");
            var error = Math.Abs(actual[i] - expected[i]) / Math.Max(Math.Abs(expected[i]), scale);
            if (error > worst)
                (worst, worstIndex) = (error, i);
        }
        if (worst > relative)
            Assert.Fail($"{what}[{worstIndex}] = {actual[worstIndex]:G9} but the double reference is {expected[worstIndex]:G9}: " +
                        $"relative error {worst:E2} > {relative:E0} (largest entry {largest:G4}).");
    }

    /// <summary>A relative difference with a floor, for scalars such as losses.</summary>
    public static double Relative(double actual, double expected) => Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-12);
}
