using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// A plain Elman layer with tanh, given so that the chapter's figure can compare it with the gated
/// cells (Lab 2 is where you write one yourself). Parameters in the lecture's layout, rows = outputs:
/// <c>U</c> hidden × input, <c>W</c> hidden × hidden, <c>b</c> (hidden). With batch rows,
/// <c>H(t) = tanh(X(t)·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)</c>.
/// </summary>
public sealed class ElmanLayer
{
    /// <summary>Checks and holds the parameters.</summary>
    /// <param name="u">Input weights, hidden × input.</param>
    /// <param name="w">Recurrent weights, hidden × hidden.</param>
    /// <param name="b">Bias, length hidden.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public ElmanLayer(Matrix<double> u, Matrix<double> w, Vector<double> b)
    {
        ArgumentNullException.ThrowIfNull(u);
        Require.Finite(u, nameof(u));
        Require.Shape(w, u.RowCount, u.RowCount, nameof(w));
        Require.Finite(w, nameof(w));
        Require.Length(b, u.RowCount, nameof(b));
        Require.Finite(b, nameof(b));
        (U, W, B) = (u, w, b);
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
    public static ElmanLayer Seeded(int inputSize, int hiddenSize, int seed = KataRandom.DefaultSeed)
    {
        var k = 1.0 / Math.Sqrt(hiddenSize);
        return new ElmanLayer(
            KataRandom.Uniform(hiddenSize, inputSize, -k, k, seed),
            KataRandom.Uniform(hiddenSize, hiddenSize, -k, k, seed + 1),
            KataRandom.Uniform(hiddenSize, 1, -k, k, seed + 2).Column(0));
    }

    /// <summary>The hidden states h(0) … h(T − 1), each batch × hidden, starting from <paramref name="h0"/>.</summary>
    public IReadOnlyList<Matrix<double>> Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0)
    {
        var batch = RequireSequence.Steps(xs, InputSize, nameof(xs), "one column per input");
        Require.Shape(h0, batch, HiddenSize, nameof(h0));
        Require.Finite(h0, nameof(h0));
        int T = xs.Count;
        var hidden = new Matrix<double>[T];
        var h = h0;
        for (int t = 0; t < T; t++)
        {
            h = (xs[t].TransposeAndMultiply(U) + h.TransposeAndMultiply(W)).MapIndexed((_, j, a) => Math.Tanh(a + B[j]));
            hidden[t] = h;
        }
        return hidden;
    }

    /// <summary>
    /// Backpropagation through time for the hidden states only: the total ∂L/∂h(t) for every t, and
    /// ∂L/∂h for the initial state, from the gradients <paramref name="dOutputs"/> that reach each h(t)
    /// from outside the recurrence.
    /// </summary>
    /// <param name="dOutputs">∂L/∂h(t) from the loss at step t, t = 0 … T − 1.</param>
    /// <param name="hidden">The states <see cref="Forward"/> returned.</param>
    public (IReadOnlyList<Matrix<double>> DHidden, Matrix<double> DH0) HiddenGradients(
        IReadOnlyList<Matrix<double>> dOutputs, IReadOnlyList<Matrix<double>> hidden)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        RequireSequence.ShapedLike(dOutputs, hidden, nameof(dOutputs), "one gradient per output");
        int T = hidden.Count;
        var dHidden = new Matrix<double>[T];
        var dRecurrent = Matrix<double>.Build.Dense(hidden[0].RowCount, HiddenSize);
        for (int t = T - 1; t >= 0; t--)
        {
            dHidden[t] = dOutputs[t] + dRecurrent;
            // Through tanh (from its output h(t)), then back through H(t−1)·Wᵀ.
            var dA = dHidden[t].PointwiseMultiply(hidden[t].Map(y => 1 - y * y));
            dRecurrent = dA * W;
        }
        return (dHidden, dRecurrent);
    }
}
