using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab05;

/// <summary>The seed's normalisation of exercise 3 (chapter 5, task 5).</summary>
public static class Normalization
{
    /// <summary>x' = (x − m)/s/2.5 and y' = (y − m)/s/2.5, m and s from the inputs only.</summary>
    public static NormalizedBatch Normalize(Seq2SeqBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(batch.Inputs, nameof(batch));
        ArgumentNullException.ThrowIfNull(batch.Targets, nameof(batch));
        if (batch.Inputs.Count == 0)
            throw new ArgumentException("The batch has no steps.", nameof(batch));
        var first = batch.Inputs[0] ?? throw new ArgumentException("batch.Inputs[0] is null.", nameof(batch));
        foreach (var (steps, name) in new[] { (batch.Inputs, "Inputs"), (batch.Targets, "Targets") })
            for (int t = 0; t < steps.Count; t++)
            {
                if (steps[t] is not { } step || step.RowCount != first.RowCount || step.ColumnCount != first.ColumnCount)
                    throw new ArgumentException($"batch.{name}[{t}] must be {Require.ShapeOf(first)} like batch.Inputs[0].", nameof(batch));
                if (step.Enumerate().Any(v => !double.IsFinite(v)))
                    throw new ArgumentException($"batch.{name}[{t}] holds NaN or infinity: every entry must be a finite number.", nameof(batch));
            }
        var values = batch.Inputs.SelectMany(x => x.Enumerate()).ToArray();
        double mean = values.Average();
        double std = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length) + 1e-4;
        Matrix<double> Scale(Matrix<double> m) => m.Map(v => (v - mean) / std / 2.5);
        return new NormalizedBatch(new Seq2SeqBatch(batch.Inputs.Select(Scale).ToArray(), batch.Targets.Select(Scale).ToArray()), mean, std);
    }
}
