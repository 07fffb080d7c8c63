using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>Reference solution of Tasks 1–2: the affine map in PyTorch's layout, <c>Y = X·Wᵀ + 1·bᵀ</c>.</summary>
public static class Linear
{
    /// <summary><c>Y = X·Wᵀ + 1·bᵀ</c>, batch × out.</summary>
    public static Matrix<double> Forward(Matrix<double> x, Matrix<double> weight, Vector<double> bias)
    {
        ArgumentNullException.ThrowIfNull(weight);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which BadInputTests checks
        Require.Columns(x, weight.ColumnCount, nameof(x), "one column per column of weight");
        Require.Finite(x, nameof(x));
        Require.Length(bias, weight.RowCount, nameof(bias));
        return x.TransposeAndMultiply(weight).MapIndexed((_, column, value) => value + bias[column]);
    }

    /// <summary>∂L/∂X = dY·W, ∂L/∂W = dYᵀ·X, ∂L/∂b = the column sums of dY.</summary>
    public static LinearGradients Backward(Matrix<double> dy, Matrix<double> x, Matrix<double> weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which BadInputTests checks
        Require.Columns(x, weight.ColumnCount, nameof(x), "one column per column of weight");
        Require.Shape(dy, x.RowCount, weight.RowCount, nameof(dy));
        Require.Finite(dy, nameof(dy));
        return new LinearGradients(dy * weight, dy.TransposeThisAndMultiply(x), dy.ColumnSums());
    }
}
