using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>Reference solution of Task 1: activations and their derivatives from the output.</summary>
public static class Activations
{
    /// <summary><c>h = f(a)</c>, entry by entry.</summary>
    public static Matrix<double> Apply(Activation activation, Matrix<double> a)
    {
        Require.Finite(a, nameof(a));
        return activation switch
        {
            Activation.Tanh => a.Map(Math.Tanh),
            Activation.Relu => a.Map(value => Math.Max(0.0, value)),
            Activation.Identity => a.Clone(),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
        };
    }

    /// <summary><c>f′(a)</c> from <c>h = f(a)</c>: tanh′ = 1 − h², relu′ = [h &gt; 0], identity′ = 1.</summary>
    public static Matrix<double> DerivativeFromOutput(Activation activation, Matrix<double> h)
    {
        Require.Finite(h, nameof(h));
        return activation switch
        {
            Activation.Tanh => h.Map(value => 1.0 - value * value),
            Activation.Relu => h.Map(value => value > 0 ? 1.0 : 0.0),
            Activation.Identity => Matrix<double>.Build.Dense(h.RowCount, h.ColumnCount, 1.0),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
        };
    }
}
