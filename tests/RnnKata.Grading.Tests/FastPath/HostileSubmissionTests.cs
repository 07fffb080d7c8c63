using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using RnnKata.Catalogue;
using RnnKata.Grading.FastPath;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.FastPath;

/// <summary>
/// PLANTED ATTACKS on the test run (issue 17): Lab 1 with one hidden test is prepared once, every analyzer rule
/// downgraded to a warning so that each attack compiles and the run-time defences are what is tested; each test
/// plants one hostile <c>FirstStep</c> and asserts its verdict and, where the attack aims at others, an honest
/// student's full marks and an unchanged prepared folder. The isolation tests are ignored where the machine
/// cannot isolate (no unprivileged user namespaces); about two minutes in all.
/// </summary>
[Category("Grading")]
[Category("GradingFastPath")]
[NonParallelizable]
public class HostileSubmissionTests
{
    private const int TenMinutes = 10 * 60 * 1000;

    private const string HiddenTest = """
        using RnnKata.Given;

        namespace RnnKata.Lab01.Tests.Hidden;

        public class SecretFirstStepTests
        {
            [Test]
            public void First_step_outputs_lie_strictly_between_minus_one_and_one()
            {
                var x0 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(2, 3, 0.7);
                var y0 = TwoStepRnn.FirstStep(x0, RnnWeights.Seeded(3, 5));
                Assert.That(y0.Enumerate().All(v => v > -1 && v < 1), "Secret expectation");
            }
        }
        """;

    private const string Stub = "throw new NotImplementedException(\"Implement TwoStepRnn.FirstStep\");";

    private string _root = null!;
    private TempFolder _work = null!;
    private PreparedKata _kata = null!;
    private Lab _lab01 = null!;
    private string _hiddenSource = null!;
    private int _visibleTests;

    [OneTimeSetUp]
    [CancelAfter(TenMinutes)]
    public void Prepare_lab01_with_a_hidden_test()
    {
        _root = KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory);
        _lab01 = LabCatalogue.Find("Lab01");
        if (!File.Exists(Path.Combine(_root, _lab01.TestProject)))
            Assert.Ignore($"The planted attacks need {_lab01.TestProject}.");
        _work = new TempFolder();
        _work.Write("hidden/Lab01/SecretFirstStepTests.cs", HiddenTest);
        var hidden = HiddenTestSet.Load(_work.Combine("hidden"), LabCatalogue.All);
        var copy = _work.Combine("kata-with-hidden-tests");
        SubmissionOverlay.CopyTree(_root, copy);
        hidden.CopyInto(copy, [_lab01]);
        _hiddenSource = Path.Combine(copy, "tests", _lab01.TestProjectName, HiddenTestSet.FolderInTestProject, "SecretFirstStepTests.cs");

