namespace RnnKata.Lab04;

/// <summary>
/// The range checks of <see cref="Adam"/>'s constructor (given: the constructor calls them, your task is the step).
/// </summary>
public static class AdamHyperparameters
{
    /// <summary>Throws if a hyperparameter is out of range; the exception names it and holds its value.</summary>
    /// <param name="learningRate">lr: positive and finite.</param>
    /// <param name="beta1">β₁: in [0, 1).</param>
    /// <param name="beta2">β₂: in [0, 1).</param>
    /// <param name="epsilon">ε: positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">lr or ε is not positive (or lr is infinite), or a β is outside [0, 1).</exception>
    public static void Check(double learningRate, double beta1, double beta2, double epsilon)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");
        if (beta1 is not (>= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(beta1), beta1, "beta1 must lie in [0, 1).");
        if (beta2 is not (>= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(beta2), beta2, "beta2 must lie in [0, 1).");
        if (!(epsilon > 0))
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be positive.");
    }
}
