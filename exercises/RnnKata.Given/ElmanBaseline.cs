using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Given;

/// <summary>
/// A plain tanh Elman layer that figures compare the gated cells with (chapter 3, "Why gradients
/// vanish"): the shared <see cref="RecurrentLayer"/> with <see cref="RecurrentCell.Elman"/>, in the
/// lecture's layout, rows = outputs: <c>U</c> hidden × input, <c>W</c> hidden × hidden, one bias
/// <c>b</c> (hidden). With batch rows, <c>H(t) = tanh(X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)</c>.
/// Lab 2 is where you write one yourself, so Lab 2 may not call it.
/// </summary>
public sealed class ElmanBaseline
{
    private readonly RecurrentLayer _layer;

    /// <summary>Checks and holds the parameters.</summary>
    /// <param name="u">Input weights, hidden × input.</param>
    /// <param name="w">Recurrent weights, hidden × hidden.</param>
    /// <param name="b">Bias, length hidden.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public ElmanBaseline(Matrix<double> u, Matrix<double> w, Vector<double> b)
    {
        Require.ElmanLayer(u, w, b);
        (U, W, B) = (u, w, b);
        // PyTorch's second bias b_hh is zero: the layer's one bias b is b_ih.
        _layer = new RecurrentLayer(RecurrentCell.Elman, ElmanActivation.Tanh, u, w, b, Vector<double>.Build.Dense(b.Count));
    }

    /// <summary>Input weights, hidden × input.</summary>
    public Matrix<double> U { get; }

    /// <summary>Recurrent weights, hidden × hidden.</summary>
    public Matrix<double> W { get; }

    /// <summary>Bias, length hidden.</summary>
    public Vector<double> B { get; }

    /// <summary>H, the hidden size.</summary>
    public int HiddenSize => U.RowCount;

    /// <summary>I, the number of inputs.</summary>
    public int InputSize => U.ColumnCount;

    /// <summary>PyTorch's default initialisation of <c>torch.nn.RNN</c>, seeded: every entry uniform in [−1/√H, 1/√H).</summary>
    public static ElmanBaseline Seeded(int inputSize, int hiddenSize, int seed = KataRandom.DefaultSeed)
    {
        var k = 1.0 / Math.Sqrt(hiddenSize);
        return new ElmanBaseline(
            KataRandom.Uniform(hiddenSize, inputSize, -k, k, seed),
            KataRandom.Uniform(hiddenSize, hiddenSize, -k, k, seed + 1),
            KataRandom.Uniform(hiddenSize, 1, -k, k, seed + 2).Column(0));
    }

    /// <summary>The hidden states h(0) … h(T − 1), each batch × hidden, starting from <paramref name="h0"/>.</summary>
    /// <param name="xs">The inputs x(0) … x(T − 1), each batch × input.</param>
    /// <param name="h0">The state before the first step, batch × hidden.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or an entry is NaN or infinite.</exception>
    public IReadOnlyList<Matrix<double>> Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0) => Run(xs, h0).Hidden;

    /// <summary>
    /// Backpropagation through time for the hidden states only: runs the layer over
    /// <paramref name="xs"/> from <paramref name="h0"/>, then returns the total ∂L/∂h(t) for every t and
    /// ∂L/∂h0, from the gradients <paramref name="dOutputs"/> that reach each h(t) from outside the recurrence.
    /// </summary>
    /// <param name="xs">The inputs, as for <see cref="Forward"/>.</param>
    /// <param name="h0">The initial state, as for <see cref="Forward"/>.</param>
    /// <param name="dOutputs">∂L/∂h(t) from the loss at step t, t = 0 … T − 1, each batch × hidden.</param>
    /// <exception cref="ArgumentException">A shape does not fit, or an entry is NaN or infinite.</exception>
    public (IReadOnlyList<Matrix<double>> DHidden, Matrix<double> DH0) HiddenGradients(
        IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, IReadOnlyList<Matrix<double>> dOutputs)
    {
        var run = Run(xs, h0);
        RequireSequence.ShapedLike(dOutputs, run.Hidden, nameof(dOutputs), "one gradient per hidden state");
        var gradients = _layer.Backpropagate(dOutputs, run, into: null);
        return (gradients.DHidden, gradients.DH0);
    }

    private LayerRun Run(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0)
    {
        var batch = RequireSequence.Steps(xs, InputSize, nameof(xs), "one column per input");
        Require.Shape(h0, batch, HiddenSize, nameof(h0));
        Require.Finite(h0, nameof(h0));
        return _layer.Forward(xs, h0, h0);
    }
}
