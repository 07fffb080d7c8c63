namespace RnnKata.Lab06;

/// <summary>
/// The lecture's model and how it trains (chapter 6, "The lecture's model"): an Elman relu layer of
/// <paramref name="Hidden"/> units, then Dense(<paramref name="HeadHidden"/>, relu), then Dense(1); MSE; RMSProp with
/// Keras's defaults (lr 0.001, ρ 0.9, ε 1e-7, mean square from 0); 100 epochs of batches of 16.
/// </summary>
/// <param name="Layout">How the network reads a window.</param>
/// <param name="Hidden">H, units of the recurrent layer.</param>
/// <param name="HeadHidden">K, units of the head's relu layer.</param>
/// <param name="Epochs">Passes over the training windows.</param>
/// <param name="BatchSize">Windows per step.</param>
/// <param name="LearningRate">RMSProp's lr.</param>
/// <param name="Rho">RMSProp's decay ρ of the mean square.</param>
/// <param name="Epsilon">RMSProp's ε.</param>
/// <param name="Seed">Seeds the first weights (<see cref="InitialParameters"/>) and the shuffles.</param>
/// <param name="Backend">Where the reference solution runs (auto, cuda, ilgpu-cpu, simd; null: RNNKATA_BACKEND or auto).
/// The given double loop ignores it.</param>
public sealed record TrainingOptions(WindowLayout Layout = WindowLayout.StepsOfOneValue, int Hidden = 32, int HeadHidden = 8, int Epochs = 100,
                                     int BatchSize = 16, double LearningRate = 1e-3, double Rho = 0.9, double Epsilon = 1e-7, int Seed = 42,
                                     string? Backend = null)
{
    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <c>options</c> when a size or rate is out of range (the message names
    /// the field), or naming <c>train</c> when the windows hold NaN or infinity or are fewer than one batch.
    /// </summary>
    public void Require(WindowSet train)
    {
        ArgumentNullException.ThrowIfNull(train);
        const string options = "options";
        if (!Enum.IsDefined(Layout))
            throw new ArgumentException($"options.Layout {Layout} is not a WindowLayout.", options);
        foreach (var (value, field) in new[] { (Hidden, nameof(Hidden)), (HeadHidden, nameof(HeadHidden)), (Epochs, nameof(Epochs)), (BatchSize, nameof(BatchSize)) })
        {
            if (value < 1)
                throw new ArgumentException($"options.{field} must be at least 1 but is {value}.", options);
        }
        if (!(LearningRate > 0 && double.IsFinite(LearningRate) && Rho is >= 0 and < 1 && Epsilon > 0 && double.IsFinite(Epsilon)))
            throw new ArgumentException($"options: LearningRate ({LearningRate}) and Epsilon ({Epsilon}) must be positive numbers and Rho ({Rho}) in [0, 1).", options);
        RnnKata.Given.Require.Finite(train.Inputs, nameof(train));
        RnnKata.Given.Require.Shape(train.Targets, train.Count, 1, nameof(train));
        RnnKata.Given.Require.Finite(train.Targets, nameof(train));
        if (train.Count < BatchSize)
            throw new ArgumentException($"The training set holds {train.Count} windows, fewer than one batch of {BatchSize}.", nameof(train));
    }
}
