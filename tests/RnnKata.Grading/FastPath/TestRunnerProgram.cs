using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RnnKata.Catalogue;

namespace RnnKata.Grading.FastPath;

/// <summary>
/// The fast path's test runner: a small console program that runs a lab's test assembly with NUnit's own
/// <c>NUnitTestAssemblyRunner</c> (no VSTest, no adapter, no engine). It is compiled during
/// <see cref="FastGrader.Prepare"/> against the lab's own <c>nunit.framework.dll</c> and started in the lab's
/// test folder with the test project's runtimeconfig and deps files, so the test assembly resolves exactly
/// as under <c>dotnet test</c>.
/// <para>
/// It reports over its standard output, as each test starts and ends, in lines that begin with a secret the
/// grader writes to its standard input (read and consumed before any test code is loaded), so code under
/// test can neither forge a line nor rewrite a result after the fact; the grader reads no file the process
/// writes (see <see cref="RunnerChannel"/>). In <c>list</c> mode it only reports the tests the assembly
/// holds, which is how the grader learns the set of tests without running any student code.
/// </para>
/// <para>
/// NUnit turns a <c>SuccessException</c>, <c>IgnoreException</c> or <c>InconclusiveException</c> into a
/// pass, a skip or an inconclusive result wherever it comes from. The runner watches every exception as it
/// is thrown: such a control exception raised while the graded lab assembly is on the stack taints the
/// running test, which is then reported failed. The kata's "Not started" (a stub's
/// <see cref="NotImplementedException"/>, turned into Inconclusive by the test support library without
/// throwing anything of NUnit's) is unaffected.
/// </para>
/// </summary>
internal static class TestRunnerProgram
{
    /// <summary>The runner's assembly name (and file name without .dll).</summary>
    public const string AssemblyName = "RnnKata.FastPathRunner";

    /// <summary>Arguments: <c>list|run</c>, the test assembly, the graded lab assembly's name. Standard input: the
    /// channel's secret on the first line, then the fixture (class) names to run, one a line (none: all).</summary>
    public const string Source = $$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.IO;
        using System.Linq;
        using System.Reflection;
        using System.Runtime.ExceptionServices;
        using System.Security;
        using System.Text;
        using System.Text.Json;
        using NUnit.Framework;
        using NUnit.Framework.Api;
        using NUnit.Framework.Interfaces;
        using NUnit.Framework.Internal;

        public static class FastPathRunner
        {
            private const int MaxMessageLength = 4000;
            private static readonly object Gate = new();
            private static readonly Dictionary<string, string> Forged = new();
            private static string? _current;
            private static string? _forgedOutsideTests;
            private static string _labAssembly = "";

            public static int Main(string[] args)
            {
                var secret = Console.In.ReadLine() ?? "";
                var classes = new List<string>();
                while (Console.In.ReadLine() is { } line)
                    if (line.Length > 0)
                        classes.Add(line);
                var channel = new Channel(secret, Console.OpenStandardOutput());
                _labAssembly = args[2];
                AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;

                var testAssembly = Assembly.LoadFrom(args[1]);
                var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
                var settings = new Dictionary<string, object>
                {
                    ["WorkDirectory"] = Path.GetDirectoryName(args[1])!,
                    ["NumberOfTestWorkers"] = 0,
                };
                runner.Load(testAssembly, settings);
                var filter = classes.Count == 0
                    ? TestFilter.Empty
                    : TestFilter.FromXml("<filter><or>" + string.Concat(classes.Select(c => "<class>" + SecurityElement.Escape(c) + "</class>")) + "</or></filter>");
                if (args[0] == "list")
                    List(runner.LoadedTest!, filter, false, null, channel);
                else
                    runner.Run(new Listener(channel), filter);
                channel.Send("finished", new Dictionary<string, object?>());
                return 0;
            }

            private static void List(ITest test, TestFilter filter, bool extension, int? task, Channel channel)
            {
                extension |= test.Properties.TryGet("Category", out var categories) && categories.Contains("{{GradingContract.ExtensionCategory}}");
                if (test.Properties.Get("{{GradingContract.TaskProperty}}") is int own)
                    task = own;
                if (!test.IsSuite)
                {
                    if (filter.IsEmpty || filter.Pass(test))
                        channel.Send("test", new Dictionary<string, object?>
                        {
                            ["name"] = test.FullName, ["runState"] = test.RunState.ToString(), ["extension"] = extension, ["task"] = task,
                        });
                    return;
                }
                foreach (var child in test.Tests)
                    List(child, filter, extension, task, channel);
            }

            /// <summary>A control exception (anything of NUnit's that does not mean failure) thrown with the lab's code on the stack.</summary>
            private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
            {
                if (e.Exception is not ResultStateException control || control.ResultState.Status == TestStatus.Failed || !LabCodeOnStack())
                    return;
                lock (Gate)
                {
                    if (_current is { } test)
                        Forged[test] = control.GetType().Name;
                    else
                        _forgedOutsideTests ??= control.GetType().Name;
                }
            }

            private static bool LabCodeOnStack()
            {
                foreach (var frame in new StackTrace(false).GetFrames())
                {
                    var method = frame.GetMethod();
                    if (method is null)
                        continue;
                    if (string.Equals(method.Module.Assembly.GetName().Name, _labAssembly, StringComparison.Ordinal))
                        return true;
                }
                return false;
            }

            private static string Cap(string? text) =>
                text is null ? "" : text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + " …";

            private sealed class Listener(Channel channel) : ITestListener
            {
                public void TestStarted(ITest test)
                {
                    if (test.IsSuite)
                        return;
                    lock (Gate)
                        _current = test.FullName;
                    channel.Send("start", new Dictionary<string, object?> { ["name"] = test.FullName });
                }

                public void TestFinished(ITestResult result)
                {
                    if (result.Test.IsSuite)
                        return;
                    string? forged;
                    lock (Gate)
                    {
                        _current = null;
                        forged = Forged.TryGetValue(result.Test.FullName, out var name) ? name : _forgedOutsideTests;
                    }
                    var state = result.ResultState;
                    var forgedFailure = forged is not null && state.Status != TestStatus.Failed;
                    channel.Send("result", new Dictionary<string, object?>
                    {
                        ["name"] = result.Test.FullName,
                        ["status"] = forgedFailure ? "Failed" : state.Status.ToString(),
                        ["label"] = forgedFailure ? "Forged" : state.Label,
                        ["site"] = state.Site.ToString(),
                        ["message"] = forgedFailure
                            ? $"The code under test threw NUnit's {forged}: only the test decides whether it passes, so this counts as a failure."
                            : Cap(result.Message),
                    });
                }

                public void TestOutput(TestOutput output)
                {
                }

                public void SendMessage(TestMessage message)
                {
                }
            }

            /// <summary>Writes one whole line per report, each starting with the secret, straight to the process's standard output.</summary>
            private sealed class Channel(string secret, Stream stdout)
            {
                public void Send(string kind, Dictionary<string, object?> fields)
                {
                    var line = Encoding.UTF8.GetBytes(secret + " " + kind + " " + JsonSerializer.Serialize(fields) + "\n");
                    lock (this)
                    {
                        stdout.Write(line, 0, line.Length);
                        stdout.Flush();
                    }
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
