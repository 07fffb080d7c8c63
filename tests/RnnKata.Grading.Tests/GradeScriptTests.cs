using System.Management.Automation;
using System.Management.Automation.Language;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests;

/// <summary>
/// grade.ps1, parsed and run in a hosted PowerShell (System.Management.Automation; no pwsh binary needed).
/// Finding: in the hosted engine the output of <c>&amp; dotnet …</c> does reach the caller: standard output
/// as strings on the success stream, standard error as records on the error stream, and the script's
/// <c>exit</c> code as <c>$LASTEXITCODE</c>. The tests check all three.
/// </summary>
[Category("Grading")]
public class GradeScriptTests
{
    private static ScriptBlockAst Parse(out ParseError[] errors) =>
        Parser.ParseFile(PowerShellHost.GradeScript, out _, out errors);

    private static ScriptBlockAst Script => Parse(out _);

    [Test]
    public void Script_parses_without_errors()
    {
        Parse(out var errors);

        errors.Should().BeEmpty();
    }

    [Test]
    public void Help_has_a_synopsis_a_description_every_parameter_and_four_examples()
    {
        var help = Script.GetHelpContent();

        help.Should().NotBeNull("grade.ps1 needs comment-based help");
        help.Synopsis.Should().NotBeNullOrWhiteSpace();
        help.Description.Should().Contain("dotnet run --project tests/RnnKata.Grading");
        help.Parameters.Keys.Should().BeEquivalentTo(
            Script.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath.ToUpperInvariant()),
            "every parameter must be documented");
        help.Parameters.Keys.Should().Contain(["TARGET", "SUBMISSION", "LABS", "JSON", "SUBMISSIONS", "OUT", "HIDDENTESTS", "GRADINGFILE", "FORCE"]);
        help.Parameters.Values.Should().OnlyContain(text => !string.IsNullOrWhiteSpace(text));
        help.Examples.Should().HaveCount(4).And.OnlyContain(example => example.Contains("grade.ps1", StringComparison.Ordinal));
    }

    [Test]
    public void Target_is_limited_to_exercises_or_solutions_and_defaults_to_exercises()
    {
        var target = Script.ParamBlock.Parameters.Single(p => p.Name.VariablePath.UserPath == "Target");

        var validateSet = target.Attributes.OfType<AttributeAst>().Single(a => a.TypeName.Name == "ValidateSet");
        validateSet.PositionalArguments.Select(a => a.SafeGetValue()).Should().Equal("exercises", "solutions");
        target.DefaultValue!.SafeGetValue().Should().Be("exercises");
    }

    [Test]
    public void Sandbox_is_limited_to_auto_required_or_off_and_left_to_the_engine_by_default()
    {
        var sandbox = Script.ParamBlock.Parameters.Single(p => p.Name.VariablePath.UserPath == "Sandbox");

        var validateSet = sandbox.Attributes.OfType<AttributeAst>().Single(a => a.TypeName.Name == "ValidateSet");
        validateSet.PositionalArguments.Select(a => a.SafeGetValue()).Should().Equal("auto", "required", "off");
        sandbox.DefaultValue.Should().BeNull("the engine's default (auto) applies");
    }

    [Test]
    public void Script_uses_only_cmdlets_the_core_engine_has()
    {
        var available = PowerShellHost.HostedCmdlets();
        var ownFunctions = Script.FindAll(a => a is FunctionDefinitionAst, true).Cast<FunctionDefinitionAst>().Select(f => f.Name);
        var commands = Script.FindAll(a => a is CommandAst, true).Cast<CommandAst>()
            .Select(c => c.GetCommandName()).OfType<string>().Distinct();

        commands.Except(ownFunctions).Except(["dotnet"]).Should().OnlyContain(name => available.Contains(name),
            "the hosted engine (and so the tests) has only Microsoft.PowerShell.Core cmdlets");
    }

    [Test]
    public void Bad_target_is_refused_before_anything_runs() =>
        FluentActions.Invoking(() => PowerShellHost.Run(PowerShellHost.GradeScript, new Dictionary<string, object> { ["Target"] = "homework" }))
            .Should().Throw<ParameterBindingException>().WithMessage("*homework*");

    /// <summary>Runs the engine for real (dotnet run; a no-op build when the engine is built), but grades
    /// nothing: the labs are unknown. Checks $PSScriptRoot, -Labs as a list, and exit code pass-through.</summary>
    [Test]
    [CancelAfter(5 * 60 * 1000)]
    public void Engine_exit_code_and_error_message_come_back_through_the_script()
    {
        var run = PowerShellHost.Run(
            PowerShellHost.GradeScript,
            new Dictionary<string, object> { ["Labs"] = new[] { "Lab98", "Lab99" } },
            TestContext.CurrentContext.CancellationToken);

        run.ExitCode.Should().Be(GradingApp.ExitUsage);
        run.Errors.Should().Contain(e => e.Contains("No lab 'Lab98', 'Lab99' in the catalogue", StringComparison.Ordinal));
    }

    /// <summary>Class mode through the script: -Submissions and -Out reach the engine (which refuses an
    /// output folder inside the submissions before grading anything).</summary>
    [Test]
    [CancelAfter(5 * 60 * 1000)]
    public void Class_options_reach_the_engine_through_the_script()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("subs"));

        var run = PowerShellHost.Run(
            PowerShellHost.GradeScript,
            new Dictionary<string, object> { ["Submissions"] = folder.Combine("subs"), ["Out"] = folder.Combine("subs", "out"), ["Force"] = true },
            TestContext.CurrentContext.CancellationToken);

        run.ExitCode.Should().Be(GradingApp.ExitUsage);
        run.Errors.Should().Contain(e => e.Contains("lies inside the submissions folder", StringComparison.Ordinal));
    }

    /// <summary>-Sandbox reaches the engine as --sandbox (which, without -Submissions, refuses it by name).</summary>
    [Test]
    [CancelAfter(5 * 60 * 1000)]
    public void Sandbox_reaches_the_engine_through_the_script()
    {
        var run = PowerShellHost.Run(
            PowerShellHost.GradeScript, new Dictionary<string, object> { ["Sandbox"] = "off" }, TestContext.CurrentContext.CancellationToken);

        run.ExitCode.Should().Be(GradingApp.ExitUsage);
        run.Errors.Should().Contain(e => e.Contains("-Sandbox are for grading a class: add -Submissions DIR", StringComparison.Ordinal),
                                    "under PowerShell the hint names the script's parameters");
        Environment.GetEnvironmentVariable(PowerShellHints.FrontVariable).Should().BeNull("the script puts the session's variable back");
    }
}
