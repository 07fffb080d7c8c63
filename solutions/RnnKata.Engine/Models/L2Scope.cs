namespace RnnKata.Engine;

/// <summary>Which parameters a <see cref="Seq2SeqForecaster"/>'s L2 term λ·½Σw² covers.</summary>
public enum L2Scope
{
    /// <summary>weight_ih and weight_hh of every recurrent layer (not biases, not the head): the peer benchmark's seq2seq.</summary>
    RecurrentWeights,

    /// <summary>
    /// Every weight and bias of both stacks and of the head, but not the learned output scale: what a filter on the
    /// variables' names in effect keeps in the seed notebook.
    /// </summary>
    AllButOutputScale,
}
