namespace RnnKata.TestSupport.Tests;

[TestFixture]
public class PlotSnapshotTests
{
    private const string Snapshot = "figure: F\n  heatmap: Y0\n    row 0: 0.81004011 -1 1\n";

    [Test]
    public void Numbers_within_the_tolerance_agree() =>
        PlotSnapshot.FirstDifference(Snapshot, "figure: F\n  heatmap: Y0\n    row 0: 0.8100401 -1 1\n").Should().BeNull();

    [Test]
    public void A_number_outside_the_tolerance_is_reported_with_its_line() =>
        PlotSnapshot.FirstDifference(Snapshot, "figure: F\n  heatmap: Y0\n    row 0: 0.8110401 -1 1\n")
            .Should().StartWith("line 3:").And.Contain("0.8110401");

    [Test]
    public void Text_must_match_exactly() =>
        PlotSnapshot.FirstDifference(Snapshot, "figure: G\n  heatmap: Y0\n    row 0: 0.81004011 -1 1\n")
            .Should().StartWith("line 1:");

    [Test]
    public void A_missing_line_is_a_difference() =>
        PlotSnapshot.FirstDifference(Snapshot, "figure: F\n  heatmap: Y0\n").Should().Contain("end of figure");

    [Test]
    public void Line_endings_do_not_matter() =>
        PlotSnapshot.FirstDifference(Snapshot, Snapshot.Replace("\n", "\r\n")).Should().BeNull();

    [Test]
    public void A_missing_snapshot_fails_under_CI_and_creates_nothing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rnnkata-snapshot-" + Guid.NewGuid().ToString("N"));
        var testFile = Path.Combine(folder, "FakeTests.cs");
        var figure = new Given.Plotting.Figure("F", [new Given.Plotting.Panel("P", "x", "y", [])]);
        var previous = Environment.GetEnvironmentVariable("CI");
        try
        {
            Environment.SetEnvironmentVariable("CI", "true");
            // NUnit records an Assert.Fail in the running test's result; an isolated context keeps it out.
            Action verify = () =>
            {
                using var isolated = new NUnit.Framework.Internal.TestExecutionContext.IsolatedContext();
                PlotSnapshot.Verify(figure, "missing", testFile);
            };

            verify.Should().Throw<AssertionException>().WithMessage("*missing*never created under CI*");
            Directory.Exists(Path.Combine(folder, "__snapshots__")).Should().BeFalse("nothing may be written under CI");
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", previous);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
