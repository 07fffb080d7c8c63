using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab05;

/// <summary>
/// RMSProp with momentum (Hinton's lecture 6e; PyTorch's <c>torch.optim.RMSprop</c>) over one flat parameter vector
/// (chapter 5, "RMSProp"). With s starting at <see cref="InitialAccumulator"/> in every entry and the velocity v at 0:
/// <code>
/// s ← ρ·s + (1 − ρ)·g²
/// v ← μ·v + g / (√s + ε)
/// θ ← θ − lr·v
/// </code>
/// </summary>
public sealed class RmsProp
{
    private double _learningRate;

    /// <summary>An optimizer; the defaults are the seed's (lr 0.007, ρ 0.92, μ 0.5) with TF1's accumulator start 1.0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is out of range (<see cref="RmsPropHyperparameters.Check"/>).</exception>
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

    /// <summary>ρ, the decay of the mean square s (TF1's <c>decay</c>, the seed's <c>lr_decay</c>, PyTorch's <c>alpha</c>).</summary>
    public double Decay { get; }

    /// <summary>μ, the momentum.</summary>
    public double Momentum { get; }

    /// <summary>ε, added to √s.</summary>
    public double Epsilon { get; }

    /// <summary>Where every entry of s starts: 1.0 in TF1, 0 in PyTorch and Keras.</summary>
    public double InitialAccumulator { get; }

    /// <summary>Task 4: one step: updates s and v, then <paramref name="parameters"/> in place.</summary>
    /// <param name="parameters">θ, changed in place.</param>
    /// <param name="gradient">g = ∂loss/∂θ, the same length.</param>
    /// <exception cref="ArgumentException"><paramref name="gradient"/> has another length than <paramref name="parameters"/>, or
    /// the parameters another length than at earlier steps, or the gradient holds NaN or infinity (the exception names the argument).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>
    /// Hints: keep s and v as fields, created on the first step (s filled with <see cref="InitialAccumulator"/>, v with zeros);
    /// then entry by entry, in the order of the formulas above. With s starting at 0 the first step divides g by
    /// √((1 − ρ)·g²) = |g|·√(1 − ρ): every parameter moves by about lr/0.28 at once, whatever its gradient.
    /// </remarks>
    public void Step(Vector<double> parameters, Vector<double> gradient) =>
        throw new NotImplementedException("Implement RmsProp.Step — see docs/05-seq2seq.md#task-4-one-rmsprop-step");
}
