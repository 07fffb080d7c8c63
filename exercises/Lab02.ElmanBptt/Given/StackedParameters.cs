using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// A stack of recurrent layers with one output layer on top (chapter 2, "Stacked recurrent layers"):
/// <c>h_l(t) = f(W_l h_l(t−1) + U_l h_(l−1)(t) + b_l)</c> with <c>h_(−1)(t) = x(t)</c> feeding the
/// bottom layer, and <c>o(t) = V h_top(t) + c</c>. Layer 0 is the bottom layer.
/// </summary>
public sealed record StackedParameters
{
    /// <summary>Checks and holds the parameters.</summary>
    /// <param name="layers">The recurrent layers, bottom (0) to top; layer l's input is layer l−1's hidden state.</param>
    /// <param name="v">Output weights, output × (top layer's hidden).</param>
    /// <param name="c">Output bias, length output.</param>
    /// <exception cref="ArgumentException">No layers, the layers' sizes do not chain, or <paramref name="v"/>
    /// does not fit the top layer.</exception>
    public StackedParameters(IReadOnlyList<LayerParameters> layers, Matrix<double> v, Vector<double> c)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0)
            throw new ArgumentException("A stack needs at least one layer.", nameof(layers));
        for (var l = 0; l < layers.Count; l++)
        {
            if (layers[l] is null)
                throw new ArgumentException($"layers[{l}] is null.", nameof(layers));
            if (l > 0 && layers[l].Inputs != layers[l - 1].Hidden)
                throw new ArgumentException(
                    $"layers[{l}].U must have {layers[l - 1].Hidden} columns (one per unit of layer {l - 1}) but has {layers[l].Inputs}.", nameof(layers));
        }
        Require.WeightColumns(v, layers[^1].Hidden, nameof(v), "one column per unit of the top layer");
        Require.Finite(v, nameof(v));
        Require.Length(c, v.RowCount, nameof(c));
        Require.Finite(c, nameof(c));
        (Layers, V, C) = (layers.ToArray(), v, c);
    }

    /// <summary>The recurrent layers, bottom (0) to top.</summary>
    public IReadOnlyList<LayerParameters> Layers { get; }

    /// <summary>Output weights, output × (top layer's hidden).</summary>
    public Matrix<double> V { get; }

    /// <summary>Output bias, length output.</summary>
    public Vector<double> C { get; }

    /// <summary>Number of recurrent layers.</summary>
    public int Depth => Layers.Count;

    /// <summary>Number of inputs per time step (the bottom layer's).</summary>
    public int Inputs => Layers[0].Inputs;

    /// <summary>Number of outputs per time step.</summary>
    public int Outputs => V.RowCount;

    /// <summary>
    /// A seeded stack with the given hidden sizes, bottom first (e.g. <c>[4, 3]</c>: two layers), normal
    /// weights and biases of standard deviation <paramref name="scale"/>.
    /// </summary>
    public static StackedParameters Seeded(int inputs, IReadOnlyList<int> hidden, int outputs, int seed = KataRandom.DefaultSeed, double scale = 0.5)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        if (hidden.Count == 0)
            throw new ArgumentException("hidden must list the size of at least one layer, bottom to top.", nameof(hidden));
        var layers = new LayerParameters[hidden.Count];
        for (var l = 0; l < hidden.Count; l++)
            layers[l] = LayerParameters.Seeded(l == 0 ? inputs : hidden[l - 1], hidden[l], seed + 10 * l, scale);
        var top = hidden.Count == 0 ? inputs : hidden[^1];
        return new(layers, SeededValues.Matrix(outputs, top, seed + 1000, scale), SeededValues.Vector(outputs, seed + 1001, scale));
    }
}
