using System.Diagnostics;

namespace RnnKata.Engine.Bench;

/// <summary>
/// CPU time that other processes (and hypervisor steal) used while a measurement ran, as a % of all cores,
/// read from /proc as the peer benchmark does; and the wait for a quiet machine before a measurement.
/// </summary>
internal sealed class MachineLoad(double quietWaitSeconds, double quietBudgetSeconds)
{
    private double _waited;

    /// <summary>A reading of /proc/stat and /proc/self/stat (busy ticks of all cores, this process's ticks, all ticks).</summary>
    public readonly record struct Sample(long Busy, long Self, long Ticks);

    public static Sample Take()
    {
        try
        {
            var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
            var busy = f[0] + f[1] + f[2] + f[5] + f[6] + f[7]; // user nice system irq softirq steal
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return new Sample(busy, long.Parse(fields[11]) + long.Parse(fields[12]), f.Sum());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return new Sample(-1, -1, -1);
        }
    }

    /// <summary>% of all cores busy with other processes between two samples; NaN where /proc is missing.</summary>
    public static double OtherCpuPercent(Sample a, Sample b) =>
        a.Busy < 0 || b.Ticks == a.Ticks ? double.NaN
        : Math.Max(0, 100.0 * (b.Busy - a.Busy - (b.Self - a.Self)) / (b.Ticks - a.Ticks));

    /// <summary>
    /// Waits (at most the per-measurement limit, and only while the total budget lasts) until a 0.5 s sample shows
    /// under 15% of the cores busy with other processes.
    /// </summary>
    public void WaitQuiet()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            while (clock.Elapsed.TotalSeconds < quietWaitSeconds && _waited + clock.Elapsed.TotalSeconds < quietBudgetSeconds)
            {
                var a = Take();
                Thread.Sleep(500);
                if (!(OtherCpuPercent(a, Take()) >= 15))
                    return;
            }
            Console.WriteLine(_waited + clock.Elapsed.TotalSeconds >= quietBudgetSeconds
                ? $"# quiet-wait budget of {quietBudgetSeconds:F0} s spent: measuring without waiting"
                : $"# gave up waiting {quietWaitSeconds:F0} s for a quiet machine");
        }
        finally
        {
            _waited += clock.Elapsed.TotalSeconds;
        }
    }

    /// <summary>The load average line, for the header.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
