using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab01;

/// <summary>Reference solution of chapter 1: a recurrent layer unrolled over two time steps.</summary>
public static class TwoStepRnn
{
    /// <summary><c>Y0 = tanh(X0 · Wx + b)</c>, batch × neurons.</summary>
    public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights)
    {
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which BadInputTests checks
        Require.Columns(x0, weights.Inputs, nameof(x0), "one column per input");
        Require.Finite(x0, nameof(x0));
        return Activate(x0 * weights.Wx, weights.B);
    }

    /// <summary><c>Y1 = tanh(Y0 · Wy + X1 · Wx + b)</c>, batch × neurons.</summary>
    public static Matrix<double> SecondStep(Matrix<double> y0, Matrix<double> x1, RnnWeights weights)
    {
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which BadInputTests checks
        Require.Columns(y0, weights.Neurons, nameof(y0), "one column per neuron");
        Require.Finite(y0, nameof(y0));
        Require.Shape(x1, y0.RowCount, weights.Inputs, nameof(x1));
        Require.Finite(x1, nameof(x1));
        return Activate(y0 * weights.Wy + x1 * weights.Wx, weights.B);
    }

    /// <summary>Both steps with shared weights.</summary>
    public static TwoStepOutputs Unroll(Matrix<double> x0, Matrix<double> x1, RnnWeights weights)
    {
        Require.Shape(x1, x0.RowCount, x0.ColumnCount, nameof(x1));
        var y0 = FirstStep(x0, weights);
        return new TwoStepOutputs(y0, SecondStep(y0, x1, weights));
    }

    // Adds the bias to every row (numpy's broadcasting), then applies tanh element-wise.
    private static Matrix<double> Activate(Matrix<double> preActivation, Vector<double> bias) =>
        preActivation.MapIndexed((_, column, value) => Math.Tanh(value + bias[column]));
}
