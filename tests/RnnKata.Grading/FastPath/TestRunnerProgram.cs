using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RnnKata.Grading.FastPath;

/// <summary>
/// The fast path's test runner: a small console program that runs a lab's test assembly with NUnit's own
/// <c>NUnitTestAssemblyRunner</c> (no VSTest, no adapter, no engine) and writes NUnit 3 XML that
/// <see cref="NUnitXmlReader"/> reads, inconclusive "Not started" tests included. It is compiled during
/// <see cref="FastGrader.Prepare"/> against the lab's own <c>nunit.framework.dll</c> and started in the lab's
/// test folder with the test project's runtimeconfig and deps files, so the test assembly resolves exactly
/// as under <c>dotnet test</c>. Before each test it appends the test's name to a progress file and after it
/// "done", so that when the process dies (a stack overflow, <c>Environment.Exit</c>, the time limit) the
/// grader can name the test that was running.
/// </summary>
internal static class TestRunnerProgram
{
    /// <summary>The runner's assembly name (and file name without .dll).</summary>
    public const string AssemblyName = "RnnKata.FastPathRunner";

    /// <summary>Arguments: test assembly, result XML path, progress file path.</summary>
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Reflection;
        using System.Xml;
        using NUnit.Framework.Api;
        using NUnit.Framework.Interfaces;
        using NUnit.Framework.Internal;

        public static class FastPathRunner
        {
            public static int Main(string[] args)
            {
                var testAssembly = Assembly.LoadFrom(args[0]);
                using var progress = new StreamWriter(new FileStream(args[2], FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
                var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
                var settings = new Dictionary<string, object>
                {
                    ["WorkDirectory"] = Path.GetDirectoryName(args[0])!,
                    ["NumberOfTestWorkers"] = 0,
                };
                runner.Load(testAssembly, settings);
                var result = runner.Run(new Progress(progress), TestFilter.Empty);

                var document = new XmlDocument();
                var run = document.CreateElement("test-run");
                run.SetAttribute("id", "0");
                run.SetAttribute("result", result.ResultState.Status.ToString());
                run.SetAttribute("total", (result.PassCount + result.FailCount + result.InconclusiveCount + result.SkipCount + result.WarningCount).ToString());
                run.SetAttribute("passed", result.PassCount.ToString());
                run.SetAttribute("failed", result.FailCount.ToString());
                run.SetAttribute("inconclusive", result.InconclusiveCount.ToString());
                run.SetAttribute("skipped", result.SkipCount.ToString());
                document.AppendChild(run);
                var suite = new XmlDocument();
                suite.LoadXml(result.ToXml(true).OuterXml);
                run.AppendChild(document.ImportNode(suite.DocumentElement!, true));
                var temporary = args[1] + ".tmp";
                document.Save(temporary);
                File.Move(temporary, args[1], true);
                progress.WriteLine("finished");
                return 0;
            }

            private sealed class Progress(StreamWriter progress) : ITestListener
            {
                public void TestStarted(ITest test)
                {
                    if (!test.IsSuite)
                        progress.WriteLine("start " + test.FullName);
                }

                public void TestFinished(ITestResult result)
                {
                    if (!result.Test.IsSuite)
                        progress.WriteLine("done");
                }

                public void TestOutput(TestOutput output)
                {
                }

                public void SendMessage(TestMessage message)
                {
                }
            }
        }
        """;

    /// <summary>Compiles the runner into <paramref name="folder"/> against the framework references of
    /// <paramref name="references"/> and the folder's <c>nunit.framework.dll</c>.</summary>
    /// <exception cref="FastPathException">It did not compile (an NUnit whose runner API differs).</exception>
    public static void Compile(string folder, IEnumerable<string> references)
    {
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            [CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest))],
            [.. references.Select(path => MetadataReference.CreateFromFile(path)),
             MetadataReference.CreateFromFile(Path.Combine(folder, "nunit.framework.dll"))],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable,
                                         optimizationLevel: OptimizationLevel.Release));
        using var dll = new MemoryStream();
        var emitted = compilation.Emit(dll);
        if (!emitted.Success)
            throw new FastPathException("The fast path's test runner did not compile: " +
                                        string.Join(" | ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        FolderLinks.Replace(Path.Combine(folder, AssemblyName + ".dll"), dll.ToArray());
    }
}
