using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Tasks 5 and 6: the losses and their gradients.</summary>
public static class Losses
{
    /// <summary><c>J = 1/N Σ_t Σ_n ½‖o − y‖²</c>, <c>∂J/∂O(t) = (O(t) − Y(t)) / N</c>.</summary>
    public static LossResult MeanSquaredError(IReadOnlyList<Matrix<double>> outputs, IReadOnlyList<Matrix<double>> targets)
    {
        var (batch, columns) = RequireSequence.Shape(outputs, nameof(outputs));
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        RequireSequence.Matches(targets, outputs.Count, batch, columns, nameof(targets), "one per output, of the same shape");

        var total = 0.0;
        var gradients = new Matrix<double>[outputs.Count];
        for (var t = 0; t < outputs.Count; t++)
        {
            var error = outputs[t] - targets[t];
            var norm = error.FrobeniusNorm();
            total += 0.5 * norm * norm;
            gradients[t] = error / batch;
        }
        return new LossResult(total / batch, gradients);
    }

    /// <summary>Row-wise softmax with the row's maximum subtracted first.</summary>
    public static Matrix<double> Softmax(Matrix<double> logits)
    {
        Require.Finite(logits, nameof(logits));
        var probabilities = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        for (var r = 0; r < logits.RowCount; r++)
        {
            var max = logits.Row(r).Maximum();
            var sum = 0.0;
            for (var k = 0; k < logits.ColumnCount; k++)
            {
                probabilities[r, k] = Math.Exp(logits[r, k] - max);
                sum += probabilities[r, k];
            }
            for (var k = 0; k < logits.ColumnCount; k++)
                probabilities[r, k] /= sum;
        }
        return probabilities;
    }

    /// <summary><c>J = 1/N Σ_t Σ_n −Σ_k y_k ln softmax(o)_k</c> via log-sum-exp; <c>∂J/∂O(t) = (softmax(O(t)) − Y(t)) / N</c>.</summary>
    public static LossResult SoftmaxCrossEntropy(IReadOnlyList<Matrix<double>> logits, IReadOnlyList<Matrix<double>> targets)
    {
        var (batch, columns) = RequireSequence.Shape(logits, nameof(logits));
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which the bad-input tests check
        RequireSequence.Matches(targets, logits.Count, batch, columns, nameof(targets), "one per output, of the same shape");

        var total = 0.0;
        var gradients = new Matrix<double>[logits.Count];
        for (var t = 0; t < logits.Count; t++)
        {
            var o = logits[t];
            for (var r = 0; r < batch; r++)
            {
                // ln softmax(o)_k = o_k − (m + ln Σ_j exp(o_j − m)): no exp of a large number, no ln 0.
                var max = o.Row(r).Maximum();
                var logSumExp = max + Math.Log(o.Row(r).Sum(value => Math.Exp(value - max)));
                for (var k = 0; k < columns; k++)
                    total -= targets[t][r, k] * (o[r, k] - logSumExp);
            }
            gradients[t] = (Softmax(o) - targets[t]) / batch;
        }
        return new LossResult(total / batch, gradients);
    }

    /// <summary>Softmax cross-entropy with class indices: the one-hot loss with a single term per row.</summary>
    public static LossResult SoftmaxCrossEntropy(IReadOnlyList<Matrix<double>> logits, IReadOnlyList<int[]> classes)
    {
        var (batch, columns) = RequireSequence.Shape(logits, nameof(logits));
        RequireSequence.Classes(classes, logits.Count, batch, columns, nameof(classes));

        var total = 0.0;
        var gradients = new Matrix<double>[logits.Count];
        for (var t = 0; t < logits.Count; t++)
        {
            var o = logits[t];
            var gradient = Softmax(o);
            for (var r = 0; r < batch; r++)
            {
                var max = o.Row(r).Maximum();
                var logSumExp = max + Math.Log(o.Row(r).Sum(value => Math.Exp(value - max)));
                var c = classes[t][r];
                total -= o[r, c] - logSumExp;
                gradient[r, c] -= 1;
            }
            gradients[t] = gradient / batch;
        }
        return new LossResult(total / batch, gradients);
    }
}
