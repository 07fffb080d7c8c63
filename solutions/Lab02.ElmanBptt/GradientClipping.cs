using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Task 9: clipping by value and by global norm.</summary>
public static class GradientClipping
{
    /// <summary>Every entry of DU, DW, DV, DB, DC clipped to [−limit, limit]; DH0 and DXs unchanged.</summary>
    public static ElmanGradients ByValue(ElmanGradients gradients, double limit)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        RequirePositive(limit, nameof(limit));
        double Clip(double value) => Math.Clamp(value, -limit, limit);
        return new ElmanGradients(gradients.DU.Map(Clip), gradients.DW.Map(Clip), gradients.DV.Map(Clip),
            gradients.DB.Map(Clip), gradients.DC.Map(Clip), gradients.DH0.Clone(), gradients.DXs);
    }

    /// <summary>All five parameter gradients scaled by maxNorm / n when their global norm n exceeds maxNorm; DH0 and DXs unchanged.</summary>
    public static ElmanGradients ByGlobalNorm(ElmanGradients gradients, double maxNorm)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        RequirePositive(maxNorm, nameof(maxNorm));
        var norm = Math.Sqrt(Squared(gradients.DU) + Squared(gradients.DW) + Squared(gradients.DV)
            + Squared(gradients.DB) + Squared(gradients.DC));
        var scale = norm > maxNorm ? maxNorm / norm : 1.0;
        return new ElmanGradients(gradients.DU * scale, gradients.DW * scale, gradients.DV * scale,
            gradients.DB * scale, gradients.DC * scale, gradients.DH0.Clone(), gradients.DXs);
    }

    private static double Squared(Matrix<double> m) => m.Enumerate().Sum(value => value * value);

    private static double Squared(Vector<double> v) => v.DotProduct(v);

    private static void RequirePositive(double bound, string name)
    {
        if (!(bound > 0) || !double.IsFinite(bound))
            throw new ArgumentOutOfRangeException(name, bound, $"{name} must be a positive finite number.");
    }
}
