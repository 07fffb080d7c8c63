using System.Text.Json;
using RnnKata.Catalogue;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Copies;

/// <summary>
/// END-TO-END: a class of four grades Lab01 for real, then copy detection reads their code: ann (MathNet operations),
/// ben (ann's code renamed, reformatted and re-commented), cat (written independently with loops) and dan (the reference
/// solution handed in). All four are correct (full points), yet only ann and ben are a pair and only dan copies the
/// reference. About half a minute.
/// </summary>
[Category("Grading")]
[Category("GradingEndToEnd")]
[NonParallelizable]
public class ClassCopiesEndToEndTests
{
    private const string LabFolder = "Lab01.TwoStepRnn";
    private TempFolder _work = null!;
    private string _output = "";
    private int _exitCode;

    [OneTimeSetUp]
    public void GradeTheClass()
    {
        var root = KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory);
        _work = new TempFolder();
        Plant("ann", File.ReadAllText(Samples.TestData(Path.Combine("Copies", "TwoStepRnn.MathNet.cs.txt"))));
        Plant("ben", File.ReadAllText(Samples.TestData(Path.Combine("Copies", "TwoStepRnn.MathNet.Renamed.cs.txt"))));
        Plant("cat", File.ReadAllText(Samples.TestData(Path.Combine("Copies", "TwoStepRnn.Loops.cs.txt"))));
        Plant("dan", File.ReadAllText(Path.Combine(root, "solutions", LabFolder, "TwoStepRnn.cs")));

        using var output = new StringWriter();
        using var error = new StringWriter();
        _exitCode = GradingApp.Run(["--submissions", _work.Combine("submissions"), "--out", _work.Combine("out"), "--labs", "Lab01", "--parallel", "2"],
                                   output, error, cancellationToken: TestContext.CurrentContext.CancellationToken);
        _output = output + error.ToString();
        TestContext.Out.WriteLine(_output);
    }

    [OneTimeTearDown]
    public void DeleteWork() => _work?.Dispose();

    private void Plant(string student, string source) =>
        _work.Write($"submissions/{student}/exercises/{LabFolder}/TwoStepRnn.cs", source);

    [Test]
    public void The_two_independent_solutions_and_the_reference_are_correct()
    {
        _exitCode.Should().Be(GradingApp.ExitGraded, _output);
        var points = LabCatalogue.All.Single(l => l.Id == "Lab01").Points.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lab01 = File.ReadAllLines(_work.Combine("out", "gradebook.csv")).Skip(1).ToDictionary(line => line.Split(',')[0], line => line.Split(',')[3]);
        (lab01["ann"], lab01["cat"], lab01["dan"]).Should().Be((points, points, points));
    }

    [Test]
    public void The_class_report_lists_the_renamed_copy_and_the_copy_of_the_reference_only()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(_work.Combine("out", "class-report.json")));
        var copies = document.RootElement.GetProperty("copies");

        copies.GetProperty("pairs").EnumerateArray().Select(p => $"{p.GetProperty("a").GetString()}+{p.GetProperty("b").GetString()}")
            .Should().Equal("ann+ben");
        copies.GetProperty("referenceCopies").EnumerateArray().Select(p => p.GetProperty("a").GetString()).Should().Equal("dan");
        copies.GetProperty("pairs")[0].GetProperty("passages").GetArrayLength().Should().BePositive();
    }

    [Test]
    public void The_copies_page_shows_the_shared_passages_side_by_side()
    {
        var page = File.ReadAllText(_work.Combine("out", "copies.md"));

        page.Should().Contain("### ann and ben").And.Contain("### dan and the reference solution").And.NotContain("cat");
        page.Should().MatchRegex(@"\| ann: `Lab01\.TwoStepRnn/TwoStepRnn\.cs` lines \d+–\d+ \| ben: `Lab01\.TwoStepRnn/TwoStepRnn\.cs` lines \d+–\d+ \|");
        page.Should().Contain("| `        var fresh = x1.Multiply(weights.Wx);` | `        var fromNow = inputs.Multiply(w.Wx);` |");
        _output.Should().Contain("1 copy of the reference solution, 1 pair of students too alike (copies.md)").And.Contain("Read ");
    }
}
