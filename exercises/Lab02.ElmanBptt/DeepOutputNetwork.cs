using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// Optional extension B (chapter 2): a deep-output RNN, with an extra layer between the hidden state
/// and the output. With batch rows: <c>H(t) = f(X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)</c>,
/// <c>Z(t) = f(H(t)·Vᵀ + 1·cᵀ)</c>, <c>O(t) = Z(t)·V2ᵀ + 1·c2ᵀ</c>, many-to-many.
/// </summary>
public static class DeepOutputNetwork
{
    /// <summary>Runs the network over a sequence from <c>H(−1) = h0</c>, keeping <c>H(t)</c>, <c>Z(t)</c> and <c>O(t)</c>.</summary>
    /// <param name="xs">The inputs, each batch × input, T ≥ 1.</param>
    /// <param name="h0">The initial hidden state, batch × hidden.</param>
    /// <param name="parameters">The parameters; <c>V</c> is inner × hidden, <c>V2</c> output × inner.</param>
    /// <param name="activation">The activation of the hidden and the inner layer.</param>
    /// <returns>A <see cref="SequenceTrace"/> whose <c>Inner</c> holds <c>Z(t)</c>.</returns>
    /// <exception cref="ArgumentException">Bad shapes or NaN in <paramref name="xs"/> or <paramref name="h0"/>; the message names the argument.</exception>
    /// <remarks>Hint: the recurrence is Task 4's (<see cref="ElmanNetwork.Step"/> with <see cref="DeepOutputParameters.Layer"/>);
    /// only the way from <c>H(t)</c> to <c>O(t)</c> is deeper. Check the arguments as in Task 4 (<see cref="Require.Shape"/> for <c>h0</c>).</remarks>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, DeepOutputParameters parameters, Activation activation) =>
        throw new NotImplementedException("Implement DeepOutputNetwork.Forward — see docs/02-elman-bptt.md#extension-b-deep-output");

    /// <summary>
    /// BPTT for the deep-output RNN: at each step, take <c>δO(t)</c> back through the output layers to
    /// <c>H(t)</c>, then carry on through time as in Task 7.
    /// </summary>
    /// <param name="trace">What <see cref="Forward"/> returned.</param>
    /// <param name="dOutputs"><c>∂J/∂O(t)</c> for all T outputs.</param>
    /// <param name="parameters">The parameters the forward pass used.</param>
    /// <returns>The gradients of all seven parameters (<c>Parameters</c>) and <c>DH0</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not fit the trace; the message names <c>dOutputs</c>.</exception>
    /// <remarks>Hint: <c>δZ = δO·V2</c>, <c>δAz = δZ ⊙ f′(Z)</c>, and <c>δAz·V</c> is what the output path adds to <c>δH(t)</c>.</remarks>
    public static Gradients<DeepOutputParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, DeepOutputParameters parameters) =>
        throw new NotImplementedException("Implement DeepOutputNetwork.Backward — see docs/02-elman-bptt.md#extension-b-deep-output");
}
