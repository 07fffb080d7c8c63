namespace RnnKata.Engine;

/// <summary>One batch of host data, time-major: inputs [T × B × I], targets as the model's loss wants them.</summary>
/// <param name="Inputs">The inputs.</param>
/// <param name="Targets">The targets (values, or class indices as floats for the cross-entropy).</param>
public sealed record SequenceBatch(float[] Inputs, float[] Targets);
