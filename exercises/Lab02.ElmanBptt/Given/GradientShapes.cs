using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Shape checks shared by the gradient records: a gradient has its parameter's shape.</summary>
internal static class GradientShapes
{
    /// <summary>Throws unless <paramref name="gradient"/> has the shape of <paramref name="like"/>.</summary>
    public static void Same(Matrix<double> gradient, Matrix<double> like, string argument, string gradientName, string likeName)
    {
        ArgumentNullException.ThrowIfNull(gradient, argument);
        if (gradient.RowCount != like.RowCount || gradient.ColumnCount != like.ColumnCount)
            throw new ArgumentException(
                $"{gradientName} must be {Require.ShapeOf(like)}, the shape of {likeName}, but is {Require.ShapeOf(gradient)}.", argument);
        Require.Finite(gradient, argument);
    }

    /// <summary>Throws unless <paramref name="gradient"/> has the length of <paramref name="like"/>.</summary>
    public static void Same(Vector<double> gradient, Vector<double> like, string argument, string gradientName, string likeName)
    {
        ArgumentNullException.ThrowIfNull(gradient, argument);
        if (gradient.Count != like.Count)
            throw new ArgumentException(
                $"{gradientName} must have length {like.Count}, the length of {likeName}, but has length {gradient.Count}.", argument);
        Require.Finite(gradient, argument);
    }
}
