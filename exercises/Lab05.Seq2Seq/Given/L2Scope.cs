namespace RnnKata.Lab05;

/// <summary>Which parameters the L2 term λ·Σ ½w² covers (chapter 5, "The seed's loss").</summary>
public enum L2Scope
{
    /// <summary>The recurrent weights W_ih and W_hh of both stacks: the usual choice (no biases, no head).</summary>
    RecurrentWeights,

    /// <summary>Everything but the output scale s: what the seed's name filter does in effect (TF1's GRU biases are named
    /// <c>bias</c>, so its test for <c>"Bias"</c> never matches).</summary>
    AllButOutputScale,
}
