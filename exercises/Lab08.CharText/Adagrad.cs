using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>
/// Adagrad (chapter 8, "Task 5"), min-char-rnn's optimizer: per parameter, <c>s ← s + g²</c>, then
/// <c>θ ← θ − lr·g / (√s + ε)</c>, s starting at 0 (PyTorch's form; min-char-rnn writes <c>√(s + 1e-8)</c>). And the
/// clipping min-char-rnn applies before it.
/// </summary>
public sealed class Adagrad
{
    /// <summary>An optimizer with no steps taken yet (the range checks are given).</summary>
    /// <exception cref="ArgumentOutOfRangeException">lr or ε is not a positive finite number.</exception>
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

    /// <summary>
    /// One step: adds <paramref name="gradient"/>² to the running sum s, then updates <paramref name="parameters"/>, in place.
    /// The first call creates s (zeros); every later call must pass vectors of that length.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="gradient"/> is not as long as <paramref name="parameters"/> or holds
    /// NaN or infinity (naming <paramref name="gradient"/>), or <paramref name="parameters"/> is not as long as in earlier steps
    /// (naming <paramref name="parameters"/>).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Step(Vector<double> parameters, Vector<double> gradient) =>
        throw new NotImplementedException("Implement Adagrad.Step — see docs/08-char-text.md#task-5-adagrad-and-clipping");

    /// <summary>A copy of <paramref name="gradient"/> with every entry clamped into [−limit, limit] (min-char-rnn's <c>np.clip(d, -5, 5)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not a positive finite number.</exception>
    /// <exception cref="ArgumentException"><paramref name="gradient"/> holds NaN (naming it).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is null.</exception>
    public static Vector<double> ClipByValue(Vector<double> gradient, double limit) =>
        throw new NotImplementedException("Implement Adagrad.ClipByValue — see docs/08-char-text.md#task-5-adagrad-and-clipping");
}
