using RnnKata.Catalogue;

namespace RnnKata.Docs.Tests;

/// <summary>
/// Every lab in the catalogue (tests/RnnKata.Catalogue/labs.json) has a chapter, linked from
/// docs/README.md's table, with the sections of the chapter template (docs/README.md, "Writing a chapter").
/// </summary>
[Category("Docs")]
public sealed class ChapterTests
{
    /// <summary>One case per lab, named by its id.</summary>
    public static IEnumerable<TestCaseData> Labs() =>
        LabCatalogue.All.Select(lab => new TestCaseData(lab).SetArgDisplayNames(lab.Id));

    [TestCaseSource(nameof(Labs))]
    public void Chapter_file_exists(Lab lab) =>
        File.Exists(ChapterPath(lab)).Should().BeTrue($"labs.json names {lab.Chapter} as the chapter of {lab.Id}");

    [TestCaseSource(nameof(Labs))]
    public void Chapter_is_in_the_docs_folder(Lab lab) =>
        Path.GetDirectoryName(ChapterPath(lab)).Should().Be(DocsTree.DocsFolder, $"{lab.Id}'s chapter belongs in docs/");

    [TestCaseSource(nameof(Labs))]
    public void Chapter_is_linked_from_the_docs_README_next_to_its_title(Lab lab)
    {
        Assume.That(File.Exists(DocsTree.ReadmePath), "docs/README.md does not exist (see The_docs_have_a_start_page_with_links)");
        var readme = DocsTree.Document(DocsTree.ReadmePath);
        var lines = File.ReadAllText(DocsTree.ReadmePath).ReplaceLineEndings("\n").Split('\n');

        var links = readme.Links
            .Where(link => !link.IsExternal && link.Path.Length > 0 &&
                           DocsTree.Resolve(DocsTree.ReadmePath, link.Path) == ChapterPath(lab))
            .ToArray();

        links.Should().NotBeEmpty($"docs/README.md's chapter table must link {lab.Id}'s chapter ({Path.GetFileName(lab.Chapter)})");
        links.Should().Contain(link => lines[link.Line - 1].Contains(lab.Title, StringComparison.Ordinal),
            $"the table row linking {lab.Id}'s chapter must show its title from labs.json, \"{lab.Title}\"");
    }

    [TestCaseSource(nameof(Labs))]
    public void Chapter_has_a_theory_section(Lab lab) =>
        Chapter(lab).Headings.Should().Contain(h => h.Level == 2 && h.Text.StartsWith("Theory", StringComparison.Ordinal),
            $"{lab.Chapter} must explain the idea before the tasks, under a '## Theory…' heading");

    [TestCaseSource(nameof(Labs))]
    public void Chapter_has_numbered_task_sections(Lab lab)
    {
        var tasks = Chapter(lab).Headings.Where(h => h.Level == 2 && h.Text.StartsWith("Task ", StringComparison.Ordinal)).ToArray();

        tasks.Should().NotBeEmpty($"{lab.Chapter} must have '## Task 1: …' sections, one per method the student writes");
        tasks.Select(h => h.Text).Should().SatisfyRespectively(tasks.Select((_, i) => (Action<string>)(text =>
            text.Should().StartWith($"Task {i + 1}: ", $"the tasks of {lab.Chapter} are numbered 1, 2, 3, … in order"))));
    }

    [TestCaseSource(nameof(Labs))]
    public void Chapter_has_a_task_section_for_every_stub_of_the_lab(Lab lab)
    {
        var exercise = Path.Combine("exercises", lab.Project) + Path.DirectorySeparatorChar;
        var anchors = StubReferences.All()
            .Where(stub => stub.File.Replace('/', Path.DirectorySeparatorChar).StartsWith(exercise, StringComparison.Ordinal))
            .SelectMany(stub => stub.References)
            .Where(reference => reference.Chapter == lab.Chapter)
            .Select(reference => reference.Anchor)
            .ToArray();

        anchors.Should().NotBeEmpty($"the stubs in exercises/{lab.Project} must point at sections of {lab.Chapter}");
        Chapter(lab).Headings.Select(h => h.Slug).Should().Contain(anchors,
            $"every section the stubs of {lab.Id} point at must be a heading of {lab.Chapter}");
    }

    [TestCaseSource(nameof(Labs))]
    public void Chapter_has_a_hints_section(Lab lab) =>
        Chapter(lab).Section("Hints").Should().NotBeNullOrWhiteSpace($"{lab.Chapter} must have a '## Hints' section");

