using System.Text.Encodings.Web;
using System.Text.Json;

namespace RnnKata.Experiments.Running;

/// <summary>
/// Writes metrics as a JSON array of
/// <c>{"experiment","metric","definition","seed","value","lowerIsBetter","seconds","runs","min","max"}</c>:
/// <c>seed</c> is the original lab's figure (null where it has none), <c>lowerIsBetter</c> null for a
/// number that is neither better low nor high, and <c>runs</c>, <c>min</c>, <c>max</c> the seeds the
/// median <c>value</c> was taken over and their range.
/// </summary>
public static class MetricsJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The metrics as JSON text.</summary>
    public static string Write(IEnumerable<Metric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var metric in metrics)
                WriteMetric(json, metric);
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the metrics to <paramref name="path"/>, creating its folder.</summary>
    public static void Save(IEnumerable<Metric> metrics, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Write(metrics));
    }

    private static void WriteMetric(Utf8JsonWriter json, Metric metric)
    {
        json.WriteStartObject();
        json.WriteString("experiment", metric.Experiment);
        json.WriteString("metric", metric.Name);
        json.WriteString("definition", metric.Definition);
        WriteNumber(json, "seed", metric.Seed);
        WriteNumber(json, "value", metric.Value);
        if (metric.LowerIsBetter is { } lower)
            json.WriteBoolean("lowerIsBetter", lower);
        else
            json.WriteNull("lowerIsBetter");
        WriteNumber(json, "seconds", Math.Round(metric.Seconds, 3));
        json.WriteNumber("runs", metric.Runs);
        WriteNumber(json, "min", metric.Min);
        WriteNumber(json, "max", metric.Max);
        json.WriteEndObject();
    }

    // JSON has no NaN or infinity: a diverged run's loss is written as null.
    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }
}
