using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab01;

/// <summary>
/// The parameters of one recurrent layer, shared by every time step (chapter 1, "The layer").
/// </summary>
public sealed record RnnWeights
{
    /// <summary>Checks and holds the weights.</summary>
    /// <param name="wx">Input weights, inputs × neurons (3 × 5 in the lab).</param>
    /// <param name="wy">Recurrent weights from the previous step's outputs, neurons × neurons (5 × 5).</param>
    /// <param name="b">Bias, one value per neuron (length 5). The lab's numpy writes it as a 1 × 5 row
    /// that is added to every row of the batch.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or a weight is NaN or infinite.</exception>
    public RnnWeights(Matrix<double> wx, Matrix<double> wy, Vector<double> b)
    {
        Require.Finite(wx, nameof(wx));
        Require.Shape(wy, wx.ColumnCount, wx.ColumnCount, nameof(wy));
        Require.Finite(wy, nameof(wy));
        Require.Length(b, wx.ColumnCount, nameof(b));
        Require.Finite(b, nameof(b));
        (Wx, Wy, B) = (wx, wy, b);
    }

    /// <summary>Input weights, inputs × neurons.</summary>
    public Matrix<double> Wx { get; }

    /// <summary>Recurrent weights, neurons × neurons.</summary>
    public Matrix<double> Wy { get; }

    /// <summary>Bias, one value per neuron.</summary>
    public Vector<double> B { get; }

    /// <summary>Number of inputs per instance: the rows of <see cref="Wx"/>.</summary>
    public int Inputs => Wx.RowCount;

    /// <summary>Number of recurrent neurons: the columns of <see cref="Wx"/>.</summary>
    public int Neurons => Wx.ColumnCount;

    /// <summary>
    /// The lab's weights: <c>Wx</c> and <c>Wy</c> drawn from a standard normal distribution with a
    /// fixed seed, and a zero bias, like the original notebook's <c>tf.random_normal</c> and
    /// <c>tf.zeros</c>. The same seed always gives the same weights.
    /// </summary>
    public static RnnWeights Seeded(int inputs = 3, int neurons = 5, int seed = KataRandom.DefaultSeed) => new(
        KataRandom.Normal(inputs, neurons, seed),
        KataRandom.Normal(neurons, neurons, seed + 1),
        Vector<double>.Build.Dense(neurons));
}
