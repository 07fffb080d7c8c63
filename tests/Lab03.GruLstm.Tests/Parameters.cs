using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

/// <summary>Parameters for the tests: seeded ones, and hand-made variants for closed-form cases.</summary>
internal static class Parameters
{
    /// <summary>A bias this large saturates its gate: σ(±(50 − a few)) is 1 or 0 to far below 1e-12.</summary>
    public const double Saturating = 50;

    /// <summary>Seeded LSTM parameters, entries normal with standard deviation 0.5 (larger than PyTorch's init, so every gate matters).</summary>
    public static LstmParameters Lstm(int input, int hidden, int seed = 5) => new(
        SeededInputs.Normal(4 * hidden, input, seed, 0.5),
        SeededInputs.Normal(4 * hidden, hidden, seed + 1, 0.5),
        SeededInputs.NormalVector(4 * hidden, seed + 2, 0.5),
        SeededInputs.NormalVector(4 * hidden, seed + 3, 0.5));

    /// <summary>Seeded GRU parameters, entries normal with standard deviation 0.5.</summary>
    public static GruParameters Gru(int input, int hidden, int seed = 7) => new(
        SeededInputs.Normal(3 * hidden, input, seed, 0.5),
        SeededInputs.Normal(3 * hidden, hidden, seed + 1, 0.5),
        SeededInputs.NormalVector(3 * hidden, seed + 2, 0.5),
        SeededInputs.NormalVector(3 * hidden, seed + 3, 0.5));

    /// <summary>The same parameters with <paramref name="offset"/> added to gate block <paramref name="gate"/> of b_ih.</summary>
    public static LstmParameters ShiftGate(LstmParameters p, int gate, double offset) =>
        new(p.WeightIh, p.WeightHh, Shift(p.BiasIh, gate, p.HiddenSize, offset), p.BiasHh);

    /// <summary>The same parameters with <paramref name="offset"/> added to gate block <paramref name="gate"/> of b_ih.</summary>
    public static GruParameters ShiftGate(GruParameters p, int gate, double offset) =>
        new(p.WeightIh, p.WeightHh, Shift(p.BiasIh, gate, p.HiddenSize, offset), p.BiasHh);

    /// <summary>The same biases, all weights zero.</summary>
    public static LstmParameters WithoutWeights(LstmParameters p) =>
        new(SeededInputs.Zeros(p.WeightIh.RowCount, p.InputSize), SeededInputs.Zeros(p.WeightHh.RowCount, p.HiddenSize), p.BiasIh, p.BiasHh);

    /// <summary>The same biases, all weights zero.</summary>
    public static GruParameters WithoutWeights(GruParameters p) =>
        new(SeededInputs.Zeros(p.WeightIh.RowCount, p.InputSize), SeededInputs.Zeros(p.WeightHh.RowCount, p.HiddenSize), p.BiasIh, p.BiasHh);

    /// <summary>Block <paramref name="gate"/> of a stacked bias vector.</summary>
    public static Vector<double> Block(Vector<double> bias, int gate, int hidden) => bias.SubVector(gate * hidden, hidden);

    private static Vector<double> Shift(Vector<double> bias, int gate, int hidden, double offset) =>
        bias.MapIndexed((i, value) => i / hidden == gate ? value + offset : value);
}
