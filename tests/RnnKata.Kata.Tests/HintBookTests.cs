using RnnKata.Catalogue;
using RnnKata.Kata.Hints;
using RnnKata.Kata.Progress;
using RnnKata.Kata.Reference;

namespace RnnKata.Kata.Tests;

public class HintBookTests
{
    /// <summary>The labs whose every task has written hints of three levels.</summary>
    private static readonly string[] WrittenLabs = ["Lab01", "Lab02", "Lab03", "Lab04", "Lab05", "Lab06", "Lab07"];

    private static IEnumerable<Lab> Labs => LabCatalogue.All;

    private static IEnumerable<Lab> LabsWithWrittenHints => LabCatalogue.All.Where(l => WrittenLabs.Contains(l.Id));

    [Test]
    public void A_hint_file_gives_each_task_its_methods_and_its_levels_in_order()
    {
        var hints = HintBook.Parse(
        [
            "# Hints", "intro", "## Task 2", "Methods: A.B, `C.D`", "### The idea", "first", "", "### The shape", "second", "## Task 4",
            "### Only", "one",
        ], "test.md");

        hints.Keys.Should().BeEquivalentTo([2, 4]);
        hints[2].Methods.Should().Equal("A.B", "C.D");
        hints[2].Levels.Select(l => (l.Title, l.Text)).Should().Equal(("The idea", "first"), ("The shape", "second"));
        hints[4].Levels.Should().ContainSingle().Which.Text.Should().Be("one");
    }

    [TestCase(new[] { "### Level", "text" }, "before any '## Task N'")]
    [TestCase(new[] { "## Task 1", "### A", "a", "## Task 1", "### B", "b" }, "task 1 has hints twice")]
    [TestCase(new[] { "## Task 1", "Methods: A.B", "## Task 2", "### A", "a" }, "task 1 (before line 3) has no hint levels")]
    public void A_malformed_hint_file_is_refused_naming_the_problem(string[] lines, string problem)
    {
        Action act = () => HintBook.Parse(lines, "bad.md");

        act.Should().Throw<FormatException>().WithMessage($"*bad.md*{problem}*");
    }

    [TestCaseSource(nameof(LabsWithWrittenHints))]
    public void Every_task_of_the_lab_has_three_written_levels_the_idea_the_shape_the_usual_mistake(Lab lab)
    {
        var book = HintBook.Load(Results.Root, lab);
        var tasks = Chapter.Tasks(Path.Combine(Results.Root, lab.Chapter), lab.Chapter);

        tasks.Should().NotBeEmpty();
        foreach (var task in tasks)
        {
            book.Written.Should().ContainKey(task.Number, $"{HintBook.FileOf(lab)} must have a '## Task {task.Number}' section");
            book.Written[task.Number].Levels.Select(l => l.Title).Should().Equal(["The idea", "The shape", "The usual mistake"],
                $"task {task.Number}'s levels go from the idea to the usual mistake");
            book.Written[task.Number].Levels.Should().OnlyContain(l => l.Text.Length > 40, "every level says something");
        }
        book.Written.Keys.Should().BeSubsetOf(tasks.Select(t => t.Number), "hints are only for the chapter's tasks");
    }

    [TestCaseSource(nameof(LabsWithWrittenHints))]
    public void Every_method_a_hint_names_is_in_the_reference_and_no_hint_holds_a_line_of_its_body(Lab lab)
    {
        var book = HintBook.Load(Results.Root, lab);
        var solution = Path.Combine(Results.Root, "solutions", lab.Project);

        foreach (var (task, hints) in book.Written)
        {
            hints.Methods.Should().NotBeEmpty($"task {task} names the methods it asks for (the reference lookup needs them)");
            foreach (var method in hints.Methods)
            {
                var sources = MethodSource.Find(solution, method);
                sources.Should().NotBeEmpty($"task {task}'s method {method} must exist in {solution}");
                var bodyLines = sources.SelectMany(s => s.Split('\n').Skip(1)).Select(l => l.Trim()).Where(l => l.Length >= 20);
                var text = string.Join("\n", hints.Levels.Select(l => l.Text));
                foreach (var line in bodyLines)
                    text.Should().NotContain(line, $"a hint never gives the reference's line ({method}, task {task})");
            }
        }
    }

    [TestCaseSource(nameof(Labs))]
    public void Every_task_of_every_lab_has_at_least_one_hint(Lab lab)
    {
        var book = HintBook.Load(Results.Root, lab);
        var tasks = Chapter.Tasks(Path.Combine(Results.Root, lab.Chapter), lab.Chapter);

        tasks.Where(t => book.Levels(t.Number).Count == 0).Select(t => t.Number).Should().BeEmpty(
            $"every task of {lab.Id} gets a hint: written in {HintBook.FileOf(lab)}, or the chapter's own '### Task N' hint section");
    }

    [Test]
    public void A_task_without_written_hints_gets_the_chapters_hint_section_as_its_one_level()
    {
        // Every lab has written hints now: a copy of Lab 5's chapter without its hints file stands for a new lab.
        var lab = LabCatalogue.All.Single(l => l.Id == "Lab05");
        var root = Path.Combine(Path.GetTempPath(), "rnnkata-hints-" + Guid.NewGuid().ToString("N"));
        var chapter = Path.Combine(root, lab.Chapter);
        Directory.CreateDirectory(Path.GetDirectoryName(chapter)!);
        File.Copy(Path.Combine(Results.Root, lab.Chapter), chapter);
        try
        {
            var levels = HintBook.Load(root, lab).Levels(1);

            levels.Should().ContainSingle().Which.Text.Should().Be(Chapter.HintSection(chapter, 1));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
