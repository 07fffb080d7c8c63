using System.Diagnostics;
using RnnKata.Catalogue;
using RnnKata.Grading.FastPath;
using RnnKata.Grading.Tests.Support;

namespace RnnKata.Grading.Tests.FastPath;

/// <summary>
/// The fast grading path on the real labs: one <see cref="FastGrader.Prepare"/> for the fixture (it builds
/// every lab's tests once, about a minute when nothing is built yet), then each test grades one or a few
/// labs in-process and in a child test process. Planted faults go into Lab 1, the smallest lab.
/// </summary>
[Category("Grading")]
[Category("GradingFastPath")]
[NonParallelizable]
public class FastGraderTests
{
    private const int TenMinutes = 10 * 60 * 1000;

    /// <summary>A short process limit for the endless loop; Lab 1's tests take about a second.</summary>
    private static readonly FastPathLimits ShortLimits = FastPathLimits.Default with { Timeout = TimeSpan.FromSeconds(10) };

    private string _root = null!;
    private TempFolder _work = null!;
    private PreparedKata _kata = null!;
    private IReadOnlyList<Lab> _labs = null!;
    private Lab _lab01 = null!;

    [OneTimeSetUp]
    [CancelAfter(TenMinutes)]
    public void Prepare_every_lab_once()
    {
        _root = KataPaths.FindRoot(TestContext.CurrentContext.TestDirectory);
        _labs = LabCatalogue.All.Where(lab => File.Exists(Path.Combine(_root, lab.TestProject))).ToArray();
        _lab01 = LabCatalogue.Find("Lab01");
        if (!_labs.Contains(_lab01))
            Assert.Ignore($"The fast path tests need {_lab01.TestProject}.");
        _work = new TempFolder();

        var clock = Stopwatch.StartNew();
        _kata = FastGrader.Prepare(_root, _labs, _work.Combine("kata"), cancellationToken: TestContext.CurrentContext.CancellationToken);
        TestContext.Progress.WriteLine($"Prepare: {clock.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", _kata.PrepareTimes.Select(p => $"{p.Key} {p.Value.TotalSeconds:0.0} s"))})");
    }

    [OneTimeTearDown]
    public void Delete_the_work_folder() => _work?.Dispose();

    private IReadOnlyList<FastLabGrade> GradeAll(string exercisesFolder, string name, FastPathLimits? limits = null, IEnumerable<Lab>? labs = null)
    {
        var work = _work.Combine(name + "-" + Guid.NewGuid().ToString("N")[..6]);
        var clock = Stopwatch.StartNew();
        var grades = (labs ?? _labs).Select(lab => _kata.GradeLab(exercisesFolder, lab, work, limits, TestContext.CurrentContext.CancellationToken)).ToArray();
        TestContext.Progress.WriteLine($"{name}: {clock.Elapsed.TotalSeconds:0.0} s — " + string.Join("; ", grades.Select(g =>
            $"{g.Result.Id} {g.Result.Status} {g.Result.Points}/{g.Result.MaxPoints} (compile {g.CompileTime.TotalSeconds:0.00} s, tests {g.RunTime.TotalSeconds:0.00} s)")));
        return grades;
    }

    /// <summary>A submission whose Lab 1 is <paramref name="firstStepBody"/> in <c>FirstStep</c> and stubs elsewhere,
    /// with <paramref name="members"/> added to the class.</summary>
    private string PlantInLab01(string firstStepBody, string members = "")
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
                public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights)
                {
                    {{firstStepBody}}
                }

                public static Matrix<double> SecondStep(Matrix<double> y0, Matrix<double> x1, RnnWeights weights) =>
                    throw new NotImplementedException("Implement TwoStepRnn.SecondStep");

                public static TwoStepOutputs Unroll(Matrix<double> x0, Matrix<double> x1, RnnWeights weights) =>
                    throw new NotImplementedException("Implement TwoStepRnn.Unroll");

                {{members}}
            }
            """);
        return exercises;
    }

    /// <summary>Grades a planted Lab 1; with <paramref name="andSolvedLab03"/> the submission also holds the solved
    /// Lab 3, graded after it, to show that Lab 1's crash costs Lab 1 only.</summary>
    private FastLabGrade GradePlanted(string firstStepBody, string name, bool andSolvedLab03 = false, FastPathLimits? limits = null,
                                      string members = "")
    {
        var exercises = PlantInLab01(firstStepBody, members);
        if (!andSolvedLab03 || _labs.FirstOrDefault(lab => lab.Id == "Lab03") is not { } lab03)
            return GradeAll(exercises, name, limits, [_lab01])[0];

        SubmissionOverlay.CopyTree(Path.Combine(_root, "solutions", lab03.Project), Path.Combine(exercises, lab03.Project));
        var grades = GradeAll(exercises, name, limits, [_lab01, lab03]);
        grades[1].Result.Status.Should().Be(LabStatus.Passed, "a crash in Lab 1 costs Lab 1 only");
        return grades[0];
    }

    [Test]
    [CancelAfter(TenMinutes)]
    public void Reference_solutions_earn_full_marks_in_every_lab_they_can_be_handed_in_for()
    {
        // From Lab 4 on the reference trains on the engine, which the exercise projects do not reference.
        var grades = GradeAll(Path.Combine(_root, "solutions"), "solutions", labs: _labs.Where(lab => lab.ReferenceCompilesAsExercise(_root)));

        foreach (var grade in grades)
        {
            grade.Result.Status.Should().Be(LabStatus.Passed, string.Join("\n", grade.Result.Problems.Concat(
                grade.Result.Tests.Where(t => t.Outcome != TestOutcome.Passed).Take(3).Select(t => $"{t.Name}: {t.Message}"))));
            grade.Result.Points.Should().Be(grade.Result.MaxPoints);
            grade.Result.Counts.Passed.Should().BePositive();
        }
    }

    [Test]
    [CancelAfter(TenMinutes)]
    public void Pristine_stubs_earn_nothing_and_every_test_is_not_started()
    {
        var grades = GradeAll(Path.Combine(_root, "exercises"), "pristine");

        foreach (var grade in grades)
        {
            grade.Result.Status.Should().Be(LabStatus.NotStarted, string.Join("\n", grade.Result.Problems));
            grade.Result.Points.Should().Be(0);
            grade.Result.Counts.NotStarted.Should().Be(grade.Result.Counts.Total).And.BePositive();
        }
    }

    [Test]
    public void A_compile_error_fails_the_build_with_the_error_relative_to_the_kata()
    {
        var lab01 = GradePlanted("this does not compile", "compile-error");

        lab01.Result.Status.Should().Be(LabStatus.BuildFailed);
        lab01.Result.Points.Should().Be(0);
        lab01.Result.Problems[0].Should().StartWith($"exercises/{_lab01.Project}/TwoStepRnn.cs(10,").And.Contain(": error CS");
        lab01.RunTime.Should().Be(TimeSpan.Zero, "nothing runs when the build fails");
    }

    [Test]
    public void A_banned_api_is_a_build_error_naming_rule_RS0030()
    {
        var lab01 = GradePlanted("""var text = System.IO.File.ReadAllText("weights.txt"); return x0;""", "banned-api");

        lab01.Result.Status.Should().Be(LabStatus.BuildFailed);
        lab01.Result.Problems.Should().Contain(p => p.Contains("error RS0030", StringComparison.Ordinal) &&
                                                    p.StartsWith($"exercises/{_lab01.Project}/TwoStepRnn.cs(10,", StringComparison.Ordinal));
    }

    [Test]
    public void Environment_Exit_is_a_build_error_naming_rule_RS0030()
    {
        var lab01 = GradePlanted("Environment.Exit(3); return x0;", "exit-banned");

        lab01.Result.Status.Should().Be(LabStatus.BuildFailed);
        lab01.Result.Problems.Should().Contain(p => p.Contains("error RS0030", StringComparison.Ordinal) && p.Contains("Exiting the process", StringComparison.Ordinal));
    }

    [Test]
    public void Environment_Exit_through_reflection_is_a_build_error_naming_rule_RS0030()
    {
        var lab01 = GradePlanted("""typeof(Environment).GetMethod("Exit")!.Invoke(null, [3]); return x0;""", "exit-reflection");

        lab01.Result.Status.Should().Be(LabStatus.BuildFailed);
        lab01.Result.Problems.Should().Contain(p => p.Contains("error RS0030", StringComparison.Ordinal) && p.Contains("reflection", StringComparison.Ordinal));
    }

    [Test]
    public void A_native_call_through_DllImport_is_a_build_error_naming_rule_RK0008()
    {
        var lab01 = GradePlanted(
            """[System.Runtime.InteropServices.DllImport("libc")] static extern int system(string command); system("touch planted-by-dllimport"); return x0;""",
            "dllimport");

        lab01.Result.Status.Should().Be(LabStatus.BuildFailed);
        lab01.Result.Points.Should().Be(0);
        lab01.Result.Problems.Should().Contain(p => p.Contains("error RK0008", StringComparison.Ordinal) &&
                                                    p.Contains("DllImportAttribute", StringComparison.Ordinal));
        lab01.RunTime.Should().Be(TimeSpan.Zero, "nothing runs when the build fails");
    }

    [Test]
    public void A_delegate_built_over_File_ReadAllText_is_a_build_error_naming_rule_RK0008_though_no_banned_API_is_named()
    {
        var lab01 = GradePlanted(
            """
            var read = (Func<string, string>)Delegate.CreateDelegate(
                typeof(Func<string, string>), Type.GetType("System.IO.File")!.GetMethod("ReadAllText", [typeof(string)])!);
            throw new InvalidOperationException(read("/etc/hostname"));
            """,
            "create-delegate");

        lab01.Result.Status.Should().Be(LabStatus.BuildFailed);
        lab01.Result.Points.Should().Be(0);
        lab01.Result.Problems.Should().Contain(p => p.Contains("error RK0008", StringComparison.Ordinal) &&
                                                    p.Contains("System.Delegate.CreateDelegate", StringComparison.Ordinal));
        lab01.Result.Problems.Should().NotContain(p => p.Contains("RS0030", StringComparison.Ordinal),
                                                  "the banned list names no API this code calls: the allowlist is what stops it");
        lab01.RunTime.Should().Be(TimeSpan.Zero, "nothing runs when the build fails");
    }

    [Test]
    public void A_crash_of_the_test_process_fails_the_run_naming_the_exit_code_and_the_test()
    {
        // Graded code may start no thread (RK0008), but an exception thrown by a finalizer still ends the
        // process: the loop allocates until a garbage collection runs the finalizer.
        var lab01 = GradePlanted(
            "while (x0.RowCount >= 0) s_lastBomb = new Bomb(); return x0;",
            "crash",
            members: """
                     private static Bomb? s_lastBomb;

                     private sealed class Bomb
                     {
                         ~Bomb() => throw new InvalidOperationException("boom");
                     }
                     """);

        lab01.Result.Status.Should().Be(LabStatus.RunFailed);
        lab01.Result.Problems.Should().ContainSingle().Which.Should().Contain("ended with exit code").And.Contain("during RnnKata.Lab01");
    }

    [Test]
    public void An_endless_loop_is_stopped_at_the_process_time_limit()
    {
        var lab01 = GradePlanted("while (x0.RowCount >= 0) { } return x0;", "endless-loop", limits: ShortLimits);

        lab01.Result.Status.Should().Be(LabStatus.RunFailed);
        lab01.Result.Problems.Should().ContainSingle().Which.Should().Contain("longer than 10 s").And.Contain("during RnnKata.Lab01");
        lab01.RunTime.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Test]
    public void A_test_stuck_longer_than_the_per_test_limit_stops_the_run_naming_the_test()
    {
        var limits = FastPathLimits.Default with { Timeout = TimeSpan.FromSeconds(120), TestTimeout = TimeSpan.FromSeconds(5) };

        var lab01 = GradePlanted("while (x0.RowCount >= 0) { } return x0;", "stuck-test", limits: limits);

        lab01.Result.Status.Should().Be(LabStatus.RunFailed);
        lab01.Result.Problems.Should().ContainSingle().Which.Should().Contain("A test ran longer than 5 s").And.Contain("during RnnKata.Lab01");
    }

    [Test]
    public void Runaway_console_output_ends_at_the_memory_cap_and_fails_its_tests()
    {
        // NUnit keeps each test's console output in memory, so endless output meets the heap cap first
        // (output that does reach the process's stdout is cut at MaxOutputBytes). Results are reported as
        // each test ends, so the tests fail one by one with the out-of-memory error, or the run fails.
        var limits = FastPathLimits.Default with { MaxHeapBytes = 256L << 20 };

        var lab01 = GradePlanted("""while (x0.RowCount >= 0) Console.Write(new string('x', 10_000)); return x0;""", "runaway-output", limits: limits);

        lab01.Result.Status.Should().BeOneOf(LabStatus.Failed, LabStatus.RunFailed);
        lab01.Result.Points.Should().Be(0);
        var said = string.Join("\n", lab01.Result.Problems.Concat(lab01.Result.Tests.Select(t => t.Message ?? "")));
        said.Should().MatchRegex("OutOfMemory|out of memory");
    }

    [Test]
    public void A_huge_allocation_hits_the_heap_cap_and_fails_its_tests_with_out_of_memory()
    {
        var limits = FastPathLimits.Default with { MaxHeapBytes = 256L << 20 };

        var lab01 = GradePlanted("""var hoard = new List<double[]>(); while (x0.RowCount >= 0) hoard.Add(new double[1 << 20]); return x0;""", "huge-memory",
                                 limits: limits);

        lab01.Result.Status.Should().BeOneOf(LabStatus.Failed, LabStatus.Partial, LabStatus.RunFailed);
        var said = string.Join("\n", lab01.Result.Problems.Concat(lab01.Result.Tests.Select(t => t.Message ?? "")));
        said.Should().MatchRegex("OutOfMemory|out of memory");
    }

    [Test]
    public void A_stack_overflow_fails_the_run_naming_the_crash_and_the_test()
    {
        var lab01 = GradePlanted("return FirstStep(x0, weights) + 1.0;", "stack-overflow", andSolvedLab03: true);

        lab01.Result.Status.Should().Be(LabStatus.RunFailed);
        lab01.Result.Problems.Should().ContainSingle().Which.Should().Contain("stack overflow").And.Contain("during RnnKata.Lab01");
    }

    /// <summary>
    /// MEASUREMENT (explicit): grades a class of <c>RNNKATA_CLASS_SIZE</c> submissions (default 10; solutions and
    /// pristine stubs alternately, every lab), two at a time as the lead's orchestration would, and prints the
    /// per-submission and total times. Run: <c>dotnet test tests/RnnKata.Grading.Tests --filter Name~Class_of</c>.
    /// </summary>
    [Test]
    [Explicit("Measurement: minutes of grading.")]
    [CancelAfter(60 * 60 * 1000)]
    public void Class_of_submissions_graded_two_at_a_time()
    {
        var size = int.TryParse(Environment.GetEnvironmentVariable("RNNKATA_CLASS_SIZE"), out var n) ? n : 10;
        var clock = Stopwatch.StartNew();
        var perSubmission = new double[size];
        Parallel.For(0, size, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var side = i % 2 == 0 ? "solutions" : "exercises";
            var work = _work.Combine($"class-{i:00}");
            var started = Stopwatch.StartNew();
            var grades = _labs.Select(lab => _kata.GradeLab(Path.Combine(_root, side), lab, work)).ToArray();
            perSubmission[i] = started.Elapsed.TotalSeconds;
            grades.Should().OnlyContain(g => g.Result.Status == (side == "solutions" ? LabStatus.Passed : LabStatus.NotStarted));
            Directory.Delete(work, recursive: true);
        });
        TestContext.Progress.WriteLine($"class of {size}: {clock.Elapsed.TotalSeconds:0.0} s in all, " +
                                       $"{clock.Elapsed.TotalSeconds / size:0.00} s per submission; solutions {Summary(perSubmission.Where((_, i) => i % 2 == 0))}, " +
                                       $"pristine {Summary(perSubmission.Where((_, i) => i % 2 == 1))} (each, two running at once)");

        static string Summary(IEnumerable<double> seconds)
        {
            var sorted = seconds.Order().ToArray();
            return sorted.Length == 0 ? "-" : $"median {sorted[sorted.Length / 2]:0.0} s, max {sorted[^1]:0.0} s";
        }
    }
}
