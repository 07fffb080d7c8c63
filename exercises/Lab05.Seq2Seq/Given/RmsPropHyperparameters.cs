namespace RnnKata.Lab05;

/// <summary>The range checks of <see cref="RmsProp"/>'s constructor (given: the constructor calls them, your task is the step).</summary>
public static class RmsPropHyperparameters
{
    /// <summary>Throws if a hyperparameter is out of range; the exception names it and holds its value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">lr is not positive and finite, ρ or μ is outside [0, 1), ε is not positive,
    /// or the initial accumulator is negative or not finite.</exception>
    public static void Check(double learningRate, double decay, double momentum, double epsilon, double initialAccumulator)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");
        if (decay is not (>= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "The decay ρ must lie in [0, 1).");
        if (momentum is not (>= 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "The momentum μ must lie in [0, 1).");
        if (!(epsilon > 0))
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be positive.");
        if (!(initialAccumulator >= 0) || double.IsInfinity(initialAccumulator))
            throw new ArgumentOutOfRangeException(nameof(initialAccumulator), initialAccumulator, "The initial accumulator must be a finite number ≥ 0.");
    }
}
