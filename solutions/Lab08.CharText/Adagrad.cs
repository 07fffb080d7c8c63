using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab08;

/// <summary>Adagrad (s ← s + g², θ ← θ − lr·g/(√s + ε)) and clipping by value.</summary>
public sealed class Adagrad
{
    private Vector<double>? _sumOfSquares;

    /// <summary>An optimizer with no steps taken yet.</summary>
    public Adagrad(double learningRate, double epsilon = 1e-10)
    {
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");
        if (!(epsilon > 0) || !double.IsFinite(epsilon))
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be a positive finite number.");
        (LearningRate, Epsilon) = (learningRate, epsilon);
    }

    /// <summary>lr.</summary>
    public double LearningRate { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>One step, in place.</summary>
    public void Step(Vector<double> parameters, Vector<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.Length(gradient, parameters.Count, nameof(gradient));
        Require.Finite(gradient, nameof(gradient));
        _sumOfSquares ??= Vector<double>.Build.Dense(parameters.Count);
        if (_sumOfSquares.Count != parameters.Count)
            throw new ArgumentException(
                $"{nameof(parameters)} has length {parameters.Count} but earlier steps had {_sumOfSquares.Count}: one optimizer per parameter vector.", nameof(parameters));
        for (int i = 0; i < parameters.Count; i++)
        {
            _sumOfSquares[i] += gradient[i] * gradient[i];
            parameters[i] -= LearningRate * gradient[i] / (Math.Sqrt(_sumOfSquares[i]) + Epsilon);
        }
    }

    /// <summary>A copy with every entry clamped into [−limit, limit].</summary>
    public static Vector<double> ClipByValue(Vector<double> gradient, double limit)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        if (!(limit > 0) || !double.IsFinite(limit))
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be a positive finite number.");
        if (gradient.Any(double.IsNaN))
            throw new ArgumentException("The gradient holds NaN: clipping cannot repair it.", nameof(gradient));
        return gradient.Map(g => Math.Clamp(g, -limit, limit));
    }
}
