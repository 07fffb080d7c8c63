using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// One recurrent layer's transition, <c>h(t) = f(U x(t) + W h(t−1) + b)</c>, in the lecture's layout
/// (rows = outputs, as in PyTorch's <c>weight_ih</c> / <c>weight_hh</c>). An Elman network has one;
/// a stack of recurrent layers has one per layer.
/// </summary>
public sealed record LayerParameters
{
    /// <summary>Checks and holds the layer's parameters.</summary>
    /// <param name="u">Input weights, hidden × input.</param>
    /// <param name="w">Recurrent weights, hidden × hidden.</param>
    /// <param name="b">Bias, length hidden.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public LayerParameters(Matrix<double> u, Matrix<double> w, Vector<double> b)
    {
        Require.ElmanLayer(u, w, b);
        (U, W, B) = (u, w, b);
    }

    /// <summary>Input weights, hidden × input.</summary>
    public Matrix<double> U { get; }

    /// <summary>Recurrent weights, hidden × hidden: <c>W[j, k]</c> carries unit k's previous state into unit j.</summary>
    public Matrix<double> W { get; }

    /// <summary>Bias, one entry per hidden unit.</summary>
    public Vector<double> B { get; }

    /// <summary>Number of inputs: the columns of <see cref="U"/>.</summary>
    public int Inputs => U.ColumnCount;

    /// <summary>Number of hidden units: the rows of <see cref="U"/>.</summary>
    public int Hidden => U.RowCount;

    /// <summary>
    /// The layer of a <c>torch.nn.RNN</c> (one layer, <c>nonlinearity</c> of your choice), from its four tensors
    /// in PyTorch's layout: <c>U = weight_ih_l0</c>, <c>W = weight_hh_l0</c> and, because PyTorch adds two
    /// biases where the lecture adds one, <c>b = bias_ih_l0 + bias_hh_l0</c>. The layer then computes
    /// PyTorch's numbers; the gradient of either PyTorch bias is this layer's <c>∂J/∂b</c>.
    /// </summary>
    /// <param name="weightIh"><c>weight_ih_l0</c>, hidden × input.</param>
    /// <param name="weightHh"><c>weight_hh_l0</c>, hidden × hidden.</param>
    /// <param name="biasIh"><c>bias_ih_l0</c>, length hidden.</param>
    /// <param name="biasHh"><c>bias_hh_l0</c>, length hidden.</param>
    /// <exception cref="ArgumentException">A tensor does not fit the hidden size (the rows of <paramref name="weightIh"/>),
    /// or holds NaN or infinity. The message names the tensor.</exception>
    public static LayerParameters FromPyTorch(Matrix<double> weightIh, Matrix<double> weightHh, Vector<double> biasIh, Vector<double> biasHh)
    {
        ArgumentNullException.ThrowIfNull(weightIh);
        Require.Shape(weightHh, weightIh.RowCount, weightIh.RowCount, nameof(weightHh));
        Require.Length(biasIh, weightIh.RowCount, nameof(biasIh));
        Require.Finite(biasIh, nameof(biasIh));
        Require.Length(biasHh, weightIh.RowCount, nameof(biasHh));
        Require.Finite(biasHh, nameof(biasHh));
        return new(weightIh, weightHh, biasIh + biasHh);
    }

    /// <summary>A layer with normal weights and biases of standard deviation <paramref name="scale"/>; the same seed gives the same layer.</summary>
    public static LayerParameters Seeded(int inputs, int hidden, int seed = KataRandom.DefaultSeed, double scale = 0.5)
    {
        SeededValues.RequireScale(scale);
        return new(
            SeededValues.Matrix(hidden, inputs, seed, scale),
            SeededValues.Matrix(hidden, hidden, seed + 1, scale),
            SeededValues.Vector(hidden, seed + 2, scale));
    }
}
