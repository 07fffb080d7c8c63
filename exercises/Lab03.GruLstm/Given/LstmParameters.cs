using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// An LSTM cell's parameters in PyTorch's layout (<c>torch.nn.LSTM</c>, <c>torch.nn.LSTMCell</c>):
/// four gate blocks in the order <b>i, f, g, o</b> (input gate, forget gate, candidate, output gate).
/// </summary>
public sealed record LstmParameters : GateParameters
{
    /// <summary>The number of gate blocks of an LSTM.</summary>
    public const int GateCount = 4;

    /// <summary>Checks and holds the four tensors; H is <paramref name="weightHh"/>'s column count.</summary>
    /// <param name="weightIh">Input weights, 4H × I: <c>[W_ii; W_if; W_ig; W_io]</c>.</param>
    /// <param name="weightHh">Hidden weights, 4H × H: <c>[W_hi; W_hf; W_hg; W_ho]</c>.</param>
    /// <param name="biasIh">Input bias, length 4H: <c>[b_ii; b_if; b_ig; b_io]</c>.</param>
    /// <param name="biasHh">Hidden bias, length 4H: <c>[b_hi; b_hf; b_hg; b_ho]</c>.</param>
    /// <exception cref="ArgumentException">A tensor does not have 4H rows (or entries), or holds NaN or infinity.</exception>
    public LstmParameters(Matrix<double> weightIh, Matrix<double> weightHh, Vector<double> biasIh, Vector<double> biasHh)
        : base(GateCount, "i, f, g, o", weightIh, weightHh, biasIh, biasHh)
    {
    }

    /// <summary>PyTorch's default initialisation with a fixed seed: every entry uniform in [−1/√H, 1/√H).</summary>
    public static LstmParameters Seeded(int inputSize, int hiddenSize, int seed = KataRandom.DefaultSeed)
    {
        var (weightIh, weightHh, biasIh, biasHh) = SeededTensors(GateCount, inputSize, hiddenSize, seed);
        return new LstmParameters(weightIh, weightHh, biasIh, biasHh);
    }

    /// <summary>
    /// Checks that <paramref name="layers"/> can be stacked: at least one layer, and each layer takes
    /// as many inputs as the layer below it has hidden units.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, or a layer's input size does not match the
    /// hidden size below it. The message names the layer.</exception>
    public static void RequireStack(IReadOnlyList<LstmParameters>? layers, string name)
    {
        ArgumentNullException.ThrowIfNull(layers, name);
        if (layers.Count == 0)
            throw new ArgumentException($"{name} must hold at least one layer.", name);
        for (var l = 0; l < layers.Count; l++)
        {
            if (layers[l] is null)
                throw new ArgumentException($"{name}[{l}] is null.", name);
            if (l > 0 && layers[l].InputSize != layers[l - 1].HiddenSize)
                throw new ArgumentException(
                    $"{name}[{l}] must take {layers[l - 1].HiddenSize} inputs (the hidden size of {name}[{l - 1}]) " +
                    $"but takes {layers[l].InputSize}: its weightIh must be {layers[l].WeightIh.RowCount}×{layers[l - 1].HiddenSize}.", name);
        }
    }
}
