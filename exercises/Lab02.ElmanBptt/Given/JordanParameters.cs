using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The parameters of a Jordan network, which feeds back the previous <em>output</em> instead of the
/// previous hidden state (chapter 2, "The Jordan network"):
/// <c>h(t) = f(U x(t) + W o(t−1) + b)</c>, <c>o(t) = V h(t) + c</c>.
/// </summary>
public sealed record JordanParameters
{
    /// <summary>Checks and holds the parameters.</summary>
    /// <param name="u">Input weights, hidden × input.</param>
    /// <param name="w">Feedback weights from the previous output, hidden × <em>output</em>.</param>
    /// <param name="b">Hidden bias, length hidden.</param>
    /// <param name="v">Output weights, output × hidden.</param>
    /// <param name="c">Output bias, length output.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public JordanParameters(Matrix<double> u, Matrix<double> w, Vector<double> b, Matrix<double> v, Vector<double> c)
    {
        Require.Finite(u, nameof(u));
        Require.WeightColumns(v, u.RowCount, nameof(v), "one column per hidden unit");
        Require.Finite(v, nameof(v));
        Require.Shape(w, u.RowCount, v.RowCount, nameof(w));
        Require.Finite(w, nameof(w));
        Require.Length(b, u.RowCount, nameof(b));
        Require.Finite(b, nameof(b));
        Require.Length(c, v.RowCount, nameof(c));
        Require.Finite(c, nameof(c));
        (U, W, B, V, C) = (u, w, b, v, c);
    }

    /// <summary>Input weights, hidden × input.</summary>
    public Matrix<double> U { get; }

    /// <summary>Feedback weights, hidden × output: <c>W[j, k]</c> carries output k of the previous step into unit j.</summary>
    public Matrix<double> W { get; }

    /// <summary>Hidden bias, length hidden.</summary>
    public Vector<double> B { get; }

    /// <summary>Output weights, output × hidden.</summary>
    public Matrix<double> V { get; }

    /// <summary>Output bias, length output.</summary>
    public Vector<double> C { get; }

    /// <summary>Number of inputs per time step.</summary>
    public int Inputs => U.ColumnCount;

    /// <summary>Number of hidden units.</summary>
    public int Hidden => U.RowCount;

    /// <summary>Number of outputs per time step.</summary>
    public int Outputs => V.RowCount;

    /// <summary>Normal parameters with standard deviation <paramref name="scale"/>; the same seed gives the same parameters.</summary>
    public static JordanParameters Seeded(int inputs, int hidden, int outputs, int seed = KataRandom.DefaultSeed, double scale = 0.5)
    {
        SeededValues.RequireScale(scale);
        return new(
            SeededValues.Matrix(hidden, inputs, seed, scale),
            SeededValues.Matrix(hidden, outputs, seed + 1, scale),
            SeededValues.Vector(hidden, seed + 3, scale),
            SeededValues.Matrix(outputs, hidden, seed + 2, scale),
            SeededValues.Vector(outputs, seed + 4, scale));
    }
}
