namespace RnnKata.Experiments.Adding;

/// <summary>
/// The training budget every cell gets on the adding problem: one layer of <see cref="Hidden"/> units
/// and a linear head on the last step, Adam, gradient clipping by global norm, a fresh batch of
/// <see cref="Batch"/> sequences per iteration, and a fixed held-out test set.
/// </summary>
/// <param name="Hidden">Units of the recurrent layer.</param>
/// <param name="Batch">Sequences per training iteration.</param>
/// <param name="Iterations">Training iterations (optimizer steps).</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="ClipNorm">The bound on the gradients' global norm.</param>
/// <param name="TestSequences">Held-out sequences the test MSE is measured on (a multiple of <paramref name="Batch"/>).</param>
/// <param name="Evaluations">How many times the test MSE is measured during training (evenly spaced, the last after the last iteration).</param>
public sealed record AddingBudget(int Hidden, int Batch, int Iterations, float LearningRate, float ClipNorm, int TestSequences, int Evaluations)
{
    /// <summary>The sequence lengths compared.</summary>
    public static IReadOnlyList<int> Lengths { get; } = [50, 100];

    /// <summary>The full-scale budget (chapter 3, "What the gates buy, measured").</summary>
    public static AddingBudget Full { get; } = new(Hidden: 64, Batch: 64, Iterations: 2000, LearningRate: 3e-3f, ClipNorm: 1f, TestSequences: 1024, Evaluations: 40);

    /// <summary>CI-sized: seconds for all cells.</summary>
    public static AddingBudget Quick { get; } = new(Hidden: 16, Batch: 16, Iterations: 30, LearningRate: 3e-3f, ClipNorm: 1f, TestSequences: 64, Evaluations: 3);

    /// <summary>Iterations between two test evaluations.</summary>
    public int EvaluateEvery => Math.Max(1, Iterations / Evaluations);
}
