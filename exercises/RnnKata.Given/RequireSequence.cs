using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given;

/// <summary>
/// Input checks for sequences (one matrix per time step), in the style of <see cref="Require"/>:
/// each throws an <see cref="ArgumentException"/> whose <c>ParamName</c> is the sequence's name and
/// whose message says which step is wrong and the shape it should have, e.g.
/// <c>xs[2] must be 2×3 (one column per input, the batch of xs[0]) but is 1×3.</c>
/// Every check of matrices rejects a null sequence, a null step and a NaN or infinite entry.
/// </summary>
public static class RequireSequence
{
    /// <summary>
    /// Checks a sequence of inputs: at least one step, every step batch × <paramref name="columns"/>
    /// with the batch size of step 0, every entry finite.
    /// </summary>
    /// <param name="sequence">The sequence, index = time step.</param>
    /// <param name="columns">Expected number of columns of every step.</param>
    /// <param name="name">The argument's name, as in <c>nameof(xs)</c>.</param>
    /// <param name="meaning">What a column stands for, e.g. "one column per input".</param>
    /// <returns>The batch size (the rows of every step).</returns>
    public static int Steps(IReadOnlyList<Matrix<double>>? sequence, int columns, string name, string meaning)
    {
        ArgumentNullException.ThrowIfNull(sequence, name);
        if (sequence.Count == 0)
            throw new ArgumentException($"{name} must hold at least one time step but is empty.", name);
        var batch = StepAt(sequence, 0, name).RowCount;
        for (var t = 0; t < sequence.Count; t++)
        {
            var step = StepAt(sequence, t, name);
            if (step.RowCount != batch || step.ColumnCount != columns)
                throw new ArgumentException(
                    $"{name}[{t}] must be {batch}×{columns} ({meaning}, the batch of {name}[0]) but is {Require.ShapeOf(step)}.", name);
            RequireFinite(step, t, name);
        }
        return batch;
    }

    /// <summary>
    /// Checks a sequence whose step shape is not known in advance (e.g. a network's outputs): at least
    /// one step, every step the shape of step 0, every entry finite.
    /// </summary>
    /// <param name="sequence">The sequence, index = time step.</param>
    /// <param name="name">The argument's name, as in <c>nameof(outputs)</c>.</param>
    /// <returns>The shape every step has: the batch size (rows) and the columns.</returns>
    public static (int Batch, int Columns) Shape(IReadOnlyList<Matrix<double>>? sequence, string name)
    {
        ArgumentNullException.ThrowIfNull(sequence, name);
        if (sequence.Count == 0)
            throw new ArgumentException($"{name} must hold at least one time step but is empty.", name);
        var first = StepAt(sequence, 0, name);
        Matches(sequence, sequence.Count, first.RowCount, first.ColumnCount, name, $"the shape of {name}[0]");
        return (first.RowCount, first.ColumnCount);
    }

    /// <summary>
    /// Checks a sequence that must match another one exactly: <paramref name="steps"/> steps, each
    /// <paramref name="rows"/> × <paramref name="columns"/>, every entry finite.
    /// </summary>
    /// <param name="sequence">The sequence, index = time step.</param>
    /// <param name="steps">Expected number of steps.</param>
    /// <param name="rows">Expected rows of every step (the batch size).</param>
    /// <param name="columns">Expected columns of every step.</param>
    /// <param name="name">The argument's name, as in <c>nameof(targets)</c>.</param>
    /// <param name="what">What the steps must match, e.g. "one per output".</param>
    public static void Matches(IReadOnlyList<Matrix<double>>? sequence, int steps, int rows, int columns, string name, string what) =>
        MatchesStepByStep(sequence, steps, _ => (rows, columns), name, what);

    /// <summary>
    /// Checks a sequence that must have the shape of another one step by step, e.g. the gradients that
    /// reach a layer's outputs: as many steps as <paramref name="like"/>, step t the shape of
    /// <c>like[t]</c>, every entry finite.
    /// </summary>
    /// <param name="sequence">The sequence, index = time step.</param>
    /// <param name="like">The sequence whose step count and step shapes <paramref name="sequence"/> must have.</param>
    /// <param name="name">The argument's name, as in <c>nameof(dOutputs)</c>.</param>
    /// <param name="what">What the steps must match, e.g. "one gradient per output".</param>
    public static void ShapedLike(IReadOnlyList<Matrix<double>>? sequence, IReadOnlyList<Matrix<double>> like, string name, string what)
    {
        ArgumentNullException.ThrowIfNull(like);
        MatchesStepByStep(sequence, like.Count, t => (like[t].RowCount, like[t].ColumnCount), name, what);
    }

    /// <summary>
    /// Checks class labels given as indices: <paramref name="steps"/> steps, each holding one index per
    /// row (<paramref name="batch"/> of them), every index from 0 to <paramref name="classCount"/> − 1.
    /// </summary>
    /// <param name="classes">The class index of every row at every step, <c>classes[t][n]</c>.</param>
    /// <param name="steps">Expected number of steps.</param>
    /// <param name="batch">Expected indices per step (the batch size).</param>
    /// <param name="classCount">The number of classes (the logits' columns).</param>
    /// <param name="name">The argument's name, as in <c>nameof(classes)</c>.</param>
    public static void Classes(IReadOnlyList<int[]>? classes, int steps, int batch, int classCount, string name)
    {
        ArgumentNullException.ThrowIfNull(classes, name);
        if (classes.Count != steps)
            throw new ArgumentException($"{name} must hold {steps} step(s) (one per output) but holds {classes.Count}.", name);
        for (var t = 0; t < steps; t++)
        {
            var step = classes[t] ?? throw new ArgumentException($"{name}[{t}] is null: every time step needs its class indices.", name);
            if (step.Length != batch)
                throw new ArgumentException($"{name}[{t}] must hold {batch} class indices (one per row) but holds {step.Length}.", name);
            for (var n = 0; n < batch; n++)
                if (step[n] < 0 || step[n] >= classCount)
                    throw new ArgumentException(
                        $"{name}[{t}][{n}] is {step[n]} but must be a class index from 0 to {classCount - 1} (one per column of the logits).", name);
        }
    }

    private static void MatchesStepByStep(
        IReadOnlyList<Matrix<double>>? sequence, int steps, Func<int, (int Rows, int Columns)> shapeAt, string name, string what)
    {
        ArgumentNullException.ThrowIfNull(sequence, name);
        if (sequence.Count != steps)
            throw new ArgumentException($"{name} must hold {steps} step(s) ({what}) but holds {sequence.Count}.", name);
        for (var t = 0; t < steps; t++)
        {
            var step = StepAt(sequence, t, name);
            var (rows, columns) = shapeAt(t);
            if (step.RowCount != rows || step.ColumnCount != columns)
                throw new ArgumentException($"{name}[{t}] must be {rows}×{columns} ({what}) but is {Require.ShapeOf(step)}.", name);
            RequireFinite(step, t, name);
        }
    }

    private static Matrix<double> StepAt(IReadOnlyList<Matrix<double>> sequence, int t, string name) =>
        sequence[t] ?? throw new ArgumentException($"{name}[{t}] is null: every time step needs a matrix.", name);

    private static void RequireFinite(Matrix<double> step, int t, string name)
    {
        for (var r = 0; r < step.RowCount; r++)
            for (var c = 0; c < step.ColumnCount; c++)
                if (!double.IsFinite(step[r, c]))
                    throw new ArgumentException(
                        $"{name}[{t}] ({Require.ShapeOf(step)}) holds {step[r, c]} at row {r}, column {c}: every entry must be a finite number.", name);
    }
}
