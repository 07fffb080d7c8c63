using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Task 9: clipping by value and by global norm.</summary>
public static class GradientClipping
{
    /// <summary>Every entry of the five parameter gradients clipped to [−limit, limit]; DH0 and DXs unchanged.</summary>
    public static Gradients<ElmanParameters> ByValue(Gradients<ElmanParameters> gradients, double limit)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        RequirePositive(limit, nameof(limit));
        double Clip(double value) => Math.Clamp(value, -limit, limit);
        var d = gradients.Parameters;
        return new(new ElmanParameters(d.U.Map(Clip), d.W.Map(Clip), d.B.Map(Clip), d.V.Map(Clip), d.C.Map(Clip)),
            gradients.DH0.Clone(), gradients.DXs);
    }

    /// <summary>All five parameter gradients scaled by maxNorm / n when their global norm n exceeds maxNorm; DH0 and DXs unchanged.</summary>
    public static Gradients<ElmanParameters> ByGlobalNorm(Gradients<ElmanParameters> gradients, double maxNorm)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        RequirePositive(maxNorm, nameof(maxNorm));
        var d = gradients.Parameters;
        var norm = Math.Sqrt(Squared(d.U) + Squared(d.W) + Squared(d.B) + Squared(d.V) + Squared(d.C));
        var scale = norm > maxNorm ? maxNorm / norm : 1.0;
        return new(new ElmanParameters(d.U * scale, d.W * scale, d.B * scale, d.V * scale, d.C * scale),
            gradients.DH0.Clone(), gradients.DXs);
    }

    private static double Squared(Matrix<double> m) => m.Enumerate().Sum(value => value * value);

    private static double Squared(Vector<double> v) => v.DotProduct(v);

    private static void RequirePositive(double bound, string name)
    {
        if (!(bound > 0) || !double.IsFinite(bound))
            throw new ArgumentOutOfRangeException(name, bound, $"{name} must be a positive finite number.");
    }
}
