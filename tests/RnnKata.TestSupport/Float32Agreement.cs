namespace RnnKata.TestSupport;

/// <summary>
/// The one closeness assertion for float32 results against a double-precision reference:
/// |actual − expected| ≤ relative·max(|expected|, floor) entry by entry, where the floor is
/// <see cref="Tolerance.Float32.Floor"/> × the largest |expected| of the tensor, or, when the magnitudes Σ|term| of
/// each entry's sum are given, <see cref="Tolerance.Float32.SumFloor"/> × that entry's magnitude. The relative
/// tolerance is <see cref="Tolerance.Float32.Relative"/> unless a test names another. A failure names the worst entry.
/// </summary>
public static class Float32Agreement
{
    /// <summary>Asserts that every entry of <paramref name="actual"/> agrees with <paramref name="expected"/>.</summary>
    /// <param name="actual">The float32 result.</param>
    /// <param name="expected">The double reference, one entry per result entry.</param>
    /// <param name="what">What is compared, for the failure message ("∂W_hh", "C").</param>
    /// <param name="relative">The relative tolerance (a named <see cref="Tolerance.Float32"/> constant).</param>
    /// <param name="sumMagnitudes">Σ|term| of each entry's sum, when known; empty to use the tensor's largest entry.</param>
    public static void ShouldAgree(ReadOnlySpan<float> actual, ReadOnlySpan<double> expected, string what,
        double relative = Tolerance.Float32.Relative, ReadOnlySpan<double> sumMagnitudes = default)
    {
        actual.Length.Should().Be(expected.Length, $"{what} must have as many entries as the reference");
        if (!sumMagnitudes.IsEmpty)
            sumMagnitudes.Length.Should().Be(expected.Length, $"{what}: one sum magnitude per reference entry");
        double largest = 0;
        foreach (var e in expected)
            largest = Math.Max(largest, Math.Abs(e));
        double worstRatio = 0;
        var worst = -1;
        double worstAllowed = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (!float.IsFinite(actual[i]))
                Assert.Fail($"{what}[{i}] is {actual[i]}; the double reference is {expected[i]:G9}.");
            var floor = sumMagnitudes.IsEmpty ? Tolerance.Float32.Floor * largest : Tolerance.Float32.SumFloor * sumMagnitudes[i];
            var allowed = relative * Math.Max(Math.Max(Math.Abs(expected[i]), floor), 1e-30);
            var ratio = Math.Abs(actual[i] - expected[i]) / allowed;
            if (ratio > worstRatio)
                (worstRatio, worst, worstAllowed) = (ratio, i, allowed);
        }
        if (worstRatio > 1)
            Assert.Fail($"{what}[{worst}] = {actual[worst]:G9} but the double reference is {expected[worst]:G9}: " +
                        $"error {Math.Abs(actual[worst] - expected[worst]):E2} > allowed {worstAllowed:E2} " +
                        $"(relative {relative:E0}, largest |expected| {largest:G4}).");
    }

    /// <summary>A scalar (a loss, a sum) against its reference: |actual − expected| ≤ relative·|expected|.</summary>
    public static void ShouldAgree(double actual, double expected, string what, double relative = Tolerance.Float32.Relative)
    {
        var allowed = relative * Math.Max(Math.Abs(expected), 1e-30);
        if (!(Math.Abs(actual - expected) <= allowed))
            Assert.Fail($"{what} = {actual:G9} but the double reference is {expected:G9}: " +
                        $"error {Math.Abs(actual - expected):E2} > allowed {allowed:E2} (relative {relative:E0}).");
    }
}
