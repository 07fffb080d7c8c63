using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// A deep-transition RNN (DT-RNN, chapter 2, "Extension A: deep transition") with one extra layer
/// between the previous state and the next:
/// <c>z(t) = f(U x(t) + W h(t−1) + b)</c>, <c>h(t) = f(U2 z(t) + b2)</c>, <c>o(t) = V h(t) + c</c>.
/// </summary>
public sealed record DeepTransitionParameters
{
    /// <summary>Checks and holds the parameters.</summary>
    /// <param name="u">Input weights, inner × input.</param>
    /// <param name="w">Recurrent weights, inner × hidden.</param>
    /// <param name="b">Inner bias, length inner.</param>
    /// <param name="u2">Inner-to-hidden weights, hidden × inner.</param>
    /// <param name="b2">Hidden bias, length hidden.</param>
    /// <param name="v">Output weights, output × hidden.</param>
    /// <param name="c">Output bias, length output.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public DeepTransitionParameters(Matrix<double> u, Matrix<double> w, Vector<double> b,
        Matrix<double> u2, Vector<double> b2, Matrix<double> v, Vector<double> c)
    {
        Require.Finite(u, nameof(u));
        Require.WeightColumns(u2, u.RowCount, nameof(u2), "one column per inner unit");
        Require.Finite(u2, nameof(u2));
        Require.Shape(w, u.RowCount, u2.RowCount, nameof(w));
        Require.Finite(w, nameof(w));
        Require.Length(b, u.RowCount, nameof(b));
        Require.Finite(b, nameof(b));
        Require.Length(b2, u2.RowCount, nameof(b2));
        Require.Finite(b2, nameof(b2));
        Require.WeightColumns(v, u2.RowCount, nameof(v), "one column per hidden unit");
        Require.Finite(v, nameof(v));
        Require.Length(c, v.RowCount, nameof(c));
        Require.Finite(c, nameof(c));
        (U, W, B, U2, B2, V, C) = (u, w, b, u2, b2, v, c);
    }

    /// <summary>Input weights, inner × input.</summary>
    public Matrix<double> U { get; }

    /// <summary>Recurrent weights, inner × hidden.</summary>
    public Matrix<double> W { get; }

    /// <summary>Inner bias, length inner.</summary>
    public Vector<double> B { get; }

    /// <summary>Inner-to-hidden weights, hidden × inner.</summary>
    public Matrix<double> U2 { get; }

    /// <summary>Hidden bias, length hidden.</summary>
    public Vector<double> B2 { get; }

    /// <summary>Output weights, output × hidden.</summary>
    public Matrix<double> V { get; }

    /// <summary>Output bias, length output.</summary>
    public Vector<double> C { get; }

    /// <summary>Number of inputs per time step.</summary>
    public int Inputs => U.ColumnCount;

    /// <summary>Number of inner units (the extra transition layer).</summary>
    public int Inner => U.RowCount;

    /// <summary>Number of hidden units (the state carried between steps).</summary>
    public int Hidden => U2.RowCount;

    /// <summary>Number of outputs per time step.</summary>
    public int Outputs => V.RowCount;

    /// <summary>Normal parameters with standard deviation <paramref name="scale"/>; the same seed gives the same parameters.</summary>
    public static DeepTransitionParameters Seeded(int inputs, int inner, int hidden, int outputs, int seed = KataRandom.DefaultSeed, double scale = 0.5)
    {
        SeededValues.RequireScale(scale);
        return new(
            SeededValues.Matrix(inner, inputs, seed, scale),
            SeededValues.Matrix(inner, hidden, seed + 1, scale),
            SeededValues.Vector(inner, seed + 2, scale),
            SeededValues.Matrix(hidden, inner, seed + 3, scale),
            SeededValues.Vector(hidden, seed + 4, scale),
            SeededValues.Matrix(outputs, hidden, seed + 5, scale),
            SeededValues.Vector(outputs, seed + 6, scale));
    }
}
