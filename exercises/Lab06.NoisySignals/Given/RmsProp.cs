using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06;

/// <summary>
/// RMSProp as Keras runs it (chapter 6, "The lecture's model"): <c>s ← ρ·s + (1 − ρ)·g²</c>, then
/// <c>θ ← θ − lr·g / (√s + ε)</c>, with s starting at 0 (TF1 started it at 1).
/// </summary>
public sealed class RmsProp(double learningRate, double rho, double epsilon)
{
    private Vector<double>? _meanSquare;

    /// <summary>One step: updates <paramref name="parameters"/> in place from <paramref name="gradient"/>.</summary>
    public void Step(Vector<double> parameters, Vector<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(gradient);
        _meanSquare ??= Vector<double>.Build.Dense(parameters.Count);
        for (int i = 0; i < parameters.Count; i++)
        {
            _meanSquare[i] = rho * _meanSquare[i] + (1 - rho) * gradient[i] * gradient[i];
            parameters[i] -= learningRate * gradient[i] / (Math.Sqrt(_meanSquare[i]) + epsilon);
        }
    }
}
