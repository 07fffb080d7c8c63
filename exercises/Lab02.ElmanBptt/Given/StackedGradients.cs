using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradient of the loss with respect to every parameter of a stack of recurrent layers and to
/// every layer's initial state: <see cref="Gradients{TParameters}"/> with one initial state per layer.
/// </summary>
public sealed record StackedGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="parameters"><c>∂J/∂</c> every parameter, in a stack of the same shapes: <c>Parameters.Layers[l].U</c> is
    /// <c>∂J/∂U_l</c>, <c>Parameters.V</c> is <c>∂J/∂V</c>.</param>
    /// <param name="dh0"><c>∂J/∂h_l(−1)</c> for every layer l, bottom (0) to top, each batch × (layer l's hidden).</param>
    /// <exception cref="ArgumentException">Not one initial-state gradient per layer, one has the wrong
    /// number of columns, or an entry is NaN or infinite.</exception>
    public StackedGradients(StackedParameters parameters, IReadOnlyList<Matrix<double>> dh0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(dh0);
        if (dh0.Count != parameters.Depth)
            throw new ArgumentException($"dh0 must hold one matrix per layer ({parameters.Depth}) but holds {dh0.Count}.", nameof(dh0));
        for (var l = 0; l < parameters.Depth; l++)
        {
            Require.Columns(dh0[l], parameters.Layers[l].Hidden, nameof(dh0), $"one column per unit of layer {l}");
            Require.Finite(dh0[l], nameof(dh0));
        }
        (Parameters, DH0) = (parameters, dh0.ToArray());
    }

    /// <summary><c>∂J/∂</c> every parameter, with the stack's shapes.</summary>
    public StackedParameters Parameters { get; }

    /// <summary><c>∂J/∂h_l(−1)</c> for every layer l, bottom (0) to top.</summary>
    public IReadOnlyList<Matrix<double>> DH0 { get; }
}
