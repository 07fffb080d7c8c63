using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// The experiment behind the chapter's figure (chapter 3, "Why gradients vanish"): one sequence of
/// <see cref="Steps"/> sine samples, <c>x(t) = sin(0.2·t)</c>, read by an Elman-tanh, a GRU and an
/// LSTM layer of the same hidden size, all initialised the way PyTorch does with the same seed and
/// started from h = c = 0. The loss sits on the last step only, <c>L = h(T−1)·v</c> with a fixed unit
/// vector v, so every model starts backpropagation with ‖∂L/∂h(T−1)‖ = 1 and the figure shows how
/// much of that gradient is left at each earlier step.
/// </summary>
/// <param name="Steps">T, the sequence length.</param>
/// <param name="HiddenSize">H, the hidden size of every model.</param>
/// <param name="Seed">The seed of every model's parameters.</param>
public sealed record GradientFlowTask(int Steps = 60, int HiddenSize = 16, int Seed = KataRandom.DefaultSeed)
{
    /// <summary>The models read one number per step.</summary>
    public const int InputSize = 1;

    /// <summary>The input sequence: T matrices of 1 × 1 (a batch of one sequence), <c>sin(0.2·t)</c>.</summary>
    public IReadOnlyList<Matrix<double>> Inputs =>
        Enumerable.Range(0, Steps).Select(t => Matrix<double>.Build.Dense(1, InputSize, Math.Sin(0.2 * t))).ToArray();

    /// <summary>The readout v, 1 × H with unit length, seeded with <see cref="Seed"/> − 1.</summary>
    public Matrix<double> Readout
    {
        get
        {
            var v = KataRandom.Normal(1, HiddenSize, Seed - 1);
            return v / v.FrobeniusNorm();
        }
    }

    /// <summary>∂L/∂h(t) from the loss at each step: zero everywhere except the last step, which gets v.</summary>
    public IReadOnlyList<Matrix<double>> DOutputs =>
        Enumerable.Range(0, Steps).Select(t => t == Steps - 1 ? Readout : Matrix<double>.Build.Dense(1, HiddenSize)).ToArray();

    /// <summary>The loss of a run, <c>L = h(T−1)·v</c>, from its last hidden state (1 × H).</summary>
    public double Loss(Matrix<double> lastHidden)
    {
        Require.Shape(lastHidden, 1, HiddenSize, nameof(lastHidden));
        return lastHidden.PointwiseMultiply(Readout).Enumerate().Sum();
    }

    /// <summary>The all-zero initial state, 1 × H.</summary>
    public Matrix<double> InitialState => Matrix<double>.Build.Dense(1, HiddenSize);

    /// <summary>The Elman-tanh layer, <see cref="ElmanBaseline"/> from <c>RnnKata.Given</c>.</summary>
    public ElmanBaseline Elman => ElmanBaseline.Seeded(InputSize, HiddenSize, Seed);

    /// <summary>The GRU's parameters; <paramref name="updateBias"/> is added to the update gate's input bias <c>b_iz</c>.</summary>
    public GruParameters Gru(double updateBias = 0) => WithBlockBias(GruParameters.Seeded(InputSize, HiddenSize, Seed), 1, updateBias);

    /// <summary>The LSTM's parameters; <paramref name="forgetBias"/> is added to the forget gate's input bias <c>b_if</c>.</summary>
    public LstmParameters Lstm(double forgetBias = 0) => WithBlockBias(LstmParameters.Seeded(InputSize, HiddenSize, Seed), 1, forgetBias);

    /// <summary>The total ∂L/∂h(t), t = 0 … T − 1, of the Elman layer.</summary>
    public IReadOnlyList<Matrix<double>> ElmanHiddenGradients() => Elman.HiddenGradients(Inputs, InitialState, DOutputs).DHidden;

    /// <summary>The total ∂L/∂h(t) of the GRU (reset after the product, as in PyTorch), from your <see cref="GruLayer"/>.</summary>
    public IReadOnlyList<Matrix<double>> GruHiddenGradients(double updateBias = 0)
    {
        var gru = new GruLayer(Gru(updateBias), ResetPlacement.AfterHiddenProduct);
        return gru.Backward(DOutputs, gru.Forward(Inputs, InitialState)).DHidden;
    }

    /// <summary>The total ∂L/∂h(t) of the LSTM, from your <see cref="LstmLayer"/>.</summary>
    public IReadOnlyList<Matrix<double>> LstmHiddenGradients(double forgetBias = 0)
    {
        var lstm = new LstmLayer(Lstm(forgetBias));
        return lstm.Backward(DOutputs, lstm.Forward(Inputs, InitialState, InitialState)).DHidden;
    }

    /// <summary>The Frobenius norm of each gradient, ‖∂L/∂h(t)‖.</summary>
    public static double[] Norms(IReadOnlyList<Matrix<double>> gradients)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        return gradients.Select(g => g.FrobeniusNorm()).ToArray();
    }

    // Adds `offset` to gate block `gate` of the input bias.
    private static LstmParameters WithBlockBias(LstmParameters p, int gate, double offset) =>
        new(p.WeightIh, p.WeightHh, ShiftBlock(p.BiasIh, gate, p.HiddenSize, offset), p.BiasHh);

    private static GruParameters WithBlockBias(GruParameters p, int gate, double offset) =>
        new(p.WeightIh, p.WeightHh, ShiftBlock(p.BiasIh, gate, p.HiddenSize, offset), p.BiasHh);

    private static Vector<double> ShiftBlock(Vector<double> bias, int gate, int hidden, double offset) =>
        bias.MapIndexed((i, value) => i / hidden == gate ? value + offset : value);
}
