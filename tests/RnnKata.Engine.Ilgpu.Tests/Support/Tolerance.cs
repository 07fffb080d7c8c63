namespace RnnKata.Engine.Ilgpu.Tests.Support;

/// <summary>How close float32 results must come to their double references.</summary>
public static class Tolerance
{
    /// <summary>Relative agreement of the engine with a double reference (the conformance suite's figure).</summary>
    public const double Relative = 1e-4;

    /// <summary>Below this magnitude the relative check measures against the floor instead (float rounding of sums that cancel).</summary>
    public const double Floor = 1e-2;

    /// <summary>Relative agreement of the double reference with central differences.</summary>
    public const double GradientCheck = 1e-6;

    /// <summary>Asserts that every entry of <paramref name="actual"/> lies within <see cref="Relative"/> of <paramref name="expected"/>.</summary>
    public static void AssertClose(IReadOnlyList<float> actual, IReadOnlyList<double> expected, string what, double relative = Relative, double floor = Floor)
    {
        actual.Count.Should().Be(expected.Count, $"{what} has one entry per reference entry");
        for (int i = 0; i < expected.Count; i++)
        {
            var allowed = relative * Math.Max(Math.Abs(expected[i]), floor);
            Math.Abs(actual[i] - expected[i]).Should().BeLessThanOrEqualTo(allowed, $"{what}[{i}] = {actual[i]} should match the reference {expected[i]}");
        }
    }

    /// <summary>The double overload of <see cref="AssertClose(IReadOnlyList{float}, IReadOnlyList{double}, string, double, double)"/>.</summary>
    public static void AssertClose(IReadOnlyList<double> actual, IReadOnlyList<double> expected, string what, double relative, double floor)
    {
        actual.Count.Should().Be(expected.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var allowed = relative * Math.Max(Math.Abs(expected[i]), floor);
            Math.Abs(actual[i] - expected[i]).Should().BeLessThanOrEqualTo(allowed, $"{what}[{i}] = {actual[i]} should match {expected[i]}");
        }
    }
}
