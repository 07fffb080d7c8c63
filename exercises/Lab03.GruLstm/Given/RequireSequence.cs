using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// Input checks for whole sequences, in the spirit of <see cref="Require"/>: each throws an
/// <see cref="ArgumentException"/> whose <c>ParamName</c> is the sequence's argument and whose message
/// names the offending time step and the shape it should have, e.g. <c>xs[2] must be 4×3 but is 3×3.</c>
/// </summary>
public static class RequireSequence
{
    /// <summary>
    /// Checks an input sequence: at least one time step, every step batch × <paramref name="inputSize"/>
    /// with the batch size of step 0, every entry finite.
    /// </summary>
    /// <param name="xs">The sequence, one matrix per time step.</param>
    /// <param name="inputSize">Expected number of columns (one per input).</param>
    /// <param name="name">The argument's name, as in <c>nameof(xs)</c>.</param>
    public static void Inputs(IReadOnlyList<Matrix<double>>? xs, int inputSize, string name)
    {
        ArgumentNullException.ThrowIfNull(xs, name);
        if (xs.Count == 0)
            throw new ArgumentException($"{name} must hold at least one time step (batch×{inputSize} each) but is empty.", name);
        var batch = xs[0]?.RowCount ?? 0;
        for (var t = 0; t < xs.Count; t++)
        {
            var x = xs[t] ?? throw new ArgumentException($"{name}[{t}] is null: every time step needs a batch×{inputSize} matrix.", name);
            if (t == 0 && x.ColumnCount != inputSize)
                throw new ArgumentException($"{name}[0] must be batch×{inputSize} (one column per input) but is {Require.ShapeOf(x)}.", name);
            if (x.RowCount != batch || x.ColumnCount != inputSize)
                throw new ArgumentException($"{name}[{t}] must be {batch}×{inputSize} (the shape of {name}[0]) but is {Require.ShapeOf(x)}.", name);
            RequireFinite(x, $"{name}[{t}]", name);
        }
    }

    /// <summary>
    /// Checks the gradients that reach a layer's outputs: one per time step, each shaped like that
    /// step's output, every entry finite.
    /// </summary>
    /// <param name="gradients">∂L/∂(output at step t), t = 0 … T − 1.</param>
    /// <param name="outputs">The layer's outputs, whose shapes the gradients must have.</param>
    /// <param name="name">The argument's name, as in <c>nameof(dOutputs)</c>.</param>
    public static void Gradients(IReadOnlyList<Matrix<double>>? gradients, IReadOnlyList<Matrix<double>> outputs, string name)
    {
        ArgumentNullException.ThrowIfNull(gradients, name);
        ArgumentNullException.ThrowIfNull(outputs);
        if (gradients.Count != outputs.Count)
            throw new ArgumentException($"{name} must hold one gradient per time step ({outputs.Count}) but holds {gradients.Count}.", name);
        for (var t = 0; t < gradients.Count; t++)
        {
            var (rows, columns) = (outputs[t].RowCount, outputs[t].ColumnCount);
            var g = gradients[t] ?? throw new ArgumentException($"{name}[{t}] is null: it must be {rows}×{columns}.", name);
            if (g.RowCount != rows || g.ColumnCount != columns)
                throw new ArgumentException($"{name}[{t}] must be {rows}×{columns} (the shape of output {t}) but is {Require.ShapeOf(g)}.", name);
            RequireFinite(g, $"{name}[{t}]", name);
        }
    }

    // Require.Finite's message, with the sequence's argument as ParamName.
    private static void RequireFinite(Matrix<double> matrix, string label, string name)
    {
        for (var r = 0; r < matrix.RowCount; r++)
            for (var c = 0; c < matrix.ColumnCount; c++)
                if (!double.IsFinite(matrix[r, c]))
                    throw new ArgumentException(
                        $"{label} ({Require.ShapeOf(matrix)}) holds {matrix[r, c]} at row {r}, column {c}: every entry must be a finite number.", name);
    }
}