    [TestCaseSource(nameof(Labs))]
    public void Chapter_says_how_to_run_the_labs_tests(Lab lab)
    {
        var section = Chapter(lab).Section("Run the tests");
        section.Should().NotBeNull($"{lab.Chapter} must have a '## Run the tests' section");
        section.Should().Contain($"dotnet test tests/{lab.TestProjectName}", $"the section shows the command that runs only {lab.Id}'s test project");
    }

    /// <summary>The chapters that lead with the student front door (issue 16); a lab joins once its chapter's
    /// "Run the tests" section leads with <c>watch --lab LabNN</c> (Labs 5 and 6 were written alongside it).</summary>
    private static IEnumerable<Lab> FrontDoorLabs => LabCatalogue.All;

    [TestCaseSource(nameof(FrontDoorLabs))]
    public void Chapter_leads_its_run_the_tests_section_with_the_front_door(Lab lab)
    {
        var section = Chapter(lab).Section("Run the tests");
        section.Should().NotBeNull($"{lab.Chapter} must have a '## Run the tests' section");
        section!.TrimStart().Should().StartWith("From the repository root, the kata's front door",
                "the section leads with the front door, the fast per-lab loop (issue 16)")
            .And.Contain($"dotnet run --project tests/RnnKata.Kata -- watch --lab {lab.Id}",
                $"the 'Run the tests' section must show the front door's command for {lab.Id}")
            .And.Contain($"dotnet test tests/{lab.TestProjectName}", $"and the command that runs only {lab.Id}'s test project")
            .And.NotContain("dotnet test --filter Category=", "filtering the whole solution builds every project (92 s warm, against 17 s for the lab's own)");
    }

    [TestCaseSource(nameof(Labs))]
    public void Chapter_says_what_the_tests_check(Lab lab) =>
        Chapter(lab).Section("What the tests check").Should().NotBeNullOrWhiteSpace(
            $"{lab.Chapter} must have a '## What the tests check' section");

    [TestCaseSource(nameof(Labs))]
    public void What_the_tests_check_names_every_test_of_the_lab(Lab lab)
    {
        var section = Chapter(lab).Section("What the tests check") ?? string.Empty;
        var fixtures = LabTestSources.TestsByFixture(lab);
        Assume.That(fixtures, Is.Not.Empty, $"tests/{lab.TestProjectName} has no tests yet");

        var missing = fixtures
            .SelectMany(fixture => fixture.Value.Select(test => $"{fixture.Key}.{test}").Prepend(fixture.Key))
            .Where(name => !section.Contains($"`{name.Split('.')[^1]}`", StringComparison.Ordinal))
            .ToArray();

        missing.Should().BeEmpty(
            $"'What the tests check' in {lab.Chapter} must name (in backticks) every fixture and test of tests/{lab.TestProjectName} and say what it checks");
    }

    [TestCaseSource(nameof(Labs))]
    public void What_the_tests_check_names_only_tests_that_exist(Lab lab)
    {
        var section = Chapter(lab).Section("What the tests check") ?? string.Empty;
        var fixtures = LabTestSources.TestsByFixture(lab);
        Assume.That(fixtures, Is.Not.Empty, $"tests/{lab.TestProjectName} has no tests yet");
        var known = fixtures.Keys.Concat(fixtures.Values.SelectMany(tests => tests)).ToHashSet(StringComparer.Ordinal);

        var named = System.Text.RegularExpressions.Regex.Matches(section, @"`(?<name>[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+|[A-Z][A-Za-z0-9]*Tests)`")
            .Select(m => m.Groups["name"].Value)
            .Distinct();

        named.Should().OnlyContain(name => known.Contains(name),
            $"every test or fixture that 'What the tests check' in {lab.Chapter} names must exist in tests/{lab.TestProjectName}");
    }

    [Test]
    public void Every_numbered_chapter_belongs_to_a_lab_in_the_catalogue()
    {
        var chapters = LabCatalogue.All.Select(ChapterPath).ToHashSet(StringComparer.Ordinal);
        var numbered = Directory.Exists(DocsTree.DocsFolder)
            ? Directory.EnumerateFiles(DocsTree.DocsFolder, "*.md")
                .Where(path => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(path), @"^\d{2}-"))
            : [];

        numbered.Should().OnlyContain(path => chapters.Contains(path),
            "a docs/NN-….md chapter needs its lab in tests/RnnKata.Catalogue/labs.json, or nobody can reach it from the table");
    }

    private static string ChapterPath(Lab lab) => Path.GetFullPath(Path.Combine(DocsTree.Root, lab.Chapter));

    private static Markdown.MarkdownDocument Chapter(Lab lab)
    {
        Assume.That(File.Exists(ChapterPath(lab)), $"{lab.Chapter} does not exist (see Chapter_file_exists)");
        return DocsTree.Document(ChapterPath(lab));
    }
}
