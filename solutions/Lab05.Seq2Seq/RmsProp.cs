using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab05;

/// <summary>RMSProp with momentum over one flat parameter vector (chapter 5, task 4).</summary>
public sealed class RmsProp
{
    private double _learningRate;
    private Vector<double>? _meanSquare;
    private Vector<double>? _velocity;

    /// <summary>An optimizer with the seed's settings by default.</summary>
    public RmsProp(double learningRate = 0.007, double decay = 0.92, double momentum = 0.5, double epsilon = 1e-10, double initialAccumulator = 1.0)
    {
        RmsPropHyperparameters.Check(learningRate, decay, momentum, epsilon, initialAccumulator);
        (Decay, Momentum, Epsilon, InitialAccumulator) = (decay, momentum, epsilon, initialAccumulator);
        LearningRate = learningRate;
    }

    /// <summary>lr; a learning-rate schedule may set it between steps (the mean square and the velocity carry on).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not positive and finite.</exception>
    public double LearningRate
    {
        get => _learningRate;
        set
        {
            RmsPropHyperparameters.Check(value, Decay, Momentum, Epsilon, InitialAccumulator);
            _learningRate = value;
        }
    }

    /// <summary>ρ.</summary>
    public double Decay { get; }

    /// <summary>μ.</summary>
    public double Momentum { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>Where every entry of s starts.</summary>
    public double InitialAccumulator { get; }

    /// <summary>One step: s, the velocity, then θ in place.</summary>
    public void Step(Vector<double> parameters, Vector<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.Length(gradient, parameters.Count, nameof(gradient));
        Require.Finite(gradient, nameof(gradient));
        _meanSquare ??= Vector<double>.Build.Dense(parameters.Count, InitialAccumulator);
        _velocity ??= Vector<double>.Build.Dense(parameters.Count);
        if (_meanSquare.Count != parameters.Count)
            throw new ArgumentException($"RMSProp has state for {_meanSquare.Count} parameters but was given {parameters.Count}: use one optimizer per model.", nameof(parameters));
        for (int i = 0; i < parameters.Count; i++)
        {
            _meanSquare[i] = Decay * _meanSquare[i] + (1 - Decay) * gradient[i] * gradient[i];
            _velocity[i] = Momentum * _velocity[i] + gradient[i] / (Math.Sqrt(_meanSquare[i]) + Epsilon);
            parameters[i] -= LearningRate * _velocity[i];
        }
    }
}
