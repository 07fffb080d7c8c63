using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// What a backward pass returns: the gradient of the loss <c>J</c> with respect to every parameter of a
/// network and to the state its first step reads. A parameter's gradient has the parameter's shape, so
/// the parameter gradients are held in the network's own parameter record <see cref="Parameters"/>:
/// <c>Parameters.U</c> is <c>∂J/∂U</c>, <c>Parameters.W</c> is <c>∂J/∂W</c>, <c>Parameters.B</c> is <c>∂J/∂b</c>, and so on.
/// </summary>
/// <typeparam name="TParameters">The network's parameter record: <see cref="ElmanParameters"/>,
/// <see cref="JordanParameters"/>, <see cref="DeepTransitionParameters"/> or <see cref="DeepOutputParameters"/>.</typeparam>
public sealed record Gradients<TParameters>
    where TParameters : class
{
    /// <summary>Checks and holds the gradients.</summary>
    /// <param name="parameters"><c>∂J/∂</c> every parameter, in a parameter record of the network's shapes.</param>
    /// <param name="dh0"><c>∂J/∂h0</c>, batch × state: the gradient of the initial state <c>h(−1)</c>
    /// (for a Jordan network, of the initial output <c>o(−1)</c>).</param>
    /// <param name="dxs"><c>∂J/∂X(t)</c> for t = 0 … T−1, each batch × input: what a layer below (or an
    /// embedding) would receive. Leave it out for gradients that have no inputs to go back to, such as
    /// hand-made gradients for clipping or SGD; <see cref="DXs"/> is then empty.</param>
    /// <exception cref="ArgumentException">An entry is NaN or infinite, or the input gradients do not have
    /// one row per sequence of the batch and the same columns at every step.</exception>
    public Gradients(TParameters parameters, Matrix<double> dh0, IReadOnlyList<Matrix<double>>? dxs = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.Finite(dh0, nameof(dh0));
        dxs ??= [];
        for (var t = 0; t < dxs.Count; t++)
        {
            Require.Shape(dxs[t], dh0.RowCount, dxs[0]?.ColumnCount ?? 0, $"{nameof(dxs)}[{t}]");
            Require.Finite(dxs[t], $"{nameof(dxs)}[{t}]");
        }
        (Parameters, DH0, DXs) = (parameters, dh0, dxs.ToArray());
    }

    /// <summary><c>∂J/∂</c> every parameter, with the parameters' shapes: <c>Parameters.U</c> is <c>∂J/∂U</c>.</summary>
    public TParameters Parameters { get; }

    /// <summary><c>∂J/∂h0</c>, batch × state: how the loss depends on the state the sequence started from.</summary>
    public Matrix<double> DH0 { get; }

    /// <summary>
    /// <c>∂J/∂X(t)</c> for every step t = 0 … T−1, each batch × input (<c>δA(t)·U</c>): what a stacked layer
    /// passes down, or an encoder receives. Empty for gradients built without them.
    /// </summary>
    public IReadOnlyList<Matrix<double>> DXs { get; }
}
