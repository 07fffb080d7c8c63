using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// An Elman network run over whole sequences and trained by backpropagation through time
/// (chapter 2, <c>docs/02-elman-bptt.md</c>). A matrix at one time step is batch × features, one row
/// per sequence; a sequence is a list of such matrices, index = time step t = 0 … T−1. The lecture's
/// <c>a(t) = U x(t) + W h(t−1) + b</c> (column vectors) is, with batch rows,
/// <c>A(t) = X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ</c>.
/// </summary>
public static class ElmanNetwork
{
    /// <summary>
    /// One step of the hidden layer: <c>H(t) = f(X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)</c>.
    /// </summary>
    /// <param name="x">Inputs at this step, batch × input.</param>
    /// <param name="hPrevious">The previous hidden state <c>H(t−1)</c>, batch × hidden (the same batch as <paramref name="x"/>).</param>
    /// <param name="layer">The layer's <c>U</c> (hidden × input), <c>W</c> (hidden × hidden) and <c>b</c>
    /// (pass <see cref="ElmanParameters.Layer"/>; a stack passes one of its layers).</param>
    /// <param name="activation">The activation <c>f</c>.</param>
    /// <returns><c>H(t)</c>, batch × hidden.</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have one column per input,
    /// <paramref name="hPrevious"/> is not batch × hidden, or either holds NaN or infinity. The message
    /// names the argument and the shape it should have.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Shapes: (batch × input)(input × hidden) + (batch × hidden)(hidden × hidden). Where do the transposes go?</item>
    /// <item>MathNet: <c>x.TransposeAndMultiply(U)</c> is <c>x·Uᵀ</c> without building <c>Uᵀ</c>. Add <c>b[j]</c> to
    /// column j of every row yourself (Lab 1's helper), then <see cref="Activations.Apply"/>.</item>
    /// <item>Check with <see cref="Require.Columns"/> / <see cref="Require.Shape"/> and <see cref="Require.Finite(Matrix{double}, string)"/>.</item>
    /// </list>
    /// </remarks>
    public static Matrix<double> Step(Matrix<double> x, Matrix<double> hPrevious, LayerParameters layer, Activation activation) =>
        throw new NotImplementedException("Implement ElmanNetwork.Step — see docs/02-elman-bptt.md#task-2-one-step-of-the-hidden-layer");

    /// <summary>
    /// One step of the hidden layer backward: given <c>δH(t) = ∂J/∂H(t)</c>, the gradients with respect to
    /// the step's input, the previous state and the layer's parameters (chapter 2, "One step backward"):
    /// <code>
    /// δA = δH ⊙ f′(H(t))
    /// dU = δAᵀ·X(t)  dW = δAᵀ·H(t−1)  dB = column sums of δA
    /// DHPrevious = δA·W    DX = δA·U
    /// </code>
    /// </summary>
    /// <param name="dH"><c>∂J/∂H(t)</c>, batch × hidden: everything that reaches this step's state.</param>
    /// <param name="x">The step's input <c>X(t)</c>, batch × input (what <see cref="Step"/> received).</param>
    /// <param name="hPrevious">The previous state <c>H(t−1)</c>, batch × hidden (what <see cref="Step"/> received).</param>
    /// <param name="h">The step's output <c>H(t)</c>, batch × hidden (what <see cref="Step"/> returned).</param>
    /// <param name="layer">The layer's <c>U</c>, <c>W</c> and <c>b</c>, as passed to <see cref="Step"/>.</param>
    /// <param name="activation">The activation <c>f</c> of the forward step.</param>
    /// <returns>The five gradients: <c>Parameters</c> (a <see cref="LayerParameters"/> holding <c>∂J/∂U</c>, <c>∂J/∂W</c>,
    /// <c>∂J/∂b</c>) has the layer's shapes, <c>DHPrevious</c> and <c>DX</c> those of <paramref name="hPrevious"/>
    /// and <paramref name="x"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have one column per input, <paramref name="dH"/>,
    /// <paramref name="hPrevious"/> or <paramref name="h"/> is not batch × hidden, or one holds NaN or infinity.
    /// The message names the argument and the shape it should have.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Write down the shape of every δ before you write code: each gradient has the shape of what it differentiates.</item>
    /// <item><c>f′</c> comes from the output (<see cref="Activations.DerivativeFromOutput"/>), not from the pre-activation.</item>
    /// <item>The forward step multiplied by <c>Wᵀ</c> from the right. Which product undoes that for the gradient
    /// (the lecture's <c>d_h = self.Whh @ temp</c> gets it wrong)?</item>
    /// </list>
    /// </remarks>
    public static StepGradients StepBackward(Matrix<double> dH, Matrix<double> x, Matrix<double> hPrevious, Matrix<double> h,
        LayerParameters layer, Activation activation) =>
        throw new NotImplementedException("Implement ElmanNetwork.StepBackward — see docs/02-elman-bptt.md#task-3-one-step-backward");

