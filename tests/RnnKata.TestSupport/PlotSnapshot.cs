using System.Globalization;
using System.Runtime.CompilerServices;
using RnnKata.Given.Plotting;

namespace RnnKata.TestSupport;

/// <summary>
/// Compares a figure's model (<see cref="FigureText"/>) with the snapshot stored next to the test in
/// <c>__snapshots__/NAME.plot.txt</c>: text must match exactly, numbers within
/// <see cref="Tolerance.Snapshot"/> (relative). A missing snapshot is never created silently: under
/// <c>CI=true</c> it fails; elsewhere it is created only when <c>RNNKATA_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
public static class PlotSnapshot
{
    /// <summary>Environment variable that lets a local run create or replace snapshots.</summary>
    public const string AcceptVariable = "RNNKATA_ACCEPT_SNAPSHOTS";

    /// <summary>
    /// Environment variable naming a folder for <c>*.received.txt</c> files instead of the test's own
    /// <c>__snapshots__</c>: the grader sets it so that submissions graded side by side never write into
    /// the kata or into each other's files. Snapshots are never accepted while it is set.
    /// </summary>
    public const string ReceivedFolderVariable = "RNNKATA_RECEIVED_DIR";

    /// <summary>Checks <paramref name="figure"/> against the snapshot called <paramref name="name"/>.</summary>
    public static void Verify(Figure figure, string name, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        var snapshotPath = Path.Combine(folder, name + ".plot.txt");
        var receivedPath = Path.Combine(Environment.GetEnvironmentVariable(ReceivedFolderVariable) is { Length: > 0 } elsewhere ? elsewhere : folder,
                                        name + ".received.txt");
        var actual = FigureText.Write(figure);

        if (!File.Exists(snapshotPath))
        {
            if (IsCi())
                Assert.Fail($"Plot snapshot {snapshotPath} is missing. Snapshots are never created under CI: " +
                            $"create it locally ({AcceptVariable}=1 dotnet test -p:KataTarget=solutions) and commit it.");
            if (Accepting())
            {
                Accept(snapshotPath, receivedPath, actual);
                return;
            }
            Write(receivedPath, actual);
            Assert.Fail($"Plot snapshot {snapshotPath} is missing. The figure was written to {receivedPath}; " +
                        $"if it is right, rerun with {AcceptVariable}=1 against the solutions to accept it.");
        }

        var difference = FirstDifference(File.ReadAllText(snapshotPath), actual);
        if (difference is null)
        {
            if (File.Exists(receivedPath))
                File.Delete(receivedPath);
            return;
        }
        if (Accepting() && !IsCi())
        {
            Accept(snapshotPath, receivedPath, actual);
            return;
        }
        Write(receivedPath, actual);
        Assert.Fail($"The figure '{figure.Title}' differs from its snapshot ({Path.GetFileName(snapshotPath)}): {difference}\n" +
                    $"The whole figure is in {receivedPath}. If your numbers are off, the figure is too: fix the failing value tests first.");
    }

    /// <summary>
    /// Where two figure texts first differ (line, expected, actual), or null when they agree:
    /// numeric tokens within <see cref="Tolerance.Snapshot"/>, everything else exactly.
    /// </summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var expectedLines = Lines(expected);
        var actualLines = Lines(actual);
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of snapshot)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of figure)";
            if (!LinesAgree(e, a))
                return $"line {i + 1}: expected \"{e.Trim()}\" but got \"{a.Trim()}\"";
        }
        return null;
    }

    private static bool LinesAgree(string expected, string actual)
    {
        var e = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var a = actual.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return e.Length == a.Length && e.Zip(a).All(pair => TokensAgree(pair.First, pair.Second));
    }

    private static bool TokensAgree(string expected, string actual)
    {
        if (expected == actual)
            return true;
        return TryNumber(expected, out var e) && TryNumber(actual, out var a)
            && Math.Abs(e - a) <= Tolerance.Snapshot * Math.Max(1.0, Math.Abs(e));
    }

    private static bool TryNumber(string token, out double value) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    private static void Accept(string snapshotPath, string receivedPath, string text)
    {
        Write(snapshotPath, text);
        File.Delete(receivedPath);
        TestContext.Out.WriteLine($"Accepted plot snapshot {snapshotPath}.");
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    private static bool Accepting() =>
        Environment.GetEnvironmentVariable(AcceptVariable) == "1" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ReceivedFolderVariable));

    private static bool IsCi()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        return !string.IsNullOrEmpty(ci) && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0";
    }
}
