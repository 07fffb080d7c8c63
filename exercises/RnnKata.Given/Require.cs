using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given;

/// <summary>
/// Input checks that throw an <see cref="ArgumentException"/> naming the argument and the shape it
/// should have. Call them first thing in your methods: a clear error beats a wrong number.
/// </summary>
public static class Require
{
    /// <summary>Checks that <paramref name="matrix"/> is exactly rows × columns.</summary>
    /// <param name="matrix">The matrix to check.</param>
    /// <param name="rows">Expected number of rows.</param>
    /// <param name="columns">Expected number of columns.</param>
    /// <param name="name">The argument's name, as in <c>nameof(x1)</c>.</param>
    public static void Shape(Matrix<double>? matrix, int rows, int columns, string name)
    {
        NotNull(matrix, name);
        if (matrix.RowCount != rows || matrix.ColumnCount != columns)
            throw new ArgumentException(
                $"{name} must be {rows}×{columns} but is {ShapeOf(matrix)}.", name);
    }

    /// <summary>Checks that <paramref name="matrix"/> has <paramref name="columns"/> columns (any number of rows).</summary>
    /// <param name="matrix">The matrix to check.</param>
    /// <param name="columns">Expected number of columns.</param>
    /// <param name="name">The argument's name, as in <c>nameof(x0)</c>.</param>
    /// <param name="meaning">What a column stands for, e.g. "one column per input".</param>
    public static void Columns(Matrix<double>? matrix, int columns, string name, string meaning)
    {
        NotNull(matrix, name);
        if (matrix.ColumnCount != columns)
            throw new ArgumentException(
                $"{name} must be batch×{columns} ({meaning}) but is {ShapeOf(matrix)}.", name);
    }

    /// <summary>
    /// Checks that the weight matrix <paramref name="matrix"/> has <paramref name="columns"/> columns, whatever
    /// its number of rows (use <see cref="Columns"/> for a batch, whose rows are instances).
    /// </summary>
    /// <param name="matrix">The weight matrix to check.</param>
    /// <param name="columns">The number of columns it must have.</param>
    /// <param name="name">The argument's name, for the message.</param>
    /// <param name="meaning">What a column is, e.g. "one column per hidden unit".</param>
    /// <exception cref="ArgumentException">The matrix is null or has another number of columns.</exception>
    public static void WeightColumns(Matrix<double>? matrix, int columns, string name, string meaning)
    {
        NotNull(matrix, name);
        if (matrix.ColumnCount != columns)
            throw new ArgumentException(
                $"{name} must have {columns} column{(columns == 1 ? "" : "s")} ({meaning}) but is {ShapeOf(matrix)}.", name);
    }

    /// <summary>Checks that <paramref name="vector"/> has <paramref name="length"/> entries.</summary>
    public static void Length(Vector<double>? vector, int length, string name)
    {
        ArgumentNullException.ThrowIfNull(vector, name);
        if (vector.Count != length)
            throw new ArgumentException($"{name} must have length {length} but has length {vector.Count}.", name);
    }

    /// <summary>Checks that every entry is a finite number (no NaN, no infinity).</summary>
    public static void Finite([System.Diagnostics.CodeAnalysis.NotNull] Matrix<double>? matrix, string name)
    {
        NotNull(matrix, name);
        for (var r = 0; r < matrix.RowCount; r++)
            for (var c = 0; c < matrix.ColumnCount; c++)
                if (!double.IsFinite(matrix[r, c]))
                    throw new ArgumentException(
                        $"{name} ({ShapeOf(matrix)}) holds {matrix[r, c]} at row {r}, column {c}: every entry must be a finite number.", name);
    }

    /// <summary>Checks that every entry is a finite number (no NaN, no infinity).</summary>
    public static void Finite(Vector<double>? vector, string name)
    {
        ArgumentNullException.ThrowIfNull(vector, name);
        for (var i = 0; i < vector.Count; i++)
            if (!double.IsFinite(vector[i]))
                throw new ArgumentException(
                    $"{name} (length {vector.Count}) holds {vector[i]} at index {i}: every entry must be a finite number.", name);
    }

    /// <summary>
    /// Checks an Elman layer's parameters in the lecture's layout, rows = hidden units: <paramref name="u"/>
    /// hidden × input, <paramref name="w"/> hidden × hidden, <paramref name="b"/> of length hidden, every entry finite.
    /// </summary>
    public static void ElmanLayer(Matrix<double>? u, Matrix<double>? w, Vector<double>? b)
    {
        Finite(u, nameof(u));
        Shape(w, u.RowCount, u.RowCount, nameof(w));
        Finite(w, nameof(w));
        Length(b, u.RowCount, nameof(b));
        Finite(b, nameof(b));
    }

    /// <summary>A matrix's shape as the kata writes it, e.g. <c>4×3</c>.</summary>
    public static string ShapeOf(Matrix<double> matrix) => $"{matrix.RowCount}×{matrix.ColumnCount}";

    private static void NotNull([System.Diagnostics.CodeAnalysis.NotNull] Matrix<double>? matrix, string name) =>
        ArgumentNullException.ThrowIfNull(matrix, name);
}
