namespace RnnKata.Lab04;

/// <summary>
/// The COMP3222 lab's series (chapter 4, "The lab's data"): <c>f(t) = t·sin(t)/3 + 2·sin(5t)</c> on
/// t ∈ [0, 30], sampled every 0.1, read in windows of 20 steps.
/// </summary>
public static class Comp3222
{
    /// <summary>The first time of the series.</summary>
    public const double TMin = 0;

    /// <summary>The last time of the series.</summary>
    public const double TMax = 30;

    /// <summary>The sampling step.</summary>
    public const double Resolution = 0.1;

    /// <summary>The window length, n_steps.</summary>
    public const int Steps = 20;

    /// <summary>The series' value at time <paramref name="t"/>.</summary>
    public static double Value(double t) => t * Math.Sin(t) / 3 + 2 * Math.Sin(5 * t);

    /// <summary>Where the lab draws its random training windows from.</summary>
    public static RandomWindowSource Windows { get; } = new(Value, TMin, TMax, Resolution, Steps);
}
