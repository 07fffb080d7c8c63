using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab05;

/// <summary>What a run leaves: the seed's loss (½Σ(ŷ − y)² + λ·Σ½w²) of every training batch before its step,
/// every test report, and the trained parameters (flat, <see cref="Seq2SeqParameters"/>' order).</summary>
public sealed record Seq2SeqTrainingResult(IReadOnlyList<double> TrainLosses, IReadOnlyList<Seq2SeqProgress> Tests, Vector<double> Parameters)
{
    /// <summary>The trained model, in double.</summary>
    public Seq2SeqModel Model(Seq2SeqSpec spec) => new(Seq2SeqParameters.FromFlat(spec, Parameters));
}
