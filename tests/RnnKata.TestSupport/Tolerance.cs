namespace RnnKata.TestSupport;

/// <summary>How close is close enough, named once for all labs.</summary>
public static class Tolerance
{
    /// <summary>Two double-precision computations of the same closed form (different order of operations).</summary>
    public const double ClosedForm = 1e-12;

    /// <summary>Relative error of an analytic gradient against central finite differences, in double precision.</summary>
    public const double GradientCheck = 1e-7;

    /// <summary>
    /// The floor of that relative error's denominator, per unit of the loss: entries smaller than 1 %
    /// of max(1, |J|) are held to an absolute 1e-9·max(1, |J|) instead (see <see cref="GradientComparison"/>).
    /// </summary>
    public const double GradientCheckFloorPerUnitLoss = 1e-2;

    /// <summary>Values stored in a plot snapshot (written with 8 significant digits).</summary>
    public const double Snapshot = 1e-6;

    /// <summary>How far a rendered colour channel may drift (anti-aliasing, PNG rounding), 0–255.</summary>
    public const int ColorChannel = 6;
}
