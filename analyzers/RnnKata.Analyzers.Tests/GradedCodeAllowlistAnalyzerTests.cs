using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0008: when grading, graded code may use only the allowlist; each category of what is denied is
/// planted alone and must be reported naming its symbol, and code the labs do write must not be.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class GradedCodeAllowlistAnalyzerTests
{
    private static readonly Dictionary<string, string> Grading = new() { ["KataGrading"] = "true" };

    // The assemblies a lab compiles against, and NUnit for the one case that needs it.
    private static readonly Type[] LabReferences = [typeof(Matrix<double>), typeof(Given.Require), typeof(Assert)];

    private static Task<ImmutableArray<Diagnostic>> Diagnose(
        string source, IReadOnlyDictionary<string, string>? properties = null, string path = "Lab/Student.cs", bool allowUnsafe = false,
        params DiagnosticAnalyzer[] analyzers) =>
        AnalyzerHarness.DiagnoseAsync(
            analyzers.Length > 0 ? analyzers : [new GradedCodeAllowlistAnalyzer()], source,
            new SampleSettings(path, properties ?? Grading, allowUnsafe), LabReferences);

    /// <summary>A class of graded code whose method <c>Run</c> has <paramref name="body"/>, beside <paramref name="members"/>.</summary>
    private static string InMethod(string body, string usings = "", string members = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        {{usings}}
        namespace RnnKata.Lab01;
        public static class Student
        {
            public static object? Run(string path)
            {
                {{body}}
            }
            {{members}}
        }
        """;

    private static IEnumerable<TestCaseData> Denied()
    {
        TestCaseData Case(string category, string body, string named, bool allowUnsafe = false, string usings = "", string members = "") =>
            new TestCaseData(body, named, allowUnsafe, usings, members).SetArgDisplayNames(category);

        yield return Case("DllImport", """[System.Runtime.InteropServices.DllImport("libc")] static extern int system(string command); return system("id");""",
                          "System.Runtime.InteropServices.DllImportAttribute");
        yield return Case("LibraryImport", """[System.Runtime.InteropServices.LibraryImport("libc")] static extern int getpid(); return getpid();""",
                          "System.Runtime.InteropServices.LibraryImportAttribute");
        yield return Case("extern", """[System.Runtime.InteropServices.DllImport("libc")] static extern int getpid(); return getpid();""", "extern");
        yield return Case("CreateDelegate over File.ReadAllText",
                          """var read = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), Type.GetType("System.IO.File")!.GetMethod("ReadAllText", [typeof(string)])!); return read(path);""",
                          "System.Delegate.CreateDelegate(System.Type, System.Reflection.MethodInfo)");
        yield return Case("MethodInfo.CreateDelegate", """return typeof(Math).GetMethod("Abs", [typeof(double)])!.CreateDelegate<Func<double, double>>();""",
                          "System.Reflection.MethodInfo.CreateDelegate<T>()");
        yield return Case("unsafe block", "unsafe { int x = 1; return x; }", "unsafe", allowUnsafe: true);
        yield return Case("pointer", "unsafe { int x = 1; int* p = &x; return *p; }", "int*", allowUnsafe: true);
        yield return Case("function pointer", "unsafe { delegate*<double, double> abs = &Math.Abs; return abs(-1); }", "delegate*<double, double>", allowUnsafe: true);
        yield return Case("stackalloc into a pointer", "unsafe { int* p = stackalloc int[4]; return p[0]; }", "stackalloc", allowUnsafe: true);
        yield return Case("fixed", "var a = new int[1]; unsafe { fixed (int* p = a) { return *p; } }", "fixed", allowUnsafe: true);
        yield return Case("Thread", "new System.Threading.Thread(() => { }).Start(); return null;", "System.Threading.Thread");
        yield return Case("ThreadPool", "System.Threading.ThreadPool.QueueUserWorkItem(_ => { }); return null;", "System.Threading.ThreadPool.QueueUserWorkItem(System.Threading.WaitCallback)");
        yield return Case("Task.Run", "return System.Threading.Tasks.Task.Run(() => 1).Result;", "System.Threading.Tasks.Task.Run<TResult>(System.Func<TResult>)");
        yield return Case("Parallel.For", "System.Threading.Tasks.Parallel.For(0, 4, _ => { }); return null;", "System.Threading.Tasks.Parallel.For(int, int, System.Action<int>)");
        yield return Case("PLINQ", "return new[] { 1, 2 }.AsParallel().Sum();", "System.Linq.ParallelEnumerable.AsParallel<TSource>(System.Collections.Generic.IEnumerable<TSource>)");
        yield return Case("AppDomain.ProcessExit", "AppDomain.CurrentDomain.ProcessExit += (_, _) => { }; return null;", "System.AppDomain.ProcessExit");
        yield return Case("AppContext", """AppContext.SetSwitch("x", true); return null;""", "System.AppContext.SetSwitch(string, bool)");
        yield return Case("AssemblyLoadContext", "System.Runtime.Loader.AssemblyLoadContext.Default.Unloading += _ => { }; return null;", "System.Runtime.Loader.AssemblyLoadContext.Default");
        yield return Case("Console.CancelKeyPress", "Console.CancelKeyPress += (_, _) => { }; return null;", "System.Console.CancelKeyPress");
        yield return Case("Console input", "return Console.ReadLine();", "System.Console.ReadLine()");
        yield return Case("PosixSignalRegistration", "return System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, _ => { });",
                          "System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal, System.Action<System.Runtime.InteropServices.PosixSignalContext>)");
        yield return Case("NUnit", "NUnit.Framework.Assert.Pass(); return null;", "NUnit.Framework.Assert.Pass()");
        yield return Case("Marshal", "return System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);", "System.Runtime.InteropServices.Marshal.AllocHGlobal(int)");
        yield return Case("NativeLibrary", """return System.Runtime.InteropServices.NativeLibrary.Load("libc.so.6");""", "System.Runtime.InteropServices.NativeLibrary.Load(string)");
        yield return Case("Unsafe", "var x = 1.0; return System.Runtime.CompilerServices.Unsafe.As<double, long>(ref x);", "System.Runtime.CompilerServices.Unsafe.As<TFrom, TTo>(ref TFrom)");
        yield return Case("GC", "return GC.AllocateUninitializedArray<double>(10);", "System.GC.AllocateUninitializedArray<T>(int, bool)");
        yield return Case("Environment", """return Environment.GetEnvironmentVariable("HOME");""", "System.Environment.GetEnvironmentVariable(string)");
        yield return Case("Type.GetType", """return Type.GetType("System.IO.File");""", "System.Type.GetType(string)");
        yield return Case("GetType", "return path.GetType();", "object.GetType()");
        yield return Case("Vector.LoadUnsafe past an array's end", "var one = new double[1]; return System.Numerics.Vector.LoadUnsafe(ref one[0], 1000);",
                          "System.Numerics.Vector.LoadUnsafe<T>(ref readonly T, nuint)");
        yield return Case("Vector.StoreUnsafe past an array's end", "var one = new float[1]; System.Numerics.Vector.StoreUnsafe(System.Numerics.Vector4.One, ref one[0]); return one;",
                          "System.Numerics.Vector.StoreUnsafe(System.Numerics.Vector4, ref float)");
        yield return Case("StoreUnsafe as an extension", "var one = new double[1]; Vector<double>.One.StoreUnsafe(ref one[0]); return one;",
                          "System.Numerics.Vector.StoreUnsafe<T>(System.Numerics.Vector<T>, ref T)", usings: "using System.Numerics;");
        yield return Case("Vector2.LoadUnsafe", "var one = new float[1]; return System.Numerics.Vector2.LoadUnsafe(ref one[0], 64);",
                          "System.Numerics.Vector2.LoadUnsafe(ref readonly float, nuint)");
        yield return Case("Activator", "return Activator.CreateInstance(typeof(List<int>));", "System.Activator.CreateInstance(System.Type)");
        yield return Case("System.IO", "return System.IO.File.ReadAllText(path);", "System.IO.File.ReadAllText(string)");
        yield return Case("System.Net", "return new System.Net.Http.HttpClient();", "System.Net.Http.HttpClient");
        yield return Case("Process", """return System.Diagnostics.Process.Start("sh");""", "System.Diagnostics.Process.Start(string)");
        yield return Case("expression tree compiled", "System.Linq.Expressions.Expression<Func<int>> e = () => 1; return e.Compile()();", "System.Linq.Expressions.Expression<TDelegate>");
        yield return Case("dynamic", "dynamic d = path; return d.Length;", "dynamic");
        yield return Case("var of a denied type", "var method = new Exception().TargetSite; return method;", "System.Reflection.MethodBase");
        yield return Case("denied generic argument", "return new List<System.Threading.Thread>();", "System.Threading.Thread");
        yield return Case("using static", "return ReadAllText(path);", "System.IO.File", usings: "using static System.IO.File;");
        yield return Case("method group", "Func<string, string> read = System.IO.File.ReadAllText; return read(path);", "System.IO.File.ReadAllText(string)");
        yield return Case("ModuleInitializer", "return null;", "System.Runtime.CompilerServices.ModuleInitializerAttribute",
                          members: "[System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }");
        yield return Case("SkipLocalsInit", "[System.Runtime.CompilerServices.SkipLocalsInit] static int F() => 1; return F();", "System.Runtime.CompilerServices.SkipLocalsInitAttribute", allowUnsafe: true);
        yield return Case("MathNet native providers", "MathNet.Numerics.Control.UseNativeMKL(); return null;", "MathNet.Numerics.Control.UseNativeMKL()");
        yield return Case("query clause over IQueryable", "return from x in new[] { 1 }.AsQueryable() select x;", "System.Linq.Queryable.Select<TSource, TResult>(System.Linq.IQueryable<TSource>, System.Linq.Expressions.Expression<System.Func<TSource, TResult>>)");
        yield return Case("plots that write files", """RnnKata.Given.Plotting.FigureRenderer.SavePng(null!, path); return null;""", "RnnKata.Given.Plotting.FigureRenderer.SavePng(RnnKata.Given.Plotting.Figure, string)");
    }

    [TestCaseSource(nameof(Denied))]
    public async Task Denied_code_is_an_error_naming_the_symbol(string body, string named, bool allowUnsafe, string usings, string members)
    {
        var diagnostics = await Diagnose(InMethod(body, usings, members), allowUnsafe: allowUnsafe);

        diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Id == KataDiagnostics.ApiNotAllowedId && d.Severity == DiagnosticSeverity.Error);
        diagnostics.Select(d => d.GetMessage()).Should().Contain(m => m.StartsWith($"'{named}' may not be used in graded lab code: ", StringComparison.Ordinal),
            "one finding must name {0}", named);
    }

    [TestCase("DangerousPeek", true)]
    [TestCase("PeekUnsafe", true)]
    [TestCase("Peek", false)]
    public async Task Members_named_as_unchecked_memory_access_are_denied_in_an_allowed_library(string member, bool denied)
    {
        var diagnostics = await AnalyzerHarness.DiagnoseAsync(
            [new GradedCodeAllowlistAnalyzer()], InMethod($"return MathNet.Numerics.KataProbe.UncheckedMemoryProbe.{member}(new double[1]);"),
            new SampleSettings("Lab/Student.cs", Grading, AllowUnsafe: false), [.. LabReferences, typeof(MathNet.Numerics.KataProbe.UncheckedMemoryProbe)]);

        var messages = diagnostics.Select(d => d.GetMessage()).ToArray();
        if (denied)
            messages.Should().ContainSingle().Which.Should().Contain($"UncheckedMemoryProbe.{member}(double[])").And.Contain("past the runtime's bounds checks");
        else
            messages.Should().BeEmpty();
    }

    private static IEnumerable<TestCaseData> Allowed()
    {
        TestCaseData Case(string category, string body, string usings = "") => new TestCaseData(body, usings).SetArgDisplayNames(category);

        yield return Case("MathNet matrices", """
            var x = Matrix<double>.Build.Dense(2, 3, (r, c) => r + c);
            var w = Matrix<double>.Build.Random(3, 2, new MathNet.Numerics.Distributions.Normal(0, 1, KataRandom.Create(1)));
            var h = (x * w).PointwiseTanh() + 1.0;
            var rows = h.EnumerateRows().Select(r => r.Sum()).ToArray();
            return h.SubMatrix(0, 1, 0, 2).Append(h.Column(0).ToColumnMatrix()).Transpose().L2Norm() + rows[0];
            """, "using MathNet.Numerics.LinearAlgebra;\nusing RnnKata.Given;");
        yield return Case("LINQ methods and query syntax", """
            var xs = new List<double> { 3, 1, 2 };
            var sorted = from x in xs where x > 1 orderby x descending select x * 2;
            return xs.Zip(sorted, (a, b) => a + b).Aggregate(0.0, (s, v) => s + v) + xs.Max() + sorted.Count();
            """);
        yield return Case("Math and MathF", "return Math.Tanh(0.5) + Math.Exp(-1) + Math.Max(1, 2) + MathF.Sqrt(2f) + double.Epsilon + (double.IsNaN(0.0) ? 1 : 0);");
        yield return Case("strings and formatting", """
            var sb = new System.Text.StringBuilder();
            sb.Append($"{Math.PI:F3}").AppendLine().Append(string.Join(", ", new[] { 1, 2 }));
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            return string.Create(culture, $"{1.5:F1}") + sb.ToString().Trim().ToUpperInvariant() + 2.5.ToString("F2", culture)
                + string.Format(culture, "{0}", 1) + Environment.NewLine + path.Split(',', StringSplitOptions.RemoveEmptyEntries).Length;
            """);
        yield return Case("collections", """
            var list = new List<int> { 1, 2 };
            var map = new Dictionary<string, int> { ["a"] = 1 };
            var set = new HashSet<int>(list);
            var queue = new Queue<int>(); queue.Enqueue(list[0]);
            foreach (var (key, value) in map) list.Add(value);
            IReadOnlyList<int> view = list.AsReadOnly();
            return view[^1] + set.Count + queue.Dequeue() + map["a"];
            """);
        yield return Case("exceptions", """
            ArgumentOutOfRangeException.ThrowIfNegative(path.Length);
            try { throw new InvalidOperationException("bad shape", new ArgumentException("x", nameof(path))); }
            catch (InvalidOperationException e) when (e.InnerException is ArgumentException) { return e.Message; }
            catch (KeyNotFoundException) { throw new NotSupportedException(); }
            finally { }
            """);
        yield return Case("arrays, spans, ranges, tuples", """
            var a = new double[] { 1, 2, 3, 4 };
            Span<double> s = a.AsSpan(1..);
            Span<double> scratch = stackalloc double[2];
            scratch[0] = s[^1];
            var (first, rest) = (a[0], a[1..]);
            Array.Reverse(a);
            return first + rest.Length + scratch[0] + a.Sum();
            """);
        yield return Case("lambdas and local functions", """
            Func<double, double> square = v => v * v;
            double Twice(double v) => 2 * v;
            Action<int> nothing = _ => { };
            nothing(1);
            return Enumerable.Range(0, 3).Select(i => square(Twice(i))).Sum();
            """);
        yield return Case("seeded randomness", "var random = new Random(7); return random.NextDouble() + KataRandom.Create(3).Next() + KataRandom.Normal(2, 2, seed: 1)[0, 0];",
                          "using RnnKata.Given;");
        yield return Case("Require", """Require.Finite(Matrix<double>.Build.Dense(1, 1), nameof(path)); return null;""",
                          "using MathNet.Numerics.LinearAlgebra;\nusing RnnKata.Given;");
        yield return Case("Console output", """Console.WriteLine($"loss {0.5:F3}"); Console.Write('x'); return null;""");
        yield return Case("nameof a denied type", "return nameof(System.Threading.Thread) + nameof(System.IO.File.ReadAllText);");
        yield return Case("user-defined operators", "var v = Vector<double>.Build.Dense(2, 1.0); v += v * 2; return -v;", "using MathNet.Numerics.LinearAlgebra;");
    }

    [TestCaseSource(nameof(Allowed))]
    public async Task Code_the_labs_write_is_not_reported(string body, string usings)
    {
        var diagnostics = await Diagnose(InMethod(body, usings));

        diagnostics.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Test]
    public async Task Records_of_the_students_own_are_allowed()
    {
        var diagnostics = await Diagnose("""
            using System.Collections.Generic;
            namespace RnnKata.Lab01;
            public sealed record Step(double Loss, IReadOnlyList<double> Norms)
            {
                public Step Scaled(double by) => this with { Loss = Loss * by };
            }
            public static class Use
            {
                public static string Run() => new Step(1, new List<double> { 1.0 }).Scaled(2).ToString() + new Step(1, new double[0]).Equals(null);
            }
            """);

        diagnostics.Select(d => d.ToString()).Should().BeEmpty();
    }

    [Test]
    public async Task The_message_names_the_symbol_says_why_and_points_at_the_rule()
    {
        var diagnostics = await Diagnose(InMethod("return System.IO.File.ReadAllText(path);"));

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'System.IO.File.ReadAllText(string)' may not be used in graded lab code: exercise code computes from the "
            + "matrices it is given: no files or streams. Graded code may use maths, collections, LINQ, strings, "
            + "exceptions, MathNet.Numerics and the kata's given code; the rule's page lists them and says how to ask "
            + "for an API a lab needs.");
        diagnostics[0].FlaggedText().Should().Be("ReadAllText");
    }

    [TestCase(null)]
    [TestCase("false")]
    [TestCase("")]
    public async Task Outside_grading_the_rule_reports_nothing(string? grading)
    {
        var properties = grading is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["KataGrading"] = grading };

        var diagnostics = await Diagnose(InMethod("new System.Threading.Thread(() => { }).Start(); return System.IO.File.ReadAllText(path);"), properties);

        diagnostics.Should().BeEmpty();
    }

    [TestCase("TRUE")]
    [TestCase(" true ")]
    public async Task Grading_is_recognised_as_MSBuild_writes_a_boolean(string grading)
    {
        var diagnostics = await Diagnose(InMethod("return System.IO.File.ReadAllText(path);"), new Dictionary<string, string> { ["KataGrading"] = grading });

        diagnostics.Should().ContainSingle().Which.Id.Should().Be(KataDiagnostics.ApiNotAllowedId);
    }

    [TestCase("exercises/Lab01.TwoStepRnn/Given/SeedBatch.cs")]
    [TestCase("exercises/Lab01.TwoStepRnn/Given/Sub/Figure.cs")]
    public async Task Given_code_is_not_analysed(string path)
    {
        var diagnostics = await Diagnose(InMethod("return System.IO.File.ReadAllText(path);"), path: path);

        diagnostics.Should().BeEmpty();
    }

    [TestCase("exercises/Lab01.TwoStepRnn/TwoStepRnn.cs")]
    [TestCase("exercises/Lab01.TwoStepRnn/GivenUp.cs")]
    [TestCase("exercises/Lab01.TwoStepRnn/Mine/Given.cs")]
    public async Task Every_other_file_of_the_lab_is(string path)
    {
        var diagnostics = await Diagnose(InMethod("return System.IO.File.ReadAllText(path);"), path: path);

        diagnostics.Should().ContainSingle().Which.Id.Should().Be(KataDiagnostics.ApiNotAllowedId);
    }

    [Test]
    public async Task What_a_source_generator_writes_under_obj_is_not_analysed_but_a_file_that_calls_itself_generated_is()
    {
        var project = Path.Combine(Path.GetTempPath(), "kata", "exercises", "Lab01.TwoStepRnn") + Path.DirectorySeparatorChar;
        var properties = new Dictionary<string, string> { ["KataGrading"] = "true", ["ProjectDir"] = project };
        var generated = "// <auto-generated/>\n" + InMethod("return System.IO.File.ReadAllText(path);");

        var underObj = await Diagnose(generated, properties, path: Path.Combine(project, "obj", "Debug", "Gen.g.cs"));
        var studentFile = await Diagnose(generated, properties, path: Path.Combine(project, "Gen.g.cs"));

        underObj.Should().BeEmpty();
        studentFile.Should().ContainSingle().Which.Id.Should().Be(KataDiagnostics.ApiNotAllowedId);
    }

    [TestCase("#pragma warning disable RK0008")]
    [TestCase("#pragma warning disable")]
    public async Task A_pragma_does_not_switch_it_off_and_RK0003_reports_the_pragma(string pragma)
    {
        var source = InMethod(pragma + "\n        return System.IO.File.ReadAllText(path);");

        var diagnostics = await Diagnose(source, analyzers: [new GradedCodeAllowlistAnalyzer(), new GuardSuppressionAnalyzer()]);

        diagnostics.Select(d => d.Id).Should().BeEquivalentTo([KataDiagnostics.GuardSuppressedId, KataDiagnostics.ApiNotAllowedId]);
        diagnostics.Single(d => d.Id == KataDiagnostics.ApiNotAllowedId).Severity.Should().Be(DiagnosticSeverity.Error);
    }

    [TestCase("""[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Integrity", "RK0008")]""")]
    [TestCase("""[module: System.Diagnostics.CodeAnalysis.SuppressMessage("Integrity", "RK0008:API not allowed", Scope = "namespaceanddescendants", Target = "~N:RnnKata.Lab01")]""")]
    public async Task A_SuppressMessage_attribute_does_not_switch_it_off_and_RK0003_reports_it(string attribute)
    {
        var source = InMethod("return System.IO.File.ReadAllText(path);", usings: attribute);

        var diagnostics = await Diagnose(source, analyzers: [new GradedCodeAllowlistAnalyzer(), new GuardSuppressionAnalyzer()]);

        diagnostics.Select(d => d.Id).Should().BeEquivalentTo([KataDiagnostics.GuardSuppressedId, KataDiagnostics.ApiNotAllowedId]);
    }
}
