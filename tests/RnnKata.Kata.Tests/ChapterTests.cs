using System.Text.RegularExpressions;
using RnnKata.Catalogue;
using RnnKata.Kata.Progress;

namespace RnnKata.Kata.Tests;

public class ChapterTests
{
    private static IEnumerable<Lab> Labs => LabCatalogue.All;

    private static IReadOnlyList<ChapterTask> TasksOf(Lab lab) => Chapter.Tasks(Path.Combine(Results.Root, lab.Chapter), lab.Chapter);

    [TestCaseSource(nameof(Labs))]
    public void Every_task_link_in_the_labs_stubs_is_the_link_of_one_of_its_chapters_task_headings(Lab lab)
    {
        var links = TasksOf(lab).Select(t => t.Link).ToHashSet();
        var stubLinks = Directory.EnumerateFiles(Path.Combine(Results.Root, "exercises", lab.Project), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"docs/[\w.-]+\.md#task-[\w-]+").Select(m => m.Value))
            .Distinct().ToArray();

        stubLinks.Should().NotBeEmpty($"{lab.Id}'s stubs link to their tasks");
        stubLinks.Should().BeSubsetOf(links, "the front door links a task by its heading's GitHub anchor, as the stubs do");
    }

    [Test]
    public void Chapter_1_has_its_three_tasks_in_order_with_the_headings_titles()
    {
        var tasks = TasksOf(Results.Lab01);

        tasks.Select(t => (t.Number, t.Title)).Should().Equal((1, "the first step"), (2, "the second step"), (3, "unroll both steps"));
    }

    [TestCase("Task 3: unroll both steps", "task-3-unroll-both-steps")]
    [TestCase("Task 2: `FirstStep`, again", "task-2-firststep-again")]
    [TestCase("Task 5: mean squared error (MSE)", "task-5-mean-squared-error-mse")]
    public void An_anchor_is_the_lower_case_heading_without_punctuation_and_with_hyphens_for_spaces(string heading, string anchor) =>
        Chapter.Anchor(heading).Should().Be(anchor);

    [Test]
    public void A_hint_section_for_two_tasks_serves_both()
    {
        var chapter = Path.Combine(Results.Root, "docs/03-gru-lstm.md");

        var eleven = Chapter.HintSection(chapter, 11);

        eleven.Should().NotBeNullOrWhiteSpace("chapter 3 has '### Tasks 11 and 12' under its hints");
        Chapter.HintSection(chapter, 12).Should().Be(eleven);
        Chapter.HintSection(chapter, 10).Should().NotBe(eleven);
    }

    [Test]
    public void A_hint_section_ends_at_the_next_heading_and_a_task_without_one_has_none()
    {
        var chapter = Path.Combine(Results.Root, Results.Lab01.Chapter);

        var first = Chapter.HintSection(chapter, 1);

        first.Should().Contain("Hint 1: shapes first").And.NotContain("Hint 1: one more term", "that is task 2's section");
        Chapter.HintSection(chapter, 99).Should().BeNull();
    }
}
