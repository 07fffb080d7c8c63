using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab05;

/// <summary>The seed's loss and the per-element MSE (chapter 5, task 3).</summary>
public static class SeedLoss
{
    /// <summary>Σ_t ½‖ŷ(t) − y(t)‖² over batch and features; ∂/∂ŷ(t) = ŷ(t) − y(t).</summary>
    public static SequenceLoss HalfSumOfSquares(IReadOnlyList<Matrix<double>> predictions, IReadOnlyList<Matrix<double>> targets)
    {
        var errors = Errors(predictions, targets);
        return new SequenceLoss(errors.Sum(e => 0.5 * e.PointwisePower(2).Enumerate().Sum()), errors);
    }

    /// <summary>The mean over every entry of every step of (ŷ − y)².</summary>
    public static double MeanSquaredError(IReadOnlyList<Matrix<double>> predictions, IReadOnlyList<Matrix<double>> targets)
    {
        var errors = Errors(predictions, targets);
        return errors.Sum(e => e.PointwisePower(2).Enumerate().Sum()) / errors.Sum(e => e.RowCount * e.ColumnCount);
    }

    /// <summary>λ·Σ ½w² over the parameters where <paramref name="mask"/> is 1; gradient λ·w there, 0 elsewhere.</summary>
    public static Penalty L2Penalty(Vector<double> parameters, Vector<double> mask, double lambda)
    {
        Require.Finite(parameters, nameof(parameters));
        Require.Length(mask, parameters.Count, nameof(mask));
        if (mask.Any(m => m is not (0 or 1)))
            throw new ArgumentException("The mask must hold only 0 and 1.", nameof(mask));
        if (!(lambda >= 0) || !double.IsFinite(lambda))
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be a finite number ≥ 0.");
        var covered = parameters.PointwiseMultiply(mask);
        return new Penalty(lambda * 0.5 * covered.DotProduct(covered), covered * lambda);
    }

    private static Matrix<double>[] Errors(IReadOnlyList<Matrix<double>> predictions, IReadOnlyList<Matrix<double>> targets)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(targets);
        if (predictions.Count == 0)
            throw new ArgumentException("There must be at least one predicted step.", nameof(predictions));
        if (targets.Count != predictions.Count)
            throw new ArgumentException($"targets must hold {predictions.Count} steps, one per prediction, but holds {targets.Count}.", nameof(targets));
        var errors = new Matrix<double>[predictions.Count];
        for (int t = 0; t < errors.Length; t++)
        {
            Require.Finite(predictions[t], $"{nameof(predictions)}[{t}]");
            Require.Shape(targets[t], predictions[t].RowCount, predictions[t].ColumnCount, $"{nameof(targets)}[{t}]");
            Require.Finite(targets[t], $"{nameof(targets)}[{t}]");
            errors[t] = predictions[t] - targets[t];
        }
        return errors;
    }
}
