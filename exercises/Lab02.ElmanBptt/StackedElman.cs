using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// A stack of recurrent layers (chapter 2, Tasks 14 and 15). Layer 0 reads the inputs, layer l reads
/// layer l−1's hidden state at the same step, and the output layer reads the top layer:
/// <c>H_l(t) = f(H_(l−1)(t)·U_lᵀ + H_l(t−1)·W_lᵀ + 1·b_lᵀ)</c> with <c>H_(−1)(t) = X(t)</c>, and
/// <c>O(t) = H_top(t)·Vᵀ + 1·cᵀ</c>.
/// </summary>
public static class StackedElman
{
    /// <summary>Runs every layer over the whole sequence, bottom layer first, and keeps every state.</summary>
    /// <param name="xs">The inputs, each batch × input, T ≥ 1.</param>
    /// <param name="h0">Each layer's initial state, bottom (0) to top, each batch × (that layer's hidden).</param>
    /// <param name="parameters">The layers and the output layer.</param>
    /// <param name="activation">The activation of every layer.</param>
    /// <param name="mode">Where the top layer produces outputs.</param>
    /// <returns>A <see cref="StackedTrace"/>: <c>Hidden[l][t]</c> for every layer and step, and the outputs.</returns>
    /// <exception cref="ArgumentException"><paramref name="xs"/> is empty or ragged, <paramref name="h0"/> does not hold
    /// one batch × hidden matrix per layer, or they hold NaN or infinity. The message names the argument; for an
    /// <c>h0[l]</c> of the wrong shape it gives the shape it should have and the shape it has, or <c>null</c> when the
    /// entry is missing.</exception>
    /// <remarks>Hint: layer by layer, each layer is Task 4's loop with <see cref="ElmanNetwork.Step"/>; its input
    /// sequence is the layer below's states. (Step by step, each step through all layers, gives the same numbers.)
    /// Check each <c>h0[l]</c> yourself: the message should name <c>h0</c> and the shape, e.g. "h0[1] must be 4×2 …";
    /// <see cref="Require.ShapeOf"/> prints a shape.</remarks>
    public static StackedTrace Forward(IReadOnlyList<Matrix<double>> xs, IReadOnlyList<Matrix<double>> h0, StackedParameters parameters,
        Activation activation, SequenceMode mode = SequenceMode.ManyToMany) =>
        throw new NotImplementedException("Implement StackedElman.Forward — see docs/02-elman-bptt.md#task-14-stacked-layers-forward");

    /// <summary>
    /// BPTT through the stack. Handle the top layer first: its <c>δH</c> gets <c>δO(t)·V</c> from the output
    /// layer. Each layer's <c>δA_l(t)</c> then sends <c>δA_l(t)·U_l</c> down to the layer below at the same
    /// step, in addition to what that layer receives from its own next step:
    /// <code>
    /// δH_l(t) = (from above at step t) + δA_l(t+1)·W_l
    /// δA_l(t) = δH_l(t) ⊙ f′(H_l(t))
    /// dU_l += δA_l(t)ᵀ·H_(l−1)(t)   dW_l += δA_l(t)ᵀ·H_l(t−1)   dB_l += column sums of δA_l(t)
    /// DH0_l = δA_l(0)·W_l
    /// </code>
    /// </summary>
    /// <param name="trace">What <see cref="Forward"/> returned.</param>
    /// <param name="dOutputs"><c>∂J/∂O(t)</c>, one per output of the trace.</param>
    /// <param name="parameters">The parameters the forward pass used.</param>
    /// <returns>The gradients: <c>Parameters</c>, a <see cref="StackedParameters"/> in the stack's shapes (each layer's, and
    /// <c>V</c>'s and <c>c</c>'s), and each layer's <c>DH0</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not fit the trace's outputs; the message names <c>dOutputs</c>.</exception>
    /// <remarks>Hint: loop over layers from the top down (<c>for (int l = L - 1; l &gt;= 0; l--)</c>) and, inside,
    /// over time from T−1 down. Keep each layer's <c>δA_l(t)</c> for all t: the layer below needs them.</remarks>
    public static StackedGradients Backward(StackedTrace trace, IReadOnlyList<Matrix<double>> dOutputs, StackedParameters parameters) =>
        throw new NotImplementedException("Implement StackedElman.Backward — see docs/02-elman-bptt.md#task-15-stacked-layers-backward");
}
