using System.IO.Compression;
using System.Text.Json;
using RnnKata.Catalogue;
using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Class;

/// <summary>
/// END-TO-END: grades a planted class for real on the fast path (Lab01 and Lab03, hidden tests, a
/// grading file): a solved submission, the pristine stubs, an endless loop, a corrupt zip, a compile
/// error with an edited test file; and the hostile students of <c>ClassGradingEndToEndTests.Hostile.cs</c>. Each
/// asserts its exact verdict and that the other lab's points are untouched; the submissions folder must be
/// unchanged; a second run keeps every grade. About a minute.
/// </summary>
[Category("Grading")]
[Category("GradingEndToEnd")]
[NonParallelizable]
public partial class ClassGradingEndToEndTests
{
    private const string HiddenTest = """
        using RnnKata.Given;

        namespace RnnKata.Lab01.Tests.Hidden;

        public class SecretFirstStepTests
        {
            [Test]
            public void First_step_outputs_lie_strictly_between_minus_one_and_one()
            {
                var x0 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 3, 0.7);
                var y0 = TwoStepRnn.FirstStep(x0, RnnWeights.Seeded(3, 5));
                Assert.That(y0.Enumerate().All(v => v > -1 && v < 1), "Secret expectation");
            }
        }
        """;

    private const string GradingFile = """
        { "labs": { "Lab01": { "points": 12, "weights": [ { "tests": "SecretFirstStepTests.*", "weight": 5 } ] } } }
        """;

    private string _root = null!;
    private TempFolder _work = null!;
    private IReadOnlyDictionary<string, string> _before = null!;
    private int _exitCode;
    private string _output = "";

    [OneTimeSetUp]
    public void GradeThePlantedClass()
    {
        _root = KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory);
        _work = new TempFolder();
        PlantClass();
        _work.Write("hidden/Lab01/SecretFirstStepTests.cs", HiddenTest);
        _work.Write("grading.json", GradingFile);
        _before = Snapshot("submissions");

