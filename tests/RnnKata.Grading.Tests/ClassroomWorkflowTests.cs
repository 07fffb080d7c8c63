using System.Text.RegularExpressions;
using RnnKata.Catalogue;

namespace RnnKata.Grading.Tests;

/// <summary>
/// The GitHub Classroom workflow cannot run here; these checks keep it in step with the grader: every
/// option it passes exists, and it hands the reporter the results file under the runner id it names.
/// </summary>
[Category("Grading")]
public partial class ClassroomWorkflowTests
{
    private static string Workflow() =>
        File.ReadAllText(Path.Combine(KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory), ".github", "workflows", "classroom.yml"));

    [Test]
    public void Every_grader_option_the_workflow_passes_is_one_the_grader_knows()
    {
        var run = Workflow().Split("- name: Grade")[1].Split("- name: Report")[0];
        var options = Option().Matches(run).Select(m => m.Value).Where(o => o != "--project").Distinct().ToArray();

        options.Should().Contain(["--results-json", "--feedback", "--submission"]);
        foreach (var option in options)
        {
            var act = () => OptionsParser.Parse(option switch
            {
                "--submission" => [option, "x"],
                "--docs-url" => [option, "https://github.com/owner/kata/blob/0123abc/"],
                _ => [option, "file"],
            });
            act.Should().NotThrow($"the workflow passes {option}");
        }
    }

    [Test]
    public void The_reporter_gets_the_results_under_the_runner_id_it_reads()
    {
        var workflow = Workflow();

        workflow.Should().Contain("id: rnnkata").And.Contain("runners: rnnkata").And.Contain("RNNKATA_RESULTS: ${{ steps.rnnkata.outputs.result }}");
        workflow.Should().Contain("base64 -w0").And.Contain("classroom-resources/autograding-grading-reporter@v1");
    }

    [GeneratedRegex("--[a-z][a-z-]+")]
    private static partial Regex Option();
}
