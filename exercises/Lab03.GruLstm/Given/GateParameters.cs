using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>
/// The parameters of a gated cell in PyTorch's layout (chapter 3, "Parameters in PyTorch's
/// layout"): the weights of all G gates stacked in G blocks of H rows, in the gate order of
/// <see cref="GateNames"/>. Rows are outputs, so with batch rows a gate block is computed as
/// <c>X·W_ihᵀ + H·W_hhᵀ + b_ih + b_hh</c>. The same four tensors as PyTorch's <c>weight_ih_l0</c>,
/// <c>weight_hh_l0</c>, <c>bias_ih_l0</c> and <c>bias_hh_l0</c>: copy them over and you get PyTorch's numbers.
/// </summary>
public abstract record GateParameters
{
    /// <summary>Checks the layout and holds the tensors. The hidden size H is <paramref name="weightHh"/>'s column count.</summary>
    /// <param name="gates">G, the number of gate blocks (3 for a GRU, 4 for an LSTM).</param>
    /// <param name="gateNames">The blocks in order, for messages, e.g. <c>"r, z, n"</c>.</param>
    /// <param name="weightIh">Input weights, G·H × I.</param>
    /// <param name="weightHh">Hidden weights, G·H × H.</param>
    /// <param name="biasIh">Input bias, length G·H.</param>
    /// <param name="biasHh">Hidden bias, length G·H.</param>
    /// <exception cref="ArgumentException">A tensor does not have G·H rows (or entries), <paramref name="weightHh"/>
    /// is not G·H × H, or an entry is NaN or infinite. The message names the tensor and the shape it should have.</exception>
    protected GateParameters(int gates, string gateNames, Matrix<double> weightIh, Matrix<double> weightHh,
        Vector<double> biasIh, Vector<double> biasHh)
    {
        ArgumentNullException.ThrowIfNull(weightIh);
        ArgumentNullException.ThrowIfNull(weightHh);
        var hidden = weightHh.ColumnCount;
        var rows = gates * hidden;
        var layout = $"{gates} gate blocks {gateNames} of hidden size {hidden}";
        RequireRows(weightHh, rows, $"{layout}; the hidden size is weightHh's column count", nameof(weightHh));
        RequireRows(weightIh, rows, layout, nameof(weightIh));
        RequireLength(biasIh, rows, layout, nameof(biasIh));
        RequireLength(biasHh, rows, layout, nameof(biasHh));
        Require.Finite(weightIh, nameof(weightIh));
        Require.Finite(weightHh, nameof(weightHh));
        Require.Finite(biasIh, nameof(biasIh));
        Require.Finite(biasHh, nameof(biasHh));
        (Gates, GateNames, WeightIh, WeightHh, BiasIh, BiasHh) = (gates, gateNames, weightIh, weightHh, biasIh, biasHh);
    }

    /// <summary>G, the number of gate blocks.</summary>
    public int Gates { get; }

    /// <summary>The gate blocks in order, e.g. <c>"i, f, g, o"</c>.</summary>
    public string GateNames { get; }

    /// <summary>Input weights <c>W_ih</c>, G·H × I: block k is rows k·H … k·H + H − 1.</summary>
    public Matrix<double> WeightIh { get; }

    /// <summary>Hidden weights <c>W_hh</c>, G·H × H.</summary>
    public Matrix<double> WeightHh { get; }

    /// <summary>Input bias <c>b_ih</c>, length G·H.</summary>
    public Vector<double> BiasIh { get; }

    /// <summary>Hidden bias <c>b_hh</c>, length G·H.</summary>
    public Vector<double> BiasHh { get; }

    /// <summary>I, the number of inputs: the column count of <see cref="WeightIh"/>.</summary>
    public int InputSize => WeightIh.ColumnCount;

    /// <summary>H, the hidden size: the column count of <see cref="WeightHh"/>.</summary>
    public int HiddenSize => WeightHh.ColumnCount;

    /// <summary>
    /// PyTorch's default initialisation, seeded: every entry uniform in [−1/√H, 1/√H). The four
    /// tensors use the seeds <paramref name="seed"/> … <paramref name="seed"/> + 3.
    /// </summary>
    protected static (Matrix<double> WeightIh, Matrix<double> WeightHh, Vector<double> BiasIh, Vector<double> BiasHh)
        SeededTensors(int gates, int inputSize, int hiddenSize, int seed)
    {
        var k = 1.0 / Math.Sqrt(hiddenSize);
        return (
            KataRandom.Uniform(gates * hiddenSize, inputSize, -k, k, seed),
            KataRandom.Uniform(gates * hiddenSize, hiddenSize, -k, k, seed + 1),
            KataRandom.Uniform(gates * hiddenSize, 1, -k, k, seed + 2).Column(0),
            KataRandom.Uniform(gates * hiddenSize, 1, -k, k, seed + 3).Column(0));
    }

    private static void RequireRows(Matrix<double> matrix, int rows, string layout, string name)
    {
        if (matrix.RowCount != rows)
            throw new ArgumentException(
                $"{name} must be {rows}×{matrix.ColumnCount} ({layout}) but is {Require.ShapeOf(matrix)}.", name);
    }

    private static void RequireLength(Vector<double>? vector, int length, string layout, string name)
    {
        ArgumentNullException.ThrowIfNull(vector, name);
        if (vector.Count != length)
            throw new ArgumentException($"{name} must have length {length} ({layout}) but has length {vector.Count}.", name);
    }
}
