namespace RnnKata.Catalogue;

/// <summary>Finds the kata's folders on disk.</summary>
public static class KataPaths
{
    /// <summary>
    /// The repository root: the first folder, from <paramref name="start"/> (default: the current
    /// directory, then this assembly's folder) upwards, that holds <c>RnnKata.sln</c>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such folder above the start.</exception>
    public static string FindRoot(string? start = null)
    {
        var starts = start is not null ? [start] : new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var from in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(from)); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "RnnKata.sln")))
                    return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find RnnKata.sln above '{starts[0]}'. Run this from inside the kata's folder.");
    }
}
