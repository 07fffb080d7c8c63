using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab04;

/// <summary>
/// Adam (Kingma and Ba, 2015; PyTorch's <c>torch.optim.Adam</c>) over one flat parameter vector
/// (chapter 4, "Adam"). At step t = 1, 2, …, with m and v zero before the first step:
/// <code>
/// m ← β₁·m + (1 − β₁)·g
/// v ← β₂·v + (1 − β₂)·g²
/// m̂ = m / (1 − β₁ᵗ)      v̂ = v / (1 − β₂ᵗ)
/// θ ← θ − lr·m̂ / (√v̂ + ε)
/// </code>
/// </summary>
public sealed class Adam
{
    /// <summary>An optimizer with PyTorch's defaults (lr = 1e-3, β₁ = 0.9, β₂ = 0.999, ε = 1e-8).</summary>
    /// <exception cref="ArgumentOutOfRangeException">lr or ε is not positive, or a β is outside [0, 1).</exception>
    public Adam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        AdamHyperparameters.Check(learningRate, beta1, beta2, epsilon);
        (LearningRate, Beta1, Beta2, Epsilon) = (learningRate, beta1, beta2, epsilon);
    }

    /// <summary>lr.</summary>
    public double LearningRate { get; }

    /// <summary>β₁, the decay of the gradient's running mean m.</summary>
    public double Beta1 { get; }

    /// <summary>β₂, the decay of the squared gradient's running mean v.</summary>
    public double Beta2 { get; }

    /// <summary>ε, added to √v̂.</summary>
    public double Epsilon { get; }

    /// <summary>t: the steps taken so far.</summary>
    public int Steps { get; private set; }

    /// <summary>Takes one step: updates m, v and t, then <paramref name="parameters"/> in place.</summary>
    /// <param name="parameters">θ, changed in place.</param>
    /// <param name="gradient">g = ∂loss/∂θ, the same length.</param>
    /// <exception cref="ArgumentException"><paramref name="gradient"/> has another length than <paramref name="parameters"/>,
    /// or than the parameters of earlier steps, or holds NaN or infinity. The exception names the argument.</exception>
    public void Step(Vector<double> parameters, Vector<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.Length(gradient, parameters.Count, nameof(gradient));
        Require.Finite(gradient, nameof(gradient));
        _m ??= Vector<double>.Build.Dense(parameters.Count);
        _v ??= Vector<double>.Build.Dense(parameters.Count);
        if (_m.Count != parameters.Count)
            throw new ArgumentException($"Adam has state for {_m.Count} parameters but was given {parameters.Count}: use one optimizer per model.", nameof(parameters));
        Steps++;
        double correction1 = 1 - Math.Pow(Beta1, Steps), correction2 = 1 - Math.Pow(Beta2, Steps);
        for (int i = 0; i < parameters.Count; i++)
        {
            _m[i] = Beta1 * _m[i] + (1 - Beta1) * gradient[i];
            _v[i] = Beta2 * _v[i] + (1 - Beta2) * gradient[i] * gradient[i];
            parameters[i] -= LearningRate * (_m[i] / correction1) / (Math.Sqrt(_v[i] / correction2) + Epsilon);
        }
    }

    private Vector<double>? _m;
    private Vector<double>? _v;
}
