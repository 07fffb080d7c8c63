using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab08;

/// <summary>
/// Adam as the engine and PyTorch run it (given: Lab 4 had you write it): <c>m ← β₁m + (1 − β₁)g</c>,
/// <c>v ← β₂v + (1 − β₂)g²</c>, <c>θ ← θ − lr/(1 − β₁ᵗ)·m / (√v/√(1 − β₂ᵗ) + ε)</c>, t from 1.
/// </summary>
public sealed class Adam(double learningRate, double beta1, double beta2, double epsilon)
{
    private Vector<double>? _m;
    private Vector<double>? _v;
    private int _t;

    /// <summary>One step, in place.</summary>
    /// <exception cref="ArgumentException">The gradient's length differs or it holds NaN or infinity.</exception>
    public void Step(Vector<double> parameters, Vector<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.Length(gradient, parameters.Count, nameof(gradient));
        Require.Finite(gradient, nameof(gradient));
        _m ??= Vector<double>.Build.Dense(parameters.Count);
        _v ??= Vector<double>.Build.Dense(parameters.Count);
        _t++;
        double stepSize = learningRate / (1 - Math.Pow(beta1, _t)), root = 1 / Math.Sqrt(1 - Math.Pow(beta2, _t));
        for (int i = 0; i < parameters.Count; i++)
        {
            _m[i] = beta1 * _m[i] + (1 - beta1) * gradient[i];
            _v[i] = beta2 * _v[i] + (1 - beta2) * gradient[i] * gradient[i];
            parameters[i] -= stepSize * _m[i] / (Math.Sqrt(_v[i]) * root + epsilon);
        }
    }
}
