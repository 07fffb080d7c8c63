namespace RnnKata.Experiments.Running;

/// <summary>Collects one experiment's metrics in order, so that each is one readable line in the experiment.</summary>
/// <param name="experiment">The experiment's name, stamped on every metric.</param>
public sealed class MetricList(string experiment)
{
    private readonly List<Metric> _metrics = [];

    /// <summary>The metrics so far.</summary>
    public IReadOnlyList<Metric> All => _metrics;

    /// <summary>Adds a metric of a single run (see <see cref="Metric.Single"/>).</summary>
    public void Add(string name, string definition, double value, bool? lowerIsBetter, double seconds, double? seed = null) =>
        _metrics.Add(Metric.Single(experiment, name, definition, value, lowerIsBetter, seconds, seed));

    /// <summary>Adds the median of several runs (see <see cref="Metric.Median"/>).</summary>
    public void AddMedian(string name, string definition, IReadOnlyList<double> values, bool? lowerIsBetter, double seconds, double? seed = null) =>
        _metrics.Add(Metric.Median(experiment, name, definition, values, lowerIsBetter, seconds, seed));
}
