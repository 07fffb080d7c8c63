using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>
/// The gates' squashing functions, entry by entry. tanh is MathNet's <c>PointwiseTanh()</c>; the
/// sigmoid is given here because its textbook form <c>1 / (1 + e⁻ᵃ)</c> overflows for very negative
/// <c>a</c>. (Lab 2's <c>Activations</c>, the hidden layer's tanh, relu and identity, is an exercise;
/// these are given.)
/// </summary>
public static class GateActivations
{
    /// <summary>The logistic sigmoid <c>σ(a) = 1 / (1 + e⁻ᵃ)</c>, in (0, 1), exact to the last bit at ±∞.</summary>
    public static double Sigmoid(double a)
    {
        if (a >= 0)
            return 1.0 / (1.0 + Math.Exp(-a));
        // For a < 0, e^a cannot overflow: σ(a) = e^a / (1 + e^a).
        var e = Math.Exp(a);
        return e / (1.0 + e);
    }

    /// <summary>σ applied to every entry of <paramref name="a"/>; returns a new matrix.</summary>
    public static Matrix<double> Sigmoid(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Map(Sigmoid);
    }
}
