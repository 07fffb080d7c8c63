namespace RnnKata.Engine;

/// <summary>The recurrent cells the engine trains, with the equations of Labs 2–3 (PyTorch's conventions).</summary>
public enum CellKind
{
    /// <summary>Elman: h' = tanh(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh). One gate block.</summary>
    ElmanTanh,

    /// <summary>Elman with relu: h' = max(0, x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh). One gate block.</summary>
    ElmanRelu,

    /// <summary>
    /// GRU, blocks r, z, n: r = σ(x·W_irᵀ + b_ir + h·W_hrᵀ + b_hr), z likewise,
    /// n = tanh(x·W_inᵀ + b_in + r ⊙ (h·W_hnᵀ + b_hn)), h' = (1 − z) ⊙ n + z ⊙ h.
    /// (Lab 3's <c>ResetPlacement.AfterHiddenProduct</c>, as in PyTorch and cuDNN.)
    /// </summary>
    Gru,

    /// <summary>
    /// LSTM, blocks i, f, g, o: i = σ(·), f = σ(·), g = tanh(·), o = σ(·) of x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh,
    /// c' = f ⊙ c + i ⊙ g, h' = o ⊙ tanh(c').
    /// </summary>
    Lstm,

    /// <summary>
    /// Elman with the logistic sigmoid: h' = σ(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh), σ(a) = 1/(1 + e⁻ᵃ);
    /// σ' = h'(1 − h'). One gate block. (Last, so that the other cells keep their numbers.)
    /// </summary>
    ElmanLogistic,
}
