using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>RMSProp as Keras runs it (chapter 6, "Task 5"): s starts at 0.</summary>
public sealed class RmsProp
{
    private Vector<double>? _meanSquare;

    /// <summary>An optimizer with the given hyperparameters and no steps taken yet.</summary>
    public RmsProp(double learningRate, double rho, double epsilon)
    {
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");
        if (rho is not (>= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(rho), rho, "rho must lie in [0, 1).");
        if (!(epsilon > 0) || !double.IsFinite(epsilon))
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be a positive finite number.");
        (LearningRate, Rho, Epsilon) = (learningRate, rho, epsilon);
    }

    /// <summary>lr.</summary>
    public double LearningRate { get; }

    /// <summary>ρ.</summary>
    public double Rho { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>One step, in place.</summary>
    public void Step(Vector<double> parameters, Vector<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.Length(gradient, parameters.Count, nameof(gradient));
        Require.Finite(gradient, nameof(gradient));
        _meanSquare ??= Vector<double>.Build.Dense(parameters.Count);
        if (_meanSquare.Count != parameters.Count)
            throw new ArgumentException(
                $"{nameof(parameters)} has length {parameters.Count} but earlier steps had {_meanSquare.Count}: one optimizer per parameter vector.", nameof(parameters));
        for (int i = 0; i < parameters.Count; i++)
        {
            _meanSquare[i] = Rho * _meanSquare[i] + (1 - Rho) * gradient[i] * gradient[i];
            parameters[i] -= LearningRate * gradient[i] / (Math.Sqrt(_meanSquare[i]) + Epsilon);
        }
    }
}
