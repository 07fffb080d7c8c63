namespace RnnKata.Engine;

/// <summary>
/// A host copy of a recurrent stack's state for B rows: h of every layer, and c of every layer for the LSTM.
/// What <see cref="NetworkStepper.State"/> and <see cref="RecurrentNetwork.ReadFinalState"/> return and
/// <see cref="RecurrentNetwork.SetInitialState"/> takes.
/// </summary>
public sealed class RecurrentState
{
    /// <summary>A state of the given hidden (and, for the LSTM, cell) rows.</summary>
    /// <param name="hidden">h of every layer, bottom first, each [B × H].</param>
    /// <param name="cell">c of every layer for the LSTM (same sizes as <paramref name="hidden"/>); null for the other cells.</param>
    /// <exception cref="ArgumentException">No layer, layers of different lengths, or a cell state whose sizes differ.</exception>
    public RecurrentState(IReadOnlyList<float[]> hidden, IReadOnlyList<float[]>? cell = null)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        if (hidden.Count == 0)
            throw new ArgumentException("A state needs at least one layer.", nameof(hidden));
        for (var l = 0; l < hidden.Count; l++)
        {
            ArgumentNullException.ThrowIfNull(hidden[l], $"hidden[{l}]");
            if (cell is not null && (cell.Count != hidden.Count || cell[l] is null || cell[l].Length != hidden[l].Length))
                throw new ArgumentException($"cell must hold one array per layer of the same length as hidden's ({hidden[l].Length} floats in layer {l}).", nameof(cell));
        }
        (Hidden, Cell) = (hidden, cell);
    }

    /// <summary>h of every layer, bottom first, each [B × H].</summary>
    public IReadOnlyList<float[]> Hidden { get; }

    /// <summary>c of every layer for the LSTM; null for the other cells.</summary>
    public IReadOnlyList<float[]>? Cell { get; }

    /// <summary>L.</summary>
    public int Layers => Hidden.Count;

    /// <summary>A zero state of <paramref name="layers"/> layers of <paramref name="batch"/> × <paramref name="hiddenSize"/> (with cell states for the LSTM).</summary>
    public static RecurrentState Zeros(CellKind cell, int layers, int batch, int hiddenSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hiddenSize, 1);
        float[][] Make() => Enumerable.Range(0, layers).Select(_ => new float[batch * hiddenSize]).ToArray();
        return new RecurrentState(Make(), cell == CellKind.Lstm ? Make() : null);
    }

    /// <summary>Checks that the state fits a stack of <paramref name="layers"/> layers of B × H, with a cell state exactly when <paramref name="cell"/> is the LSTM.</summary>
    internal void Require(CellKind cell, int layers, int batch, int hiddenSize, string name)
    {
        var expected = $"{layers} layer(s) of {batch}×{hiddenSize} (B×H)";
        if (Layers != layers || Hidden.Any(h => h.Length != batch * hiddenSize))
            throw new ArgumentException(
                $"{name} holds {Layers} layer(s) of {string.Join(", ", Hidden.Select(h => h.Length))} floats; this network needs {expected}.", name);
        if (cell == CellKind.Lstm && Cell is null)
            throw new ArgumentException($"{name} has no cell state, but an LSTM needs c as well as h for each layer.", name);
        if (cell != CellKind.Lstm && Cell is not null)
            throw new ArgumentException($"{name} has a cell state, but a {cell} layer has none (only the LSTM does).", name);
        foreach (var values in Hidden.Concat(Cell ?? []))
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!float.IsFinite(values[i]))
                    throw new ArgumentException($"{name} holds {values[i]}: a state must be finite.", name);
            }
        }
    }
}
