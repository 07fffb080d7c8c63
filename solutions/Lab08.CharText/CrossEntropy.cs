using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab08;

/// <summary>Softmax cross-entropy over the alphabet: the mean over rows of −ln softmax(row)[target] and its gradient.</summary>
public static class CrossEntropy
{
    /// <summary>The row-wise softmax, max-shifted.</summary>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Checked(logits);
        var probabilities = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        for (int r = 0; r < logits.RowCount; r++)
        {
            var row = logits.Row(r);
            double max = row.Maximum();
            var e = row.Map(v => Math.Exp(v - max));
            probabilities.SetRow(r, e / e.Sum());
        }
        return probabilities;
    }

    /// <summary>The mean cross-entropy and its gradient with respect to the logits.</summary>
    public static (double Loss, Matrix<double> Gradient) Of(Matrix<double> logits, IReadOnlyList<int> targets)
    {
        Checked(logits);
        ArgumentNullException.ThrowIfNull(targets);
        if (logits.RowCount == 0)
            throw new ArgumentException("The logits have no row: there is nothing to score.", nameof(logits));
        if (targets.Count != logits.RowCount)
            throw new ArgumentException($"targets must hold one index per row of the logits ({logits.RowCount}) but holds {targets.Count}.", nameof(targets));
        var gradient = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        double total = 0;
        for (int r = 0; r < logits.RowCount; r++)
        {
            int target = targets[r];
            if (target < 0 || target >= logits.ColumnCount)
                throw new ArgumentException($"targets[{r}] = {target} is outside [0, {logits.ColumnCount}).", nameof(targets));
            var row = logits.Row(r);
            double max = row.Maximum();
            var e = row.Map(v => Math.Exp(v - max));
            double sum = e.Sum();
            total += Math.Log(sum) - (row[target] - max);
            var p = e / sum;
            p[target] -= 1;
            gradient.SetRow(r, p / logits.RowCount);
        }
        return (total / logits.RowCount, gradient);
    }

    private static void Checked(Matrix<double> logits)
    {
        Require.Finite(logits, nameof(logits));
        if (logits.ColumnCount == 0)
            throw new ArgumentException("The logits have no column: an alphabet has at least one character.", nameof(logits));
    }
}
