namespace RnnKata.Engine;

/// <summary>
/// One recurrent layer: its cell and sizes. Its parameters, in PyTorch's layout, are
/// <c>weight_ih</c> [G·H × I], <c>weight_hh</c> [G·H × H], <c>bias_ih</c> [G·H] and <c>bias_hh</c> [G·H],
/// G = <see cref="Gates"/> blocks of H rows each, in the order of <see cref="CellKind"/>'s docs.
/// </summary>
public sealed record RecurrentShape
{
    /// <summary>A layer of <paramref name="cell"/> cells taking <paramref name="input"/> features to <paramref name="hidden"/> units.</summary>
    public RecurrentShape(CellKind cell, int input, int hidden)
    {
        if (!Enum.IsDefined(cell))
            throw new ArgumentOutOfRangeException(nameof(cell), cell, "Unknown cell kind.");
        ArgumentOutOfRangeException.ThrowIfLessThan(input, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        (Cell, Input, Hidden) = (cell, input, hidden);
    }

    /// <summary>The cell.</summary>
    public CellKind Cell { get; }

    /// <summary>I: features per input row.</summary>
    public int Input { get; }

    /// <summary>H: hidden units.</summary>
    public int Hidden { get; }

    /// <summary>G: 1 for Elman, 3 for GRU, 4 for LSTM.</summary>
    public int Gates => Cell switch { CellKind.Gru => 3, CellKind.Lstm => 4, _ => 1 };

    /// <summary>True for the LSTM, the only cell with a cell state c.</summary>
    public bool HasCellState => Cell == CellKind.Lstm;

    /// <summary>Floats in <c>weight_ih</c>: G·H·I.</summary>
    public int WeightIhLength => Gates * Hidden * Input;

    /// <summary>Floats in <c>weight_hh</c>: G·H·H.</summary>
    public int WeightHhLength => Gates * Hidden * Hidden;

    /// <summary>Floats in each bias: G·H.</summary>
    public int BiasLength => Gates * Hidden;

    /// <summary>All parameters of the layer.</summary>
    public int ParameterCount => WeightIhLength + WeightHhLength + 2 * BiasLength;

    /// <summary>Forward matmul FLOPs over a sequence: 2·B·T·G·H·(I + H).</summary>
    public double ForwardFlops(int batch, int steps) => 2.0 * batch * steps * Gates * Hidden * (double)(Input + Hidden);
}