        (_exitCode, _output) = Grade();
    }

    [OneTimeTearDown]
    public void DeleteWork() => _work?.Dispose();

    private (int ExitCode, string Output) Grade(params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = GradingApp.Run(
            ["--submissions", _work.Combine("submissions"), "--out", _work.Combine("out"), "--labs", "Lab01,Lab03",
             "--hidden-tests", _work.Combine("hidden"), "--grading-file", _work.Combine("grading.json"), "--lab-timeout", "15",
             "--parallel", "2", .. extra],
            output, error, cancellationToken: TestContext.CurrentContext.CancellationToken);
        TestContext.Out.WriteLine(output.ToString());
        TestContext.Out.WriteLine(error.ToString());
        return (exitCode, output + error.ToString());
    }

    private void PlantClass()
    {
        var solutions = Path.Combine(_root, "solutions");
        var exercises = Path.Combine(_root, "exercises");

        CopySources(solutions, "Lab01.TwoStepRnn", "submissions/alice/exercises");
        CopySources(solutions, "Lab03.GruLstm", "submissions/alice/exercises");

        CopySources(exercises, "Lab01.TwoStepRnn", "bob/exercises");
        CopySources(exercises, "Lab03.GruLstm", "bob/exercises");
        ZipFile.CreateFromDirectory(_work.Combine("bob"), _work.Combine("submissions", "bob.zip"));

        CopySources(solutions, "Lab01.TwoStepRnn", "submissions/carol/exercises");
        CopySources(solutions, "Lab03.GruLstm", "submissions/carol/exercises");
        var carolLab01 = _work.Combine("submissions", "carol", "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs");
        File.WriteAllText(carolLab01, File.ReadAllText(carolLab01).Replace(
            "public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights)",
            "public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights) => Forever();\n" +
            "    private static Matrix<double> Forever() { while (true) { } }\n" +
            "    public static Matrix<double> FirstStepOriginal(Matrix<double> x0, RnnWeights weights)", StringComparison.Ordinal));

        File.WriteAllBytes(_work.Combine("submissions", "dave.zip"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        CopySources(exercises, "Lab01.TwoStepRnn", "submissions/erin/exercises");
        CopySources(solutions, "Lab03.GruLstm", "submissions/erin/exercises");
        File.AppendAllText(_work.Combine("submissions", "erin", "exercises", "Lab01.TwoStepRnn", "TwoStepRnn.cs"), "\nthis is not C#\n");
        _work.Write("submissions/erin/tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", "// all tests deleted");

        PlantHostileStudents();
    }

    private void CopySources(string side, string lab, string to)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(side, lab), "*.cs"))
            _work.Write($"{to}/{lab}/{Path.GetFileName(file)}", File.ReadAllText(file));
    }

    private IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(_work.Combine(folder), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => FileNodes.Of(f) == FileNodeKind.RegularFile
                ? File.ReadAllText(f) + "@" + File.GetLastWriteTimeUtc(f).Ticks
                : FileNodes.Of(f) + "@" + File.GetLastWriteTimeUtc(f).Ticks); // a named pipe is never opened

    private string[] Gradebook() => File.ReadAllLines(_work.Combine("out", "gradebook.csv"));

    private JsonElement Report(string student)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(_work.Combine("out", "students", student, "report.json")));
        return document.RootElement.Clone();
    }

    [Test]
    public void Grading_ran_and_the_gradebook_has_each_students_exact_points()
    {
        _exitCode.Should().Be(GradingApp.ExitGraded, _output);
        var gradebook = Gradebook();
        gradebook[..6].Should().Equal(
            "student,student_id,lms_id,Lab01,Lab03,total,max,note",
            "alice,alice,,12,20,32,32,",
            "bob,bob,,0,0,0,32,",
            "carol,carol,,0,20,20,32,Lab01 run failed",
            "dave,dave,,0,0,0,32,not graded: The zip file 'dave.zip' is damaged or not a zip file; ask the student to submit it again.",
            "erin,erin,,0,20,20,32,Lab01 build failed");
        HostileRowsAreAsPlanted(gradebook[6..]);
    }

    [Test]
    public void Hidden_tests_are_graded_with_their_weight_and_their_points_reported()
    {
        var lab01 = Report("alice").GetProperty("labs")[0];

        lab01.GetProperty("hidden").GetProperty("passed").GetInt32().Should().Be(1);
        lab01.GetProperty("hidden").GetProperty("points").GetDouble().Should().Be(1.4, "12 × 5 / (37 + 5) = 1.43 (Lab 1's 37 visible tests and the hidden weight 5)");
        lab01.GetProperty("points").GetDouble().Should().Be(12);
    }

    [Test]
    public void Students_see_neither_the_name_nor_the_message_of_a_hidden_test()
    {
        foreach (var file in new[] { "feedback.md", "results.json", "junit.xml" })
            File.ReadAllText(_work.Combine("out", "students", "bob", file)).Should().NotContain("Secret", file);
        var lab01 = File.ReadAllText(_work.Combine("out", "students", "alice", "feedback.md")).Split("## Lab03")[0];
        lab01.Should().Contain("37 of 37 visible tests pass. Hidden tests are graded separately.").And.NotContain("Every graded test passes");
    }

    [Test]
    public void An_endless_loop_costs_its_lab_only_with_a_clear_verdict()
    {
        var labs = Report("carol").GetProperty("labs");

        labs[0].GetProperty("status").GetString().Should().Be("run-failed");
        string.Join("\n", labs[0].GetProperty("problems").EnumerateArray().Select(p => p.GetString()))
            .Should().Contain("ran longer than 15 s and were stopped").And.Contain("endless loop");
        labs[1].GetProperty("points").GetDouble().Should().Be(20);
    }

    [Test]
    public void A_compile_error_costs_its_lab_only_and_an_edited_test_file_is_an_integrity_warning()
    {
        var report = Report("erin");

        report.GetProperty("labs")[0].GetProperty("status").GetString().Should().Be("build-failed");
        report.GetProperty("labs")[1].GetProperty("points").GetDouble().Should().Be(20);
        report.GetProperty("warnings").EnumerateArray().Select(w => w.GetString())
            .Should().Contain(w => w!.Contains("tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", StringComparison.Ordinal));
        File.ReadAllText(_work.Combine("out", "students", "erin", "feedback.md")).Should().Contain("## About your submission");
    }

    [Test]
    public void The_submissions_are_never_modified() => Snapshot("submissions").Should().Equal(_before);

    [Test]
    public void A_second_run_keeps_every_grade_and_the_gradebook()
    {
        var first = Gradebook();

        var (exitCode, output) = Grade();

        exitCode.Should().Be(GradingApp.ExitGraded);
        output.Should().Contain($"{KeptOnSecondRun} of them unchanged since the last run and kept").And.NotContain("Preparing the kata");
        Gradebook().Should().Equal(first);
    }
}
