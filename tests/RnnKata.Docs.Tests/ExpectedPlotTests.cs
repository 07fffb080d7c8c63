using System.Globalization;
using System.Text.RegularExpressions;

namespace RnnKata.Docs.Tests;

/// <summary>
/// Chapter 1 prints Y0 and Y1 of the seed batch. They must stay equal to the figure's snapshot
/// (tests/Lab01.TwoStepRnn.Tests/__snapshots__/seed-batch-activations.plot.txt), which the lab's
/// tests hold the reference solution to, so the chapter cannot drift from the code.
/// </summary>
[Category("Docs")]
public sealed partial class ExpectedPlotTests
{
    private const string Chapter = "docs/01-two-step-rnn.md";
    private const string Snapshot = "tests/Lab01.TwoStepRnn.Tests/__snapshots__/seed-batch-activations.plot.txt";

    // The chapter prints four decimals: a printed value may be off by half a unit in the last place.
    private const double PrintedRounding = 0.5e-4 + 1e-12;

    [Test]
    public void Chapter_1_prints_the_seed_batch_outputs_of_the_snapshot()
    {
        var snapshotPath = Path.Combine(DocsTree.Root, Snapshot);
        Assume.That(File.Exists(snapshotPath), $"{Snapshot} does not exist yet");
        var expected = SnapshotRows(File.ReadAllText(snapshotPath));

        var section = DocsTree.Document(Path.Combine(DocsTree.Root, Chapter)).Section("The expected plot");
        section.Should().NotBeNull($"{Chapter} must have a '## The expected plot' section");
        var printed = PrintedRows(section!);

        printed.Should().HaveCount(expected.Count, $"{Chapter} prints Y0 and Y1 side by side, one line per instance");
        for (var i = 0; i < expected.Count; i++)
        {
            printed[i].Should().HaveCount(expected[i].Length);
            for (var j = 0; j < expected[i].Length; j++)
                printed[i][j].Should().BeApproximately(expected[i][j], PrintedRounding,
                    $"{Chapter} prints {(i < expected.Count / 2 ? "Y0" : "Y1")}[{i % (expected.Count / 2)}, {j}], which the snapshot gives as {expected[i][j]}");
        }
    }

    [Test]
    public void Chapter_1_prints_the_kata_rows_beside_the_seeds()
    {
        var snapshotPath = Path.Combine(DocsTree.Root, Snapshot);
        Assume.That(File.Exists(snapshotPath), $"{Snapshot} does not exist yet");
        var expected = SnapshotRows(File.ReadAllText(snapshotPath));
        var section = DocsTree.Document(Path.Combine(DocsTree.Root, Chapter)).Section("The seed's printout beside the kata's");
        section.Should().NotBeNull($"{Chapter} must put the seed's printed rows beside the kata's under '### The seed's printout beside the kata's'");

        var rows = SeedTableRow().Matches(section!).ToArray();

        rows.Should().HaveCount(expected.Count, $"{Chapter}'s table has one line per instance for Y0 and for Y1");
        foreach (var row in rows)
        {
            var (output, instance, index) = (row.Groups["output"].Value, int.Parse(row.Groups["instance"].Value, CultureInfo.InvariantCulture),
                int.Parse(row.Groups["row"].Value, CultureInfo.InvariantCulture));
            index.Should().Be(instance - 1, $"the lab counts instances from 1 and the kata rows from 0 ({output}, instance{instance})");
            var snapshotRow = expected[(output == "Y0" ? 0 : expected.Count / 2) + index];
            var printed = Numbers(row.Groups["kata"].Value, ',');
            printed.Should().HaveCount(snapshotRow.Length);
            for (var j = 0; j < printed.Length; j++)
                printed[j].Should().BeApproximately(snapshotRow[j], PrintedRounding,
                    $"{Chapter}'s table prints {output}[{index}, {j}], which the snapshot gives as {snapshotRow[j]}");
        }
    }

    // Snapshot rows in order: Y0's rows (panel 1), then Y1's rows (panel 2).
    private static List<double[]> SnapshotRows(string snapshot) =>
        SnapshotRow().Matches(snapshot).Select(m => Numbers(m.Groups["values"].Value, ' ')).ToList();

    // The chapter's lines "[Y0 row]  [Y1 row]" become Y0's rows followed by Y1's rows.
    private static List<double[]> PrintedRows(string section)
    {
        var lines = PrintedLine().Matches(section).ToArray();
        return lines.Select(m => Numbers(m.Groups["y0"].Value, ','))
            .Concat(lines.Select(m => Numbers(m.Groups["y1"].Value, ',')))
            .ToList();
    }

    private static double[] Numbers(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();

    [GeneratedRegex(@"^\s*row \d+: (?<values>.+)$", RegexOptions.Multiline)]
    private static partial Regex SnapshotRow();

    // | `Y0` | instance1 | 0 | input | the lab's printout | `[kata's row]` |
    [GeneratedRegex(@"^\| `(?<output>Y[01])` \| instance(?<instance>\d) \| (?<row>\d) \|.*\| `\[(?<kata>[^\]]+)\]` \|\s*$", RegexOptions.Multiline)]
    private static partial Regex SeedTableRow();

    [GeneratedRegex(@"^\[(?<y0>[^\]]+)\]\s+\[(?<y1>[^\]]+)\]\s*$", RegexOptions.Multiline)]
    private static partial Regex PrintedLine();
}
