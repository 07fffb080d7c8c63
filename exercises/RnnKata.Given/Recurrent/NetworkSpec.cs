namespace RnnKata.Given.Recurrent;

/// <summary>The cell every layer of a <see cref="RecurrentModel"/> runs (Labs 2–3 taught them).</summary>
public enum RecurrentCell
{
    /// <summary>Elman: <c>h' = f(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh)</c>, one gate block, f from <see cref="ElmanActivation"/>.</summary>
    Elman,

    /// <summary>GRU, blocks r, z, n, reset after the hidden product (PyTorch; Lab 3's <c>AfterHiddenProduct</c>).</summary>
    Gru,

    /// <summary>LSTM, blocks i, f, g, o (PyTorch).</summary>
    Lstm,
}

/// <summary>The activation f of an Elman layer.</summary>
public enum ElmanActivation
{
    /// <summary><c>tanh</c>; f′ = 1 − h².</summary>
    Tanh,

    /// <summary><c>max(0, a)</c>; f′ = 1 where h &gt; 0, else 0.</summary>
    Relu,

    /// <summary>The logistic sigmoid σ; f′ = h(1 − h).</summary>
    Logistic,
}

/// <summary>Which hidden states of the top layer the linear head reads.</summary>
public enum Readout
{
    /// <summary>Every h(t): one prediction per step (COMP3222's per-step output).</summary>
    EveryStep,

    /// <summary>Only the last h(T − 1): one prediction per sequence (the LSTM lab and the GRU blog).</summary>
    LastStep,
}

/// <summary>
/// The shape of a <see cref="RecurrentModel"/>: <paramref name="Layers"/> stacked layers of
/// <paramref name="Cell"/> with <paramref name="Hidden"/> units each, then a linear head
/// (<paramref name="Output"/> × hidden) on the steps <paramref name="Readout"/> names.
/// </summary>
/// <param name="Cell">The cell of every layer.</param>
/// <param name="Hidden">H, units per layer, at least 1.</param>
/// <param name="Layers">L, at least 1.</param>
/// <param name="Activation">f of an Elman layer (ignored by GRU and LSTM).</param>
/// <param name="Readout">Where the head reads.</param>
/// <param name="Input">I, features per step, at least 1.</param>
/// <param name="Output">O, outputs per prediction, at least 1.</param>
/// <param name="Init">How <see cref="RecurrentModel.Seeded"/> draws the first parameters.</param>
public sealed record NetworkSpec(RecurrentCell Cell, int Hidden, int Layers = 1, ElmanActivation Activation = ElmanActivation.Tanh,
                                 Readout Readout = Readout.EveryStep, int Input = 1, int Output = 1, Initialization Init = Initialization.PyTorch)
{
    /// <summary>Gate blocks per layer: Elman 1, GRU 3, LSTM 4.</summary>
    public int Gates => Cell switch { RecurrentCell.Gru => 3, RecurrentCell.Lstm => 4, _ => 1 };

    /// <summary>Throws when a size is not positive or an enum value is unknown; the message names the field.</summary>
    /// <exception cref="ArgumentException">A field is out of range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Cell) || !Enum.IsDefined(Activation) || !Enum.IsDefined(Readout) || !Enum.IsDefined(Init))
            throw new ArgumentException($"Unknown cell, activation, readout or initialization in {this}.", nameof(Cell));
        foreach (var (value, name) in new[] { (Hidden, nameof(Hidden)), (Layers, nameof(Layers)), (Input, nameof(Input)), (Output, nameof(Output)) })
        {
            if (value < 1)
                throw new ArgumentException($"{name} must be at least 1 but is {value}.", name);
        }
    }
}
