namespace RnnKata.Experiments.Lab05;

/// <summary>Counts an experiment's training runs for its progress bar: run k of <see cref="Total"/> fills [k, k + 1)/Total.</summary>
/// <param name="total">The runs the experiment will start, at least one.</param>
internal sealed class RunCounter(int total)
{
    private int _started;

    /// <summary>The runs in all.</summary>
    public int Total { get; } = Math.Max(1, total);

    /// <summary>Starts the next run; returns its index (0 for the first).</summary>
    public int Start() => _started++;
}
