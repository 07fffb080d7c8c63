using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// Optional extension A (chapter 2): a deep-transition RNN, with an extra layer between one state and
/// the next. With batch rows: <c>Z(t) = f(X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)</c>,
/// <c>H(t) = f(Z(t)·U2ᵀ + 1·b2ᵀ)</c>, <c>O(t) = H(t)·Vᵀ + 1·cᵀ</c>, many-to-many.
/// </summary>
public static class DeepTransitionNetwork
{
    /// <summary>Runs the network over a sequence from <c>H(−1) = h0</c>, keeping <c>Z(t)</c>, <c>H(t)</c> and <c>O(t)</c>.</summary>
    /// <param name="xs">The inputs, each batch × input, T ≥ 1.</param>
    /// <param name="h0">The initial hidden state, batch × hidden.</param>
    /// <param name="parameters">The parameters; <c>W</c> is inner × hidden.</param>
    /// <param name="activation">The activation of both transition layers.</param>
    /// <returns>A <see cref="SequenceTrace"/> whose <c>Inner</c> holds <c>Z(t)</c>.</returns>
    /// <exception cref="ArgumentException">Bad shapes or NaN in <paramref name="xs"/> or <paramref name="h0"/>; the message names the argument.</exception>
    /// <remarks>Hint: the state carried from step to step is <c>H</c>, not <c>Z</c>. Check the arguments as in
    /// Task 4, with <see cref="RequireSequence.Steps"/> and <see cref="Require.Shape"/>.</remarks>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, DeepTransitionParameters parameters, Activation activation) =>
        throw new NotImplementedException("Implement DeepTransitionNetwork.Forward — see docs/02-elman-bptt.md#extension-a-deep-transition");

    /// <summary>
    /// BPTT for the deep-transition RNN: within each step, go back through both transition layers
    /// (<c>H</c> to <c>Z</c> through <c>U2</c>, <c>Z</c> to <c>H(t−1)</c> and <c>X(t)</c> through <c>W</c> and <c>U</c>).
    /// </summary>
    /// <param name="trace">What <see cref="Forward"/> returned.</param>
    /// <param name="dOutputs"><c>∂J/∂O(t)</c> for all T outputs.</param>
    /// <param name="parameters">The parameters the forward pass used.</param>
    /// <returns>The gradients of all seven parameters (<c>Parameters</c>) and <c>DH0</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not fit the trace; the message names <c>dOutputs</c>.</exception>
    /// <remarks>Hint: write down the chain for one step first: <c>δH → δA2 = δH ⊙ f′(H) → δZ = δA2·U2 → δA1 = δZ ⊙ f′(Z)</c>.
    /// What flows to <c>H(t−1)</c> is <c>δA1·W</c>.</remarks>
    public static Gradients<DeepTransitionParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, DeepTransitionParameters parameters) =>
        throw new NotImplementedException("Implement DeepTransitionNetwork.Backward — see docs/02-elman-bptt.md#extension-a-deep-transition");
}
