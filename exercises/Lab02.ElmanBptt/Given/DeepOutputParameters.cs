using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// A deep-output RNN (DO-RNN, chapter 2, "Extension B: deep output"): an Elman transition with one
/// extra layer between the hidden state and the output:
/// <c>h(t) = f(U x(t) + W h(t−1) + b)</c>, <c>z(t) = f(V h(t) + c)</c>, <c>o(t) = V2 z(t) + c2</c>.
/// </summary>
public sealed record DeepOutputParameters
{
    /// <summary>Checks and holds the parameters.</summary>
    /// <param name="u">Input weights, hidden × input.</param>
    /// <param name="w">Recurrent weights, hidden × hidden.</param>
    /// <param name="b">Hidden bias, length hidden.</param>
    /// <param name="v">Hidden-to-inner weights, inner × hidden.</param>
    /// <param name="c">Inner bias, length inner.</param>
    /// <param name="v2">Output weights, output × inner.</param>
    /// <param name="c2">Output bias, length output.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public DeepOutputParameters(Matrix<double> u, Matrix<double> w, Vector<double> b,
        Matrix<double> v, Vector<double> c, Matrix<double> v2, Vector<double> c2)
    {
        Layer = new LayerParameters(u, w, b);
        Require.WeightColumns(v, u.RowCount, nameof(v), "one column per hidden unit");
        Require.Finite(v, nameof(v));
        Require.Length(c, v.RowCount, nameof(c));
        Require.Finite(c, nameof(c));
        Require.WeightColumns(v2, v.RowCount, nameof(v2), "one column per inner unit");
        Require.Finite(v2, nameof(v2));
        Require.Length(c2, v2.RowCount, nameof(c2));
        Require.Finite(c2, nameof(c2));
        (V, C, V2, C2) = (v, c, v2, c2);
    }

    /// <summary>Input weights, hidden × input.</summary>
    public Matrix<double> U => Layer.U;

    /// <summary>Recurrent weights, hidden × hidden.</summary>
    public Matrix<double> W => Layer.W;

    /// <summary>Hidden bias, length hidden.</summary>
    public Vector<double> B => Layer.B;

    /// <summary>Hidden-to-inner weights, inner × hidden.</summary>
    public Matrix<double> V { get; }

    /// <summary>Inner bias, length inner.</summary>
    public Vector<double> C { get; }

    /// <summary>Output weights, output × inner.</summary>
    public Matrix<double> V2 { get; }

    /// <summary>Output bias, length output.</summary>
    public Vector<double> C2 { get; }

    /// <summary>The hidden transition <c>(U, W, b)</c>, the same matrices (not copies).</summary>
    public LayerParameters Layer { get; }

    /// <summary>Number of inputs per time step.</summary>
    public int Inputs => U.ColumnCount;

    /// <summary>Number of hidden units.</summary>
    public int Hidden => U.RowCount;

    /// <summary>Number of inner units (the extra output layer).</summary>
    public int Inner => V.RowCount;

    /// <summary>Number of outputs per time step.</summary>
    public int Outputs => V2.RowCount;

    /// <summary>Normal parameters with standard deviation <paramref name="scale"/>; the same seed gives the same parameters.</summary>
    public static DeepOutputParameters Seeded(int inputs, int hidden, int inner, int outputs, int seed = KataRandom.DefaultSeed, double scale = 0.5)
    {
        var layer = LayerParameters.Seeded(inputs, hidden, seed, scale);
        return new(layer.U, layer.W, layer.B,
            SeededValues.Matrix(inner, hidden, seed + 3, scale),
            SeededValues.Vector(inner, seed + 4, scale),
            SeededValues.Matrix(outputs, inner, seed + 5, scale),
            SeededValues.Vector(outputs, seed + 6, scale));
    }
}
