using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The Jordan network (chapter 2, Tasks 12 and 13): the previous step's <em>output</em> is fed back
/// instead of the hidden state. With batch rows:
/// <c>H(t) = f(X(t)·Uᵀ + O(t−1)·Wᵀ + 1·bᵀ)</c>, <c>O(t) = H(t)·Vᵀ + 1·cᵀ</c>, starting from <c>O(−1) = o0</c>.
/// </summary>
public static class JordanNetwork
{
    /// <summary>
    /// Runs the network over a whole sequence and keeps every hidden state and every output (each
    /// output is needed: it feeds the next step).
    /// </summary>
    /// <param name="xs">The inputs, each batch × input, T ≥ 1.</param>
    /// <param name="o0">The output fed to the first step, batch × output (zeros for a fresh start).</param>
    /// <param name="parameters">The network's parameters; <c>W</c> is hidden × <em>output</em>.</param>
    /// <param name="activation">The hidden activation <c>f</c>; the output layer is linear.</param>
    /// <returns>A <see cref="SequenceTrace"/> with <paramref name="o0"/> as its <c>H0</c>, T hidden states and T outputs.</returns>
    /// <exception cref="ArgumentException"><paramref name="xs"/> is empty or a step is not batch × input,
    /// <paramref name="o0"/> is not batch × output, or they hold NaN or infinity. The message names the argument.</exception>
    /// <remarks>Hint: Task 4's loop, with <c>O(t−1)</c> where the Elman step had <c>H(t−1)</c>. The shapes tell you
    /// which matrices to transpose. Check <paramref name="xs"/> with <see cref="RequireSequence.Steps"/> and
    /// <paramref name="o0"/> with <see cref="Require.Shape"/>.</remarks>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> o0, JordanParameters parameters, Activation activation) =>
        throw new NotImplementedException("Implement JordanNetwork.Forward — see docs/02-elman-bptt.md#task-12-the-jordan-network-forward");

    /// <summary>
    /// BPTT for the Jordan network. Walking t from T−1 down to 0, the gradient reaching <c>O(t)</c> has two
    /// parts, from the loss and from the next step:
    /// <code>
    /// δO(t) = dOutputs[t] + δA(t+1)·W       (δA(T) = 0)
    /// δA(t) = (δO(t)·V) ⊙ f′(H(t))
    /// dU += δA(t)ᵀ·X(t)   dW += δA(t)ᵀ·O(t−1)   dB += column sums of δA(t)
    /// dV += δO(t)ᵀ·H(t)   dC += column sums of δO(t)
    /// DH0 = δA(0)·W         (the gradient of o0)
    /// </code>
    /// </summary>
    /// <param name="trace">What <see cref="Forward"/> returned.</param>
    /// <param name="dOutputs"><c>∂J/∂O(t)</c> from the loss, one for each of the T outputs (use zero matrices
    /// for steps without a loss, e.g. many-to-one).</param>
    /// <param name="parameters">The parameters the forward pass used.</param>
    /// <returns>The gradients: <c>Parameters</c> in the parameters' shapes, and <c>DH0 = ∂J/∂o0</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not hold T matrices of the outputs'
    /// shape, or holds NaN or infinity. The message names <c>dOutputs</c>.</exception>
    /// <remarks>Hint: backward in time (<c>for (int t = T - 1; t &gt;= 0; t--)</c>), accumulate with <c>+=</c>.
    /// <c>O(−1)</c> is the trace's <c>H0</c>.</remarks>
    public static Gradients<JordanParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, JordanParameters parameters) =>
        throw new NotImplementedException("Implement JordanNetwork.Backward — see docs/02-elman-bptt.md#task-13-the-jordan-network-backward");
}
