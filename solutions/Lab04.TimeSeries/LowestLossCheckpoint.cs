namespace RnnKata.Lab04;

/// <summary>
/// <see cref="TrainingOptions.RestoreLowestBatchLoss"/>: the parameters right after the step whose batch loss (before
/// the step) was the lowest so far, put back at the end. Does nothing when the option is off.
/// </summary>
internal sealed class LowestLossCheckpoint(EngineNetwork network, bool enabled)
{
    private float[]? _saved;
    private double _lowest = double.PositiveInfinity;

    /// <summary>Called after each step with the loss that step measured.</summary>
    public void AfterStep(double loss)
    {
        if (enabled && loss < _lowest)
            (_lowest, _saved) = (loss, network.SaveParameters());
    }

    /// <summary>Puts the saved parameters back into the network.</summary>
    public void Restore()
    {
        if (_saved is not null)
            network.RestoreParameters(_saved);
    }
}
