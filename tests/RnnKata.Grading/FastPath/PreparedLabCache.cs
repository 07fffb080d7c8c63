using System.Text.Json;
using RnnKata.Grading.Exports;

namespace RnnKata.Grading.FastPath;

/// <summary>
/// A lab's preparation kept on disk for the next run (<see cref="FastGrader.PrepareReusing"/>): MSBuild's answers and the
/// listed tests, under the key they were made with. An entry whose key differs, whose prepared folder is gone, or that
/// cannot be read is ignored (the lab is prepared again).
/// </summary>
internal static class PreparedLabCache
{
    /// <summary>One lab's kept preparation.</summary>
    /// <param name="Key">What the lab's test build depended on when it was made.</param>
    /// <param name="Inputs">MSBuild's answers about the exercise project.</param>
    /// <param name="Visible">The prepared tests.</param>
    internal sealed record Entry(string Key, LabBuildInputs Inputs, PreparedTests Visible);

    /// <summary>The entry in <paramref name="file"/> when it was made under <paramref name="key"/> and its folder still exists; else null.</summary>
    public static Entry? TryRead(string file, string key)
    {
        try
        {
            var entry = File.Exists(file) ? JsonSerializer.Deserialize<Entry>(File.ReadAllText(file)) : null;
            return entry is not null && entry.Key == key && Directory.Exists(entry.Visible.Folder) && entry.Visible.Listed.Count > 0 ? entry : null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes <paramref name="entry"/> to <paramref name="file"/> atomically.</summary>
    public static void Write(string file, Entry entry) => AtomicFile.WriteAllText(file, JsonSerializer.Serialize(entry));
}
