using RnnKata.Given;

namespace RnnKata.Lab05;

/// <summary>
/// One training run of the seed's kind (chapter 5, "Training"). The defaults are the seed's: RMSProp with lr 0.007,
/// ρ = 0.92 (the seed's <c>lr_decay</c>), μ = 0.5 and TF1's accumulator start 1.0; λ = 0.003 over every parameter but the
/// scale (the seed's filter in effect); a test batch every 10 iterations; the decoder re-reads the encoder's inputs.
/// </summary>
/// <param name="Spec">The model's sizes.</param>
/// <param name="BatchSize">B, sequences per batch (32, then 64).</param>
/// <param name="Iterations">The seed's <c>nb_iters</c>: it takes <c>nb_iters + 1</c> steps, t = 0 … nb_iters.</param>
/// <param name="Seed">Seeds the first parameters and the training batches (the test batches use Seed + 1).</param>
public sealed record Seq2SeqTrainingOptions(Seq2SeqSpec Spec, int BatchSize, int Iterations, int Seed = KataRandom.DefaultSeed)
{
    /// <summary>lr.</summary>
    public double LearningRate { get; init; } = 0.007;

    /// <summary>
    /// null (the seed): lr stays at <see cref="LearningRate"/>. Otherwise lr follows half a cosine from
    /// <see cref="LearningRate"/> at t = 0 down to this at t = Iterations (<see cref="LearningRateAt"/>; chapter 5, "Beating the seed").
    /// </summary>
    public double? FinalLearningRate { get; init; }

    /// <summary>ρ, the decay of the mean square.</summary>
    public double Decay { get; init; } = 0.92;

    /// <summary>μ, the momentum.</summary>
    public double Momentum { get; init; } = 0.5;

    /// <summary>ε, added to √s.</summary>
    public double Epsilon { get; init; } = 1e-10;

    /// <summary>Where the mean square s starts: TF1 1.0, PyTorch and Keras 0.</summary>
    public double InitialAccumulator { get; init; } = 1.0;

    /// <summary>λ of the L2 term.</summary>
    public double L2 { get; init; } = 0.003;

    /// <summary>What the L2 term covers.</summary>
    public L2Scope L2Scope { get; init; } = L2Scope.AllButOutputScale;

    /// <summary>What the decoder reads in training.</summary>
    public DecoderFeed Feed { get; init; } = DecoderFeed.ShiftedEncoderInputs;

    /// <summary>A test batch after iterations 0, TestEvery, 2·TestEvery, … (the seed: 10).</summary>
    public int TestEvery { get; init; } = 10;

    /// <summary>The engine backend the reference solution trains on (<c>simd</c>, <c>ilgpu-cpu</c>, …), null for the
    /// default; your code runs in double and ignores it.</summary>
    public string? Backend { get; init; }

    /// <summary>
    /// The learning rate of the step at iteration <paramref name="iteration"/> (0 … Iterations): <see cref="LearningRate"/>
    /// without a <see cref="FinalLearningRate"/>, else lr_f + (lr − lr_f)·(1 + cos(π·t/Iterations))/2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iteration"/> is outside 0 … Iterations.</exception>
    public double LearningRateAt(int iteration)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(iteration);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iteration, Iterations);
        if (FinalLearningRate is not { } final || Iterations == 0)
            return LearningRate;
        return final + (LearningRate - final) * (1 + Math.Cos(Math.PI * iteration / Iterations)) / 2;
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    /// <exception cref="ArgumentException">A size, count or hyperparameter is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Spec, nameof(Spec));
        Spec.Validate();
        if (BatchSize < 1 || Iterations < 0 || TestEvery < 1)
            throw new ArgumentException($"BatchSize ({BatchSize}) and TestEvery ({TestEvery}) must be positive and Iterations ({Iterations}) ≥ 0.", nameof(BatchSize));
        if (!(L2 >= 0) || !double.IsFinite(L2) || !Enum.IsDefined(L2Scope) || !Enum.IsDefined(Feed))
            throw new ArgumentException($"L2 must be a finite number ≥ 0 (it is {L2}), with a known L2Scope ({L2Scope}) and Feed ({Feed}).", nameof(L2));
        try
        {
            RmsPropHyperparameters.Check(LearningRate, Decay, Momentum, Epsilon, InitialAccumulator);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException(e.Message, e.ParamName, e);
        }
        if (FinalLearningRate is { } final && (!(final > 0) || double.IsInfinity(final)))
            throw new ArgumentException($"FinalLearningRate must be a positive finite number or null (it is {final}).", nameof(FinalLearningRate));
    }
}