    /// <summary>
    /// Runs the network over a whole sequence, from <c>H(−1) = h0</c>, and keeps what the backward
    /// pass needs: <c>H(t)</c> for every step and the outputs <c>O(t) = H(t)·Vᵀ + 1·cᵀ</c>, at every step
    /// (<see cref="SequenceMode.ManyToMany"/>) or only after the last one (<see cref="SequenceMode.ManyToOne"/>).
    /// </summary>
    /// <param name="xs">The inputs <c>X(0) … X(T−1)</c>, each batch × input, T ≥ 1.</param>
    /// <param name="h0">The initial state, batch × hidden (zeros for a fresh start).</param>
    /// <param name="parameters">The network's parameters, shared by every step.</param>
    /// <param name="activation">The hidden activation <c>f</c>. The output layer is linear: the loss applies
    /// <c>g</c> (identity for squared error, softmax for cross-entropy).</param>
    /// <param name="mode">Where to produce outputs.</param>
    /// <returns>A <see cref="SequenceTrace"/> with <paramref name="xs"/>, <paramref name="h0"/>, the T hidden states
    /// and the outputs: T of them, or one (<c>O(T−1)</c>) for many-to-one.</returns>
    /// <exception cref="ArgumentException"><paramref name="xs"/> is empty, a step is not batch × input,
    /// <paramref name="h0"/> is not batch × hidden, or they hold NaN or infinity. The message names the argument.</exception>
    /// <remarks>
    /// Hints: write the loop over time as <c>for (int t = 0; t &lt; T; t++)</c>, calling <see cref="Step"/>
    /// with <see cref="ElmanParameters.Layer"/>. <see cref="RequireSequence.Steps"/> checks <paramref name="xs"/>
    /// and returns the batch size. The parameters are the same object at every step: never copy them.
    /// </remarks>
    public static SequenceTrace Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, ElmanParameters parameters,
        Activation activation, SequenceMode mode = SequenceMode.ManyToMany) =>
        throw new NotImplementedException("Implement ElmanNetwork.Forward — see docs/02-elman-bptt.md#task-4-forward-over-a-sequence");

    /// <summary>
    /// Backpropagation through time: the gradient of the loss with respect to <c>U, W, b, V, c</c> and
    /// <c>h0</c>, given <c>∂J/∂O(t)</c> for every output of the trace. Walking t from T−1 down to 0:
    /// <code>
    /// δH(t) = δO(t)·V + δA(t+1)·W          (δO(t) = 0 where there is no output, δA(T) = 0)
    /// δA(t) = δH(t) ⊙ f′(H(t))
    /// dU += δA(t)ᵀ·X(t)    dW += δA(t)ᵀ·H(t−1)    dB += column sums of δA(t)
    /// dV += δO(t)ᵀ·H(t)    dC += column sums of δO(t)
    /// DH0 = δA(0)·W        DXs[t] = δA(t)·U
    /// </code>
    /// </summary>
    /// <param name="trace">What <see cref="Forward"/> returned.</param>
    /// <param name="dOutputs"><c>∂J/∂O(t)</c>, one per output of the trace and with its shape (a loss's
    /// <see cref="LossResult.DOutputs"/>).</param>
    /// <param name="parameters">The parameters the forward pass used.</param>
    /// <returns>The gradients: <c>Parameters</c>, an <see cref="ElmanParameters"/> holding <c>∂J/∂U</c>, <c>∂J/∂W</c>,
    /// <c>∂J/∂b</c>, <c>∂J/∂V</c>, <c>∂J/∂c</c> in the parameters' shapes; <c>DH0</c> with <c>h0</c>'s shape; and
    /// <c>DXs</c>, one batch × input matrix per step: <c>new(new ElmanParameters(dU, dW, dB, dV, dC), dH0, dXs)</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> has another count or shape than the
    /// trace's outputs, or holds NaN or infinity. The message names <c>dOutputs</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameters"/> have another number of inputs or hidden
    /// units than the trace's inputs and states (not the parameters of the forward pass).</exception>
    /// <remarks>
    /// Hints: the loop is <c>for (int t = T - 1; t &gt;= 0; t--)</c> (rule RK0005); the parameter gradients
    /// start at zero and <em>accumulate</em> with <c>+=</c> (rule RK0004), because the same weights act at
    /// every step. <c>f′</c> comes from <see cref="Activations.DerivativeFromOutput"/> on <c>H(t)</c>.
    /// <c>aᵀ·b</c> is <c>a.TransposeThisAndMultiply(b)</c>; column sums are <c>ColumnSums()</c>. For
    /// many-to-one, the single output belongs to t = T−1. Each iteration is one <see cref="StepBackward"/>.
    /// </remarks>
    public static Gradients<ElmanParameters> Backward(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, ElmanParameters parameters) =>
        throw new NotImplementedException("Implement ElmanNetwork.Backward — see docs/02-elman-bptt.md#task-7-backpropagation-through-time");

    /// <summary>
    /// Truncated BPTT: like <see cref="Backward"/>, but the gradient of each output's loss flows back
    /// through at most <paramref name="k"/> steps. The loss at step t reaches <c>A(t), A(t−1), …, A(t−k+1)</c>
    /// and stops there: <c>H(t−k)</c> is treated as a constant. <c>DH0</c> only receives what reaches
    /// step 0 within its k steps. With k ≥ T this is exactly <see cref="Backward"/>; with k = 1 every
    /// step's gradient stays at its own step.
    /// </summary>
    /// <param name="trace">What <see cref="Forward"/> returned.</param>
    /// <param name="dOutputs"><c>∂J/∂O(t)</c>, one per output of the trace.</param>
    /// <param name="parameters">The parameters the forward pass used.</param>
    /// <param name="k">How many steps back each output's gradient may travel, at least 1.</param>
    /// <returns>The truncated gradients.</returns>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not fit the trace (names <c>dOutputs</c>),
    /// or <paramref name="k"/> &lt; 1 (an <see cref="ArgumentOutOfRangeException"/> naming <c>k</c>).</exception>
    /// <remarks>
    /// Hints: one outer loop over the outputs, t from T−1 down, and for each an inner loop that walks back
    /// from s = t to s = t−k+1 (not below 0), carrying <c>δH</c> through <c>W</c> as in <see cref="Backward"/>.
    /// When the inner walk reaches s = 0, what it would pass on to <c>H(−1)</c> goes into <c>DH0</c>.
    /// <c>DXs[s]</c> adds up <c>δA(s)·U</c> from every walk that reaches step s.
    /// </remarks>
    public static Gradients<ElmanParameters> BackwardTruncated(SequenceTrace trace, IReadOnlyList<Matrix<double>> dOutputs, ElmanParameters parameters, int k) =>
        throw new NotImplementedException("Implement ElmanNetwork.BackwardTruncated — see docs/02-elman-bptt.md#task-8-truncated-bptt");
}
