namespace RnnKata.Engine;

/// <summary>
/// One batch of host data with its shapes: inputs [T × B × I], and targets [T' × B × O] where T' is 1 for a
/// last-step head and T for an every-step head (for the cross-entropy O is 1: one class index per row, as a float).
/// </summary>
/// <param name="Inputs">The inputs.</param>
/// <param name="Targets">The targets.</param>
public sealed record SequenceBatch(SequenceTensor Inputs, SequenceTensor Targets);
