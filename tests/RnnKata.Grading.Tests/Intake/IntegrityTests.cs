using RnnKata.Grading.Intake;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.Intake;

[Category("Grading")]
public class IntegrityTests
{
    private TempFolder _kata = null!;
    private TempFolder _submissions = null!;
    private TempFolder _work = null!;

    [SetUp]
    public void CreateKataAndFolders()
    {
        _kata = new TempFolder();
        foreach (var (path, content) in KataFiles)
            _kata.Write(path, content);
        _kata.Write("exercises/Lab01.TwoStepRnn/bin/Debug/Lab01.TwoStepRnn.csproj", "build output");
        _submissions = new TempFolder();
        _work = new TempFolder();
    }

    [TearDown]
    public void DeleteFolders()
    {
        _kata.Dispose();
        _submissions.Dispose();
        _work.Dispose();
    }

    private static readonly (string Path, string Content)[] KataFiles =
    [
        ("RnnKata.sln", "solution"),
        ("Directory.Build.props", "<Project>settings</Project>"),
        ("exercises/BannedSymbols.txt", "T:System.Random"),
        ("exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj", "<Project />"),
        ("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { /* stub */ }"),
        ("exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "class SeedBatch {}\nline two\n"),
        ("exercises/RnnKata.Given/Require.cs", "class Require {}"),
        ("tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", "class FirstStepTests {}"),
        ("analyzers/RnnKata.Analyzers/NoLoopsAnalyzer.cs", "class NoLoopsAnalyzer {}"),
        ("docs/01-two-step-rnn.md", "# Chapter 1"),
    ];

    /// <summary>Materializes the submission named <paramref name="name"/> against the kata, and checks that the
    /// submissions folder and the kata are as they were.</summary>
    private IntakeResult Materialize(string name, IntakeLimits? limits = null)
    {
        var before = (IntakeKit.Snapshot(_submissions.Path), IntakeKit.Snapshot(_kata.Path));
        var result = SubmissionIntake.Materialize(
            SubmissionFolder.Discover(_submissions.Path).Single(e => e.OriginalName == name), _work.Path, limits, PristineKata.Load(_kata.Path));
        IntakeKit.Snapshot(_submissions.Path).Should().Equal(before.Item1, "the submission is only read");
        IntakeKit.Snapshot(_kata.Path).Should().Equal(before.Item2, "the kata is only read");
        return result;
    }

    [Test]
    public void Unchanged_copies_of_kata_files_give_no_warning_whatever_their_line_endings()
    {
        foreach (var (path, content) in KataFiles)
            _submissions.Write($"alice/{path}", content);
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "\uFEFFclass SeedBatch {}\r\nline two\r\n");
        _submissions.Write("alice/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { /* done */ }");
        _submissions.Write("alice/docs/01-two-step-rnn.md", "# My notes");

        var result = Materialize("alice");

        result.IsGradable.Should().BeTrue();
        result.Warnings.Should().BeEmpty();
    }

    [Test]
    public void Changed_and_added_files_that_grading_ignores_are_listed_one_by_one()
    {
        foreach (var (path, content) in KataFiles)
            _submissions.Write($"bob/{path}", content);
        _submissions.Write("bob/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { /* done */ }");
        _submissions.Write("bob/tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", "class FirstStepTests { /* always passes */ }");
        _submissions.Write("bob/tests/Lab01.TwoStepRnn.Tests/MyTests.cs", "class MyTests {}");
        _submissions.Write("bob/exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj", "<Project><NoWarn>RS0030</NoWarn></Project>");
        _submissions.Write("bob/Directory.Build.props", "<Project>no warnings as errors</Project>");
        _submissions.Write("bob/exercises/Lab01.TwoStepRnn/Directory.Build.targets", "<Project />");
        _submissions.Write("bob/exercises/BannedSymbols.txt", "");
        _submissions.Write("bob/exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs", "class SeedBatch { /* tampered */ }");
        _submissions.Write("bob/exercises/RnnKata.Given/Require.cs", "class Require { /* tampered */ }");
        _submissions.Write("bob/analyzers/RnnKata.Analyzers/NoLoopsAnalyzer.cs", "class NoLoopsAnalyzer { /* off */ }");
        _submissions.Write("bob/exercises/Lab01.TwoStepRnn/obj/project.assets.json", "build output");

        var result = Materialize("bob");

        result.IsGradable.Should().BeTrue();
        result.SourceFiles.Should().Equal("Lab01.TwoStepRnn/TwoStepRnn.cs");
        result.Warnings.Should().OnlyContain(w => w.Kind == IntakeWarningKind.Integrity);
        result.Warnings.Select(w => w.Message).Should().Equal(
            "'Directory.Build.props' (build settings) differs from the kata's copy; grading uses the kata's.",
            "'analyzers/RnnKata.Analyzers/NoLoopsAnalyzer.cs' (analyzer code) differs from the kata's copy; grading uses the kata's.",
            "'exercises/BannedSymbols.txt' (a banned-symbols list) differs from the kata's copy; grading uses the kata's.",
            "'exercises/Lab01.TwoStepRnn/Directory.Build.targets' (build settings) is not part of the kata; grading ignores it.",
            "'exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs' (given code) differs from the kata's copy; grading uses the kata's.",
            "'exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj' (a project file) differs from the kata's copy; grading uses the kata's.",
            "'exercises/RnnKata.Given/Require.cs' (given code) differs from the kata's copy; grading uses the kata's.",
            "'tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs' (a test file) differs from the kata's copy; grading uses the kata's.",
            "'tests/Lab01.TwoStepRnn.Tests/MyTests.cs' (a test file) is not part of the kata; grading ignores it.");
    }

    [Test]
    public void A_copy_of_the_exercises_alone_is_checked_against_the_katas_exercises()
    {
        File.WriteAllBytes(_submissions.Combine("carol.zip"), IntakeKit.Zip(
            ("Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { /* done */ }"),
            ("Lab01.TwoStepRnn/Given/SeedBatch.cs", "class SeedBatch {}\nline two\n"),
            ("Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj", "<Project Sdk=\"changed\" />")));

        var result = Materialize("carol.zip");

        result.Warnings.Select(w => w.Message).Should().Equal(
            "'exercises/Lab01.TwoStepRnn/Lab01.TwoStepRnn.csproj' (a project file) differs from the kata's copy; grading uses the kata's.");
    }

    [Test]
    public void Guarded_files_past_the_submissions_size_limit_are_reported_as_not_compared()
    {
        _submissions.Write("dan/exercises/Lab01.TwoStepRnn/TwoStepRnn.cs", "class TwoStepRnn { /* done */ }");
        _submissions.Write("dan/tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs", new string('x', 300));

        var result = Materialize("dan", new IntakeLimits { MaxSubmissionBytes = 200 });

        result.Warnings.Select(w => w.Message).Should().Equal(
            "'tests/Lab01.TwoStepRnn.Tests/FirstStepTests.cs' (a test file) was not compared with the kata's copy (the submission passed 200 bytes, or the file cannot be read); grading uses the kata's.");
    }
}
