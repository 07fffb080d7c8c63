using System.Diagnostics;
using System.Globalization;
using RnnKata.Catalogue;
using RnnKata.Grading;
using RnnKata.Grading.Bench;

// dotnet run -c Release --project tests/RnnKata.Grading.Bench -- [--sizes 10,30] [--parallel N] [--keep DIR]
// (--keep leaves the generated classes and their reports in DIR)
// dotnet run -c Release --project tests/RnnKata.Grading.Bench -- --copies 100
// (only copy detection, on a generated class of 100, timed and checked: see CopyBench)
// Grades generated classes of several sizes with the real grader (fast path, one submission per core at a time by default),
// checks every student's total against what their kind of submission earns (exit code 3 if one is
// wrong), and prints a table: seconds in all, seconds per submission, and the one-time preparation.
// Exit codes: 0 graded right; 1 a wrong command line; 3 a wrong grade; otherwise the grader's own exit code.
return new BenchCommandLine(Run).Command.Parse(args).Invoke();

static int Run(BenchOptions options)
{
    var (sizes, parallel, keep, copies) = options;
    var root = KataPaths.FindRoot(AppContext.BaseDirectory);
    var labs = LabCatalogue.All;
    if (copies is { } classSize)
        return CopyBench.Run(root, labs, classSize);
    var work = keep is null ? Path.Combine(Path.GetTempPath(), "rnnkata-class-bench", Guid.NewGuid().ToString("N")[..8]) : Path.GetFullPath(keep);
    Console.WriteLine($"# class-grading benchmark: {labs.Count} labs, {parallel} submissions at a time, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    Console.WriteLine($"# submission kinds in turn: {string.Join(", ", GeneratedClass.Kinds)}");
    var rows = new List<string>();
    try
    {
        foreach (var size in sizes)
        {
            var submissions = Path.Combine(work, $"class-{size}");
            GeneratedClass.Write(root, labs, size, submissions);
            var output = new StringWriter();
            var clock = Stopwatch.StartNew();
            var exit = GradingApp.Run(
                ["--submissions", submissions, "--out", Path.Combine(work, $"out-{size}"), "--parallel", parallel.ToString(CultureInfo.InvariantCulture)],
                output, Console.Error);
            var total = clock.Elapsed.TotalSeconds;
            if (exit != GradingApp.ExitGraded)
            {
                Console.Error.WriteLine(output);
                return exit;
            }
            var wrong = WrongGrades(Path.Combine(work, $"out-{size}", "gradebook.csv"), labs, size, root);
            if (wrong.Count > 0)
            {
                Console.Error.WriteLine($"class of {size}: {wrong.Count} wrong grade(s):\n  " + string.Join("\n  ", wrong));
                return 3;
            }
            var prepare = PrepareSeconds(output.ToString());
            var perSubmission = (total - prepare) / size;
            Console.WriteLine(output.ToString().Split("\n\n").Reverse().Skip(1).First());
            rows.Add($"| {size} | {total:0} | {prepare:0} | {total - prepare:0} | {perSubmission:0.0} | {perSubmission * parallel:0.0} |");
            Console.WriteLine($"class of {size}: {total:0} s in all, {prepare:0} s preparing, {perSubmission:0.0} s per submission");
        }
    }
    finally
    {
        if (keep is null && Directory.Exists(work))
            Directory.Delete(work, recursive: true);
    }

    Console.WriteLine();
    Console.WriteLine("| Class size | Total (s) | Preparing the kata (s) | Grading (s) | Per submission (s, wall) | Per submission (s, one at a time) |");
    Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
    rows.ForEach(Console.WriteLine);
    return 0;
}

// Each generated student's total in the gradebook must be what their kind of submission earns.
static List<string> WrongGrades(string gradebook, IReadOnlyList<Lab> labs, int size, string root)
{
    var lines = File.ReadLines(gradebook).ToArray();
    var totalColumn = Array.IndexOf(lines[0].Split(','), "total");
    var totals = lines.Skip(1)
        .Select(line => line.Split(','))
        .ToDictionary(cells => cells[0], cells => double.Parse(cells[totalColumn], CultureInfo.InvariantCulture));
    var wrong = new List<string>();
    for (var i = 0; i < size; i++)
    {
        var name = GeneratedClass.NameOf(i);
        var expected = GeneratedClass.ExpectedPoints(i, labs, lab => lab.ReferenceCompilesAsExercise(root));
        if (!totals.TryGetValue(name, out var total) || total != expected)
            wrong.Add($"{name} ({GeneratedClass.Kinds[i % GeneratedClass.Kinds.Length]}): expected {expected}, got {(totals.ContainsKey(name) ? total : "no row")}");
    }
    return wrong;
}

// The grader's closing line says how long preparing took.
static double PrepareSeconds(string output)
{
    const string marker = "preparing the kata took ";
    var at = output.LastIndexOf(marker, StringComparison.Ordinal);
    if (at < 0)
        return 0;
    var digits = new string(output[(at + marker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
    return double.Parse(digits, CultureInfo.InvariantCulture);
}
