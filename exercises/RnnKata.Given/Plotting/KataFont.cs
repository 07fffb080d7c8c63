using System.Reflection;

namespace RnnKata.Given.Plotting;

/// <summary>
/// The font every figure uses (DejaVu Sans, bundled), so that a figure renders the same on every
/// machine whatever fonts it has installed.
/// </summary>
internal static class KataFont
{
    public const string Name = "DejaVu Sans";
    private const string Resource = "RnnKata.Given.Fonts.DejaVuSans.ttf";
    private static readonly Lazy<string> FilePath = new(Extract);

    /// <summary>Makes the bundled font known to ScottPlot (once) and returns the font's file.</summary>
    public static string EnsureRegistered() => FilePath.Value;

    private static string Extract()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The bundled font {Resource} is missing from RnnKata.Given.");
        // One file per content version; written to a temporary name first so that concurrent test
        // processes never read a half-written font.
        var path = Path.Combine(Path.GetTempPath(), $"rnnkata-dejavusans-{stream.Length}.ttf");
        if (!File.Exists(path) || new FileInfo(path).Length != stream.Length)
        {
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var file = File.Create(temporary))
                stream.CopyTo(file);
            File.Move(temporary, path, overwrite: true);
        }
        ScottPlot.Fonts.AddFontFile(Name, path);
        return path;
    }
}
