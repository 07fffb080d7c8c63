using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradient of the loss with respect to every parameter of a stack of recurrent layers, and to
/// every layer's initial state.
/// </summary>
public sealed record StackedGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="layers">Each layer's <c>∂J/∂U_l</c>, <c>∂J/∂W_l</c>, <c>∂J/∂b_l</c>, bottom (0) to top.</param>
    /// <param name="dv"><c>∂J/∂V</c>, output × (top layer's hidden).</param>
    /// <param name="dc"><c>∂J/∂c</c>, length output.</param>
    /// <param name="dh0"><c>∂J/∂h_l(−1)</c> for every layer l, each batch × (layer l's hidden).</param>
    /// <exception cref="ArgumentException">The counts or shapes do not fit together, or the layers do not chain
    /// (layer l's <c>∂J/∂U</c> must have one column per unit of layer l − 1).</exception>
    public StackedGradients(IReadOnlyList<LayerGradients> layers, Matrix<double> dv, Vector<double> dc, IReadOnlyList<Matrix<double>> dh0)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(dh0);
        if (layers.Count == 0 || layers.Any(layer => layer is null))
            throw new ArgumentException("layers must hold one (non-null) gradient per layer.", nameof(layers));
        for (var l = 1; l < layers.Count; l++)
        {
            if (layers[l].DU.ColumnCount != layers[l - 1].DU.RowCount)
                throw new ArgumentException(
                    $"layers[{l}].DU must have {layers[l - 1].DU.RowCount} columns (one per unit of layer {l - 1}) but has {layers[l].DU.ColumnCount}: " +
                    "the layers' gradients do not chain.", nameof(layers));
        }
        if (dh0.Count != layers.Count)
            throw new ArgumentException($"dh0 must hold one matrix per layer ({layers.Count}) but holds {dh0.Count}.", nameof(dh0));
        for (var l = 0; l < layers.Count; l++)
        {
            Require.Columns(dh0[l], layers[l].DU.RowCount, nameof(dh0), $"one column per unit of layer {l}");
            Require.Finite(dh0[l], nameof(dh0));
        }
        Require.WeightColumns(dv, layers[^1].DU.RowCount, nameof(dv), "one column per unit of the top layer");
        Require.Finite(dv, nameof(dv));
        Require.Length(dc, dv.RowCount, nameof(dc));
        Require.Finite(dc, nameof(dc));
        (Layers, DV, DC, DH0) = (layers.ToArray(), dv, dc, dh0.ToArray());
    }

    /// <summary>Each layer's gradients, bottom (0) to top.</summary>
    public IReadOnlyList<LayerGradients> Layers { get; }

    /// <summary><c>∂J/∂V</c>, output × (top layer's hidden).</summary>
    public Matrix<double> DV { get; }

    /// <summary><c>∂J/∂c</c>, length output.</summary>
    public Vector<double> DC { get; }

    /// <summary><c>∂J/∂h_l(−1)</c> for every layer l, bottom (0) to top.</summary>
    public IReadOnlyList<Matrix<double>> DH0 { get; }
}
