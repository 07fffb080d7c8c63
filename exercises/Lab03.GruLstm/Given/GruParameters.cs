using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// A GRU cell's parameters in PyTorch's layout (<c>torch.nn.GRU</c>, <c>torch.nn.GRUCell</c>):
/// three gate blocks in the order <b>r, z, n</b> (reset gate, update gate, candidate).
/// </summary>
public sealed record GruParameters : GateParameters
{
    /// <summary>The number of gate blocks of a GRU.</summary>
    public const int GateCount = 3;

    /// <summary>Checks and holds the four tensors; H is <paramref name="weightHh"/>'s column count.</summary>
    /// <param name="weightIh">Input weights, 3H × I: <c>[W_ir; W_iz; W_in]</c>.</param>
    /// <param name="weightHh">Hidden weights, 3H × H: <c>[W_hr; W_hz; W_hn]</c>.</param>
    /// <param name="biasIh">Input bias, length 3H: <c>[b_ir; b_iz; b_in]</c>.</param>
    /// <param name="biasHh">Hidden bias, length 3H: <c>[b_hr; b_hz; b_hn]</c>. With the reset gate placed
    /// before the product, <c>b_hn</c> is added outside the reset gate (see <see cref="ResetPlacement"/>).</param>
    /// <exception cref="ArgumentException">A tensor does not have 3H rows (or entries), or holds NaN or infinity.</exception>
    public GruParameters(Matrix<double> weightIh, Matrix<double> weightHh, Vector<double> biasIh, Vector<double> biasHh)
        : base(GateCount, "r, z, n", weightIh, weightHh, biasIh, biasHh)
    {
    }

    /// <summary>PyTorch's default initialisation with a fixed seed: every entry uniform in [−1/√H, 1/√H).</summary>
    public static GruParameters Seeded(int inputSize, int hiddenSize, int seed = KataRandom.DefaultSeed)
    {
        var (weightIh, weightHh, biasIh, biasHh) = SeededTensors(GateCount, inputSize, hiddenSize, seed);
        return new GruParameters(weightIh, weightHh, biasIh, biasHh);
    }

    /// <summary>
    /// The same parameters with the update gate's block (z) negated in all four tensors, so that the
    /// new update gate is <c>σ(−a) = 1 − σ(a)</c>. This converts between the two update conventions:
    /// a GRU that updates with <c>h' = (1 − z)⊙h + z⊙n</c> (the blog's) computes exactly what a
    /// PyTorch-convention GRU (<c>h' = (1 − z)⊙n + z⊙h</c>) computes with the flipped parameters, and
    /// back. Flipping twice gives the original parameters.
    /// </summary>
    public GruParameters FlipUpdateGate()
    {
        var hidden = HiddenSize;
        // Row (or entry) i belongs to the z block when H ≤ i < 2H.
        bool InZ(int row) => row >= hidden && row < 2 * hidden;
        return new GruParameters(
            WeightIh.MapIndexed((row, _, value) => InZ(row) ? -value : value),
            WeightHh.MapIndexed((row, _, value) => InZ(row) ? -value : value),
            BiasIh.MapIndexed((row, value) => InZ(row) ? -value : value),
            BiasHh.MapIndexed((row, value) => InZ(row) ? -value : value));
    }
}
