using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// Gradients of a loss with respect to a cell's parameters: the same shapes and names as
/// <see cref="GateParameters"/>, with a <c>D</c> in front.
/// </summary>
/// <param name="DWeightIh">∂L/∂W_ih, G·H × I.</param>
/// <param name="DWeightHh">∂L/∂W_hh, G·H × H.</param>
/// <param name="DBiasIh">∂L/∂b_ih, length G·H.</param>
/// <param name="DBiasHh">∂L/∂b_hh, length G·H.</param>
public sealed record ParameterGradients(
    Matrix<double> DWeightIh, Matrix<double> DWeightHh, Vector<double> DBiasIh, Vector<double> DBiasHh)
{
    /// <summary>All-zero gradients shaped like <paramref name="parameters"/>: the start of a sum over time steps.</summary>
    public static ParameterGradients Zeros(GateParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var rows = parameters.WeightIh.RowCount;
        return new ParameterGradients(
            Matrix<double>.Build.Dense(rows, parameters.InputSize),
            Matrix<double>.Build.Dense(rows, parameters.HiddenSize),
            Vector<double>.Build.Dense(rows),
            Vector<double>.Build.Dense(rows));
    }

    /// <summary>Entry-by-entry sum, so that a backward pass through time can write <c>total += step.Parameters</c>.</summary>
    /// <exception cref="ArgumentException">The two gradients have different shapes.</exception>
    public static ParameterGradients operator +(ParameterGradients left, ParameterGradients right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        Require.Shape(right.DWeightIh, left.DWeightIh.RowCount, left.DWeightIh.ColumnCount, nameof(right));
        Require.Shape(right.DWeightHh, left.DWeightHh.RowCount, left.DWeightHh.ColumnCount, nameof(right));
        return new ParameterGradients(
            left.DWeightIh + right.DWeightIh,
            left.DWeightHh + right.DWeightHh,
            left.DBiasIh + right.DBiasIh,
            left.DBiasHh + right.DBiasHh);
    }
}
