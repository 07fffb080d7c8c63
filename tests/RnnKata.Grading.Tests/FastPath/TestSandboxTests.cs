using RnnKata.Grading.FastPath;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.FastPath;

/// <summary>Choosing the sandbox: what each mode gives and what the reports are told.</summary>
[Category("Grading")]
public class TestSandboxTests
{
    private static string Dotnet => DotnetCli.Locate().Path;

    [Test]
    public void Off_never_isolates_and_says_so_in_every_report()
    {
        using var work = new TempFolder();

        var sandbox = TestSandbox.Create(SandboxMode.Off, Dotnet, work.Path);

        sandbox.IsIsolated.Should().BeFalse();
        sandbox.Warning.Should().Contain("without OS isolation");
    }

    [Test]
    public void Auto_isolates_where_user_namespaces_work_and_then_warns_nobody()
    {
        using var work = new TempFolder();

        var sandbox = TestSandbox.Create(SandboxMode.Auto, Dotnet, work.Path);

        if (!sandbox.IsIsolated)
        {
            sandbox.Warning.Should().Contain("without OS isolation");
            Assert.Ignore("This machine cannot isolate test processes: " + sandbox.Warning);
        }
        sandbox.Warning.Should().BeNull();
    }

    [Test]
    public void Required_grades_isolated_or_refuses_naming_why()
    {
        using var work = new TempFolder();

        var create = () => TestSandbox.Create(SandboxMode.Required, Dotnet, work.Path);

        if (TestSandbox.Create(SandboxMode.Auto, Dotnet, work.Path).IsIsolated)
            create().IsIsolated.Should().BeTrue();
        else
            create.Should().Throw<FastPathException>().WithMessage("--sandbox required: the test processes cannot be isolated on this machine (*)");
    }
}
