using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The parameters of an Elman network, shared by every time step (chapter 2, "The Elman network"):
/// <c>a(t) = U x(t) + W h(t−1) + b</c>, <c>h(t) = f(a(t))</c>, <c>o(t) = V h(t) + c</c>.
/// The matrices are in the lecture's layout, rows = outputs (PyTorch's layout too).
/// </summary>
public sealed record ElmanParameters
{
    /// <summary>Checks and holds the parameters.</summary>
    /// <param name="u">Input weights, hidden × input.</param>
    /// <param name="w">Recurrent weights, hidden × hidden.</param>
    /// <param name="b">Hidden bias, length hidden.</param>
    /// <param name="v">Output weights, output × hidden.</param>
    /// <param name="c">Output bias, length output.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public ElmanParameters(Matrix<double> u, Matrix<double> w, Vector<double> b, Matrix<double> v, Vector<double> c)
    {
        Layer = new LayerParameters(u, w, b);
        Require.WeightColumns(v, u.RowCount, nameof(v), "one column per hidden unit");
        Require.Finite(v, nameof(v));
        Require.Length(c, v.RowCount, nameof(c));
        Require.Finite(c, nameof(c));
        (V, C) = (v, c);
    }

    /// <summary>
    /// An Elman network from its hidden layer and its output layer, e.g. PyTorch's: a one-layer
    /// <c>torch.nn.RNN</c> (<see cref="LayerParameters.FromPyTorch"/>) followed by a <c>torch.nn.Linear</c>
    /// on the hidden state (<c>V = weight</c>, <c>c = bias</c>).
    /// </summary>
    /// <param name="layer">The hidden transition <c>(U, W, b)</c>.</param>
    /// <param name="v">Output weights, output × hidden.</param>
    /// <param name="c">Output bias, length output.</param>
    /// <exception cref="ArgumentException"><paramref name="v"/> or <paramref name="c"/> does not fit the layer, or holds NaN or infinity.</exception>
    public ElmanParameters(LayerParameters layer, Matrix<double> v, Vector<double> c)
        : this((layer ?? throw new ArgumentNullException(nameof(layer))).U, layer.W, layer.B, v, c)
    {
    }

    /// <summary>Input weights, hidden × input.</summary>
    public Matrix<double> U => Layer.U;

    /// <summary>Recurrent weights, hidden × hidden.</summary>
    public Matrix<double> W => Layer.W;

    /// <summary>Hidden bias, length hidden.</summary>
    public Vector<double> B => Layer.B;

    /// <summary>Output weights, output × hidden.</summary>
    public Matrix<double> V { get; }

    /// <summary>Output bias, length output.</summary>
    public Vector<double> C { get; }

    /// <summary>The hidden transition <c>(U, W, b)</c> alone, the same matrices (not copies).</summary>
    public LayerParameters Layer { get; }

    /// <summary>Number of inputs per time step.</summary>
    public int Inputs => U.ColumnCount;

    /// <summary>Number of hidden units.</summary>
    public int Hidden => U.RowCount;

    /// <summary>Number of outputs per time step.</summary>
    public int Outputs => V.RowCount;

    /// <summary>
    /// Parameters drawn from a normal distribution with standard deviation <paramref name="scale"/>
    /// (biases too, so that every gradient is exercised). The same seed gives the same parameters.
    /// </summary>
    public static ElmanParameters Seeded(int inputs, int hidden, int outputs, int seed = KataRandom.DefaultSeed, double scale = 0.5) =>
        new(LayerParameters.Seeded(inputs, hidden, seed, scale),
            SeededValues.Matrix(outputs, hidden, seed + 3, scale),
            SeededValues.Vector(outputs, seed + 4, scale));

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> named <paramref name="name"/> unless these gradients
    /// (<c>∂J/∂</c> every parameter) have the shapes of <paramref name="parameters"/> and hold no NaN or infinity.
    /// </summary>
    /// <param name="parameters">The parameters these gradients are meant for.</param>
    /// <param name="name">The argument's name for the exception, as in <c>nameof(gradients)</c>.</param>
    public void RequireShapesOf(ElmanParameters parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // The constructor made the shapes fit each other, so U and V settle them all.
        foreach (var (gradient, like, what) in new[] { (U, parameters.U, "U"), (V, parameters.V, "V") })
        {
            if (gradient.RowCount != like.RowCount || gradient.ColumnCount != like.ColumnCount)
                throw new ArgumentException(
                    $"{name}.Parameters.{what} must be {Require.ShapeOf(like)}, the shape of {what}, but is {Require.ShapeOf(gradient)}.", name);
        }
        foreach (var matrix in new[] { U, W, V })
            Require.Finite(matrix, name);
        Require.Finite(B, name);
        Require.Finite(C, name);
    }
}