        _kata = FastGrader.PrepareWithBansAsWarnings(_root, [_lab01], _work.Combine("grader"), TestContext.CurrentContext.CancellationToken, copy, hidden);
        _visibleTests = Grade(Path.Combine(_root, "exercises"), "pristine").Visible.Total;
        _visibleTests.Should().BePositive();
    }

    [OneTimeTearDown]
    public void Delete_the_work_folder() => _work?.Dispose();

    private LabResult Grade(string exercises, string name, FastPathLimits? limits = null, CancellationToken cancellationToken = default) =>
        _kata.GradeLab(exercises, _lab01, RunFolderOf(name), limits, cancellationToken).Result;

    private string RunFolderOf(string name) => _work.Combine("runs", name);

    /// <summary>A submission whose Lab 1 <c>FirstStep</c> is <paramref name="firstStepBody"/>, the rest stubs.</summary>
    private string Plant(string firstStepBody)
    {
        var exercises = _work.Combine("submission-" + Guid.NewGuid().ToString("N")[..6], "exercises");
        var lab01 = Path.Combine(exercises, _lab01.Project);
        Directory.CreateDirectory(lab01);
        File.WriteAllText(Path.Combine(lab01, "TwoStepRnn.cs"), $$"""
            using MathNet.Numerics.LinearAlgebra;
            using RnnKata.Given;

            namespace RnnKata.Lab01;

            public static class TwoStepRnn
            {
                private static int _calls;

                public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights)
                {
                    _calls++;
                    {{firstStepBody}}
                }

                public static Matrix<double> SecondStep(Matrix<double> y0, Matrix<double> x1, RnnWeights weights) =>
                    throw new NotImplementedException("Implement TwoStepRnn.SecondStep");

                public static TwoStepOutputs Unroll(Matrix<double> x0, Matrix<double> x1, RnnWeights weights) =>
                    throw new NotImplementedException("Implement TwoStepRnn.Unroll");
            }
            """);
        return exercises;
    }

    private string Solutions => Path.Combine(_root, "solutions");

    private void RequireIsolation()
    {
        if (!_kata.Sandbox.IsIsolated)
            Assert.Ignore("This machine cannot isolate test processes: " + _kata.Sandbox.Warning);
    }

    private static string Messages(LabResult result) =>
        string.Join("\n", result.Problems.Concat(result.Tests.Select(t => $"{t.Name}: {t.Message}")));

    private static string VisibleMessages(LabResult result) =>
        string.Join("\n", result.Problems.Concat(result.Tests.Where(t => !t.IsHidden).Select(t => $"{t.Name}: {t.Message}")));

    [TestCase("SuccessException")]
    [TestCase("IgnoreException")]
    [TestCase("InconclusiveException")]
    public void An_NUnit_control_exception_from_lab_code_fails_every_test_that_reaches_it(string exception)
    {
        var result = Grade(Plant($$"""
            throw (Exception)Activator.CreateInstance(Type.GetType("NUnit.Framework.{{exception}}, nunit.framework", throwOnError: true)!,
                                                      "Not started: forged")!;
            """), "forged-" + exception);

        result.Points.Should().Be(0);
        result.Tests.Should().NotContain(t => t.Outcome == TestOutcome.Passed || t.Outcome == TestOutcome.Skipped, Messages(result));
        result.Visible.Total.Should().Be(_visibleTests, "no test drops out of the total");
        result.Tests.Should().Contain(t => t.Outcome == TestOutcome.Failed && t.Message!.Contains(exception, StringComparison.Ordinal));
        result.Hidden.Failed.Should().Be(1, "the hidden test reaches FirstStep too");
    }

    [Test]
    public void A_stub_still_reports_not_started()
    {
        var result = Grade(Plant(Stub), "stub");

        result.Status.Should().Be(LabStatus.NotStarted, Messages(result));
        result.Counts.NotStarted.Should().Be(result.Counts.Total);
    }

    // Zero weights for RnnWeights.Seeded: a first step that returns zeros then matches the tests' reference on the given weights.
    private const string Matrices = "using MathNet.Numerics.LinearAlgebra;\n";
    private const string ZeroNormal = "public static Matrix<double> Normal(int rows, int columns, int seed = 42, double standardDeviation = 1.0) => Matrix<double>.Build.Dense(rows, columns);";

    [TestCase("a type of the lab's namespace", $"{Matrices}namespace RnnKata.Lab01;\ninternal static class KataRandom {{ public const int DefaultSeed = 42; {ZeroNormal} }}")]
    [TestCase("a global using alias", $"global using KataRandom = RnnKata.Lab01.Zeros;\n{Matrices}namespace RnnKata.Lab01;\ninternal static class Zeros {{ public const int DefaultSeed = 42; {ZeroNormal} }}")]
    [TestCase("a type named like the given library's", $"{Matrices}namespace RnnKata.Given;\npublic static class KataRandom {{ public const int DefaultSeed = 42; {ZeroNormal} }}")]
    public void Code_that_changes_what_the_given_code_calls_fails_the_build_naming_both(string how, string declaration)
    {
        var exercises = Plant("return Matrix<double>.Build.Dense(x0.RowCount, weights.Neurons);");
        File.WriteAllText(Path.Combine(exercises, _lab01.Project, "Zeros.cs"), declaration);

        var result = Grade(exercises, "given-hijack-" + how.Replace(' ', '-').Replace("'", ""));

        result.Status.Should().Be(LabStatus.BuildFailed, how + ": " + Messages(result));
        result.Problems.Should().Contain(p => p.Contains("Given/RnnWeights.cs", StringComparison.Ordinal)
                                              && p.Contains("RnnKata.Given.KataRandom.Normal(int, int, int, double)", StringComparison.Ordinal)
                                              && p.Contains("Zeros.cs", StringComparison.Ordinal), Messages(result));
    }

    [Test]
    public void A_process_exit_handler_cannot_rewrite_the_results()
    {
        var result = Grade(Plant($$"""
            if (_calls == 1)
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    foreach (var file in System.IO.Directory.GetFiles(".", "*", System.IO.SearchOption.AllDirectories))
                        try { System.IO.File.WriteAllText(file, System.IO.File.ReadAllText(file).Replace("\"Inconclusive\"", "\"Passed\"")); } catch (Exception) { }
                    Console.WriteLine("finished {}");
                };
            {{Stub}}
            """), "process-exit");

        result.Status.Should().Be(LabStatus.NotStarted, Messages(result));
        result.Points.Should().Be(0);
    }

    [Test]
    public void Lab_code_sees_none_of_the_graders_environment()
    {
        var secret = Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable("RNNKATA_GRADER_SECRET", secret);
        try
        {
            var result = Grade(Plant("""throw new InvalidOperationException("seen: " + Environment.GetEnvironmentVariable("RNNKATA_GRADER_SECRET"));"""),
                               "environment");

            result.Tests.Should().Contain(t => t.Message!.Contains("seen:", StringComparison.Ordinal));
            Messages(result).Should().NotContain(secret);
        }
        finally
        {
            Environment.SetEnvironmentVariable("RNNKATA_GRADER_SECRET", null);
        }
    }

    [Test]
    public void A_write_through_a_hard_link_leaves_the_prepared_tests_and_the_next_student_intact()
    {
        var prepared = HashesOf(_work.Combine("grader", "prepared"));

        var hostile = Grade(Plant($$"""
            foreach (var file in new[] { "MathNet.Numerics.dll", "Lab01.TwoStepRnn.Tests.dll", "nunit.framework.dll", "RnnKata.TestSupport.dll" })
                try { System.IO.File.WriteAllText(file, "damaged"); } catch (Exception) { }
            {{Stub}}
            """), "hard-link");
        var next = Grade(Solutions, "after-hard-link");

        hostile.Status.Should().Be(LabStatus.NotStarted, Messages(hostile));
        HashesOf(_work.Combine("grader", "prepared")).Should().Equal(prepared);
        next.Points.Should().Be(next.MaxPoints, Messages(next));
    }

    [Test]
    public void Lab_code_writes_only_to_its_scratch_folder()
    {
        RequireIsolation();
        var outside = _work.Combine("written-from-lab-code.txt");

        var result = Grade(Plant($$"""
            var written = new List<string>();
            foreach (var path in new[] { @"{{outside}}", "in-run-folder.txt", "scratch/in-scratch.txt" })
                try { System.IO.File.WriteAllText(path, "planted"); written.Add(path); } catch (Exception) { }
            throw new InvalidOperationException("wrote: " + string.Join(", ", written));
            """), "writes");

        // A path under /tmp lands in the sandbox's private /tmp, thrown away with it; the run folder is read-only.
        result.Tests.Should().Contain(t => t.Message!.Contains("scratch/in-scratch.txt", StringComparison.Ordinal) &&
                                           !t.Message.Contains("in-run-folder.txt", StringComparison.Ordinal), Messages(result));
        File.Exists(outside).Should().BeFalse();
        File.Exists(Path.Combine(RunFolderOf("writes"), _lab01.Id, "in-run-folder.txt")).Should().BeFalse();
        File.Exists(Path.Combine(RunFolderOf("writes"), _lab01.Id, TestSandbox.ScratchFolder, "in-scratch.txt")).Should().BeTrue("the scratch folder is writable");
    }

    [Test]
    public void Hidden_test_sources_and_names_never_reach_a_visible_result()
    {
        RequireIsolation();

        var result = Grade(Plant($$"""
            string source;
            try { source = System.IO.File.ReadAllText(@"{{_hiddenSource}}"); } catch (Exception e) { source = e.GetType().Name; }
            throw new InvalidOperationException("source: " + source + " stack: " + Environment.StackTrace);
            """), "hidden-leak");

        result.Tests.Should().Contain(t => t.Message!.Contains("source: ", StringComparison.Ordinal));
        VisibleMessages(result).Should().NotContain("Secret");
        result.Hidden.Failed.Should().Be(1);
    }

    [Test]
    public void Lab_code_has_no_network()
    {
        RequireIsolation();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = Grade(Plant($$"""
            try { new System.Net.Sockets.TcpClient().Connect("127.0.0.1", {{port}}); } catch (Exception e) { throw new InvalidOperationException("no network: " + e.Message); }
            throw new InvalidOperationException("connected");
            """), "network");

        listener.Pending().Should().BeFalse("no connection reached the grading machine");
        result.Tests.Should().Contain(t => t.Message!.Contains("no network", StringComparison.Ordinal), Messages(result));
    }

    [Test]
    public void Processes_started_by_lab_code_end_with_the_test_process()
    {
        RequireIsolation();
        var marker = $"987.{RandomNumberGenerator.GetInt32(100_000, 999_999)}";

        var result = Grade(Plant($$"""
            if (_calls == 1)
                System.Diagnostics.Process.Start("/bin/sh", new[] { "-c", "sleep {{marker}} & sleep {{marker}}" });
            {{Stub}}
            """), "left-running");

        result.Status.Should().Be(LabStatus.NotStarted, Messages(result));
        ProcessesMentioning(marker).Should().BeEmpty();
    }

    [Test]
    [CancelAfter(TenMinutes)]
    public void Spinning_threads_do_not_starve_a_student_graded_beside_them()
    {
        var spinnerWork = RunFolderOf("spinner");
        var spinner = Plant("""
            for (var i = 0; i < 256; i++)
                new System.Threading.Thread(() => { while (true) { } }) { IsBackground = true }.Start();
            while (true) { }
            """);
        using var stop = new CancellationTokenSource();
        var endless = FastPathLimits.Default with { Timeout = TimeSpan.FromMinutes(10), TestTimeout = TimeSpan.FromMinutes(10) };
        var spinning = Task.Run(() => _kata.GradeLab(spinner, _lab01, spinnerWork, endless, stop.Token));
        try
        {
            // The spinner's test process must be running before the honest student starts.
            SpinWait.SpinUntil(() => spinning.IsCompleted || ProcessesMentioning(spinnerWork).Count > 0, TimeSpan.FromMinutes(5));
            spinning.IsCompleted.Should().BeFalse("the spinner runs until it is cancelled");

            var honest = Grade(Solutions, "beside-spinner", FastPathLimits.Default with { Timeout = TimeSpan.FromSeconds(180) });

            honest.Points.Should().Be(honest.MaxPoints, Messages(honest));
        }
        finally
        {
            stop.Cancel();
            var ended = () => spinning.Wait(TimeSpan.FromMinutes(1));
            ended.Should().Throw<AggregateException>().WithInnerException<OperationCanceledException>();
        }
    }

    [Test]
    public void Native_memory_beyond_the_limit_is_refused()
    {
        var limits = FastPathLimits.Default with { MaxHeapBytes = 256L << 20, MaxNativeBytes = 1L << 30 };

        var result = Grade(Plant("""
            var hoard = new List<IntPtr>();
            for (var i = 0; i < 64; i++)
                hoard.Add(System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 28));
            return x0;
            """), "native-memory", limits);

        result.Points.Should().Be(0);
        Messages(result).Should().MatchRegex("OutOfMemory|out of memory");
    }

    /// <summary>The command lines of the running processes that contain <paramref name="text"/>.</summary>
    private static List<string> ProcessesMentioning(string text)
    {
        var found = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out _))
                continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal))
                    found.Add(commandLine);
            }
            catch (IOException)
            {
                // It ended meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }
        return found;
    }

    private static IReadOnlyDictionary<string, string> HashesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(folder, file).StartsWith("runtimes", StringComparison.Ordinal))
            .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))));
}
