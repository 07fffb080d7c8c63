using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06;

/// <summary>
/// RMSProp as Keras runs it (chapter 6, "Task 5"): per parameter, <c>s ← ρ·s + (1 − ρ)·g²</c>, then
/// <c>θ ← θ − lr·g / (√s + ε)</c>, with the mean square s starting at 0.
/// </summary>
public sealed class RmsProp
{
    /// <summary>An optimizer with the given hyperparameters and no steps taken yet (the range checks are given).</summary>
    /// <exception cref="ArgumentOutOfRangeException">lr or ε is not positive and finite, or ρ is outside [0, 1).</exception>
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

    /// <summary>ρ, the decay of the mean square.</summary>
    public double Rho { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>
    /// One step: updates the mean square s from <paramref name="gradient"/> and then <paramref name="parameters"/>, both in place.
    /// The first call creates s (zeros, one per parameter); every later call must pass vectors of that length.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="gradient"/> is not as long as <paramref name="parameters"/>, or either is not
    /// as long as in earlier steps, or the gradient holds NaN or infinity. The exception names the argument.</exception>
    /// <exception cref="ArgumentNullException">An argument is null (the exception names it).</exception>
    /// <remarks>Hint: keep s in a field (<c>Vector&lt;double&gt;?</c>, null until the first step). Update s before θ: the step
    /// uses the new s.</remarks>
    public void Step(Vector<double> parameters, Vector<double> gradient) =>
        throw new NotImplementedException("Implement RmsProp.Step — see docs/06-noisy-signals.md#task-5-rmsprop-as-keras-runs-it");
}
