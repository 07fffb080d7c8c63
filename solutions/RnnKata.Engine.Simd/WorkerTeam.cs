using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace RnnKata.Engine.Simd;

/// <summary>
/// The caller plus persistent worker threads that run the parts of a piece of work, one
/// <see cref="Run"/> at a time. Waiting spins briefly before it blocks: per-step work of a few
/// microseconds cannot afford the tens of microseconds of Parallel.For or of waking a sleeping
/// thread. Parts are claimed, not assigned: when the caller has finished its own part and a worker
/// has not yet started its part (descheduled on a busy machine), the caller runs that part itself.
/// </summary>
internal sealed class WorkerTeam : IDisposable
{
    private const int Claimed = -1;

    // How long a waiter spins before it blocks on the monitor.
    private static readonly long SpinTicks = Stopwatch.Frequency / 10_000; // 100 µs

    private readonly Thread[] _threads;
    private readonly object _gate = new();
    private readonly int[] _claims;
    private Action<int>? _work;
    private int _generation;
    private int _pending;
    private int _barrierCount;
    private int _barrierPhase;
    private Exception? _error;
    private volatile bool _stopping;

    /// <summary>A team of <paramref name="size"/> threads, the caller included.</summary>
    public WorkerTeam(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _claims = new int[size];
        Array.Fill(_claims, Claimed);
        _threads = new Thread[size - 1];
        for (var i = 0; i < _threads.Length; i++)
        {
            var index = i + 1;
            _threads[i] = new Thread(() => Loop(index)) { IsBackground = true, Name = $"simd worker {index}" };
            _threads[i].Start();
        }
    }

    /// <summary>Threads in the team, the caller included.</summary>
    public int Size { get; }

    /// <summary>Runs <paramref name="work"/>(part) for every part 0 … Size − 1, each exactly once, and waits for all.</summary>
    public void Run(Action<int> work) => Start(work, steal: true);

    /// <summary>
    /// Like <see cref="Run"/>, but part i runs on thread i, so that the parts may meet at
    /// <see cref="Barrier"/>. The parts must not throw (a part that leaves early strands the others at the barrier).
    /// </summary>
    public void RunInLockstep(Action<int> work) => Start(work, steal: false);

    /// <summary>Inside <see cref="RunInLockstep"/>: waits until every part has arrived.</summary>
    public void Barrier()
    {
        if (Size == 1)
            return;
        var phase = Volatile.Read(ref _barrierPhase);
        if (Interlocked.Increment(ref _barrierCount) == Size)
        {
            Volatile.Write(ref _barrierCount, 0);
            Volatile.Write(ref _barrierPhase, phase + 1);
            return;
        }
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _barrierPhase) == phase)
            spinner.SpinOnce(sleep1Threshold: -1);
    }

    private void Start(Action<int> work, bool steal)
    {
        if (Size == 1)
        {
            work(0);
            return;
        }
        _work = work;
        _error = null;
        Volatile.Write(ref _pending, Size - 1);
        lock (_gate)
        {
            var generation = _generation + 1;
            for (var i = 1; i < Size; i++)
                Volatile.Write(ref _claims[i], generation);
            Volatile.Write(ref _generation, generation);
            Monitor.PulseAll(_gate);
        }
        Exception? own = null;
        try
        {
            work(0);
            for (var i = 1; i < Size && steal; i++)
                TryRun(i, _generation);
        }
        catch (Exception e)
        {
            own = e;
        }
        Wait(() => Volatile.Read(ref _pending) == 0);
        _work = null;
        if ((own ?? _error) is { } error)
            ExceptionDispatchInfo.Throw(error);
    }

    // Runs part i of generation g unless someone has claimed it.
    private void TryRun(int part, int generation)
    {
        if (Interlocked.CompareExchange(ref _claims[part], Claimed, generation) != generation)
            return;
        try
        {
            _work!(part);
        }
        catch (Exception e)
        {
            _error = e;
        }
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            lock (_gate)
                Monitor.PulseAll(_gate);
        }
    }

    private void Wait(Func<bool> done)
    {
        var start = Stopwatch.GetTimestamp();
        while (!done())
        {
            if (Stopwatch.GetTimestamp() - start < SpinTicks)
            {
                Thread.SpinWait(10);
                continue;
            }
            lock (_gate)
            {
                while (!done())
                    Monitor.Wait(_gate);
            }
        }
    }

    private void Loop(int index)
    {
        var seen = 0;
        while (true)
        {
            Wait(() => Volatile.Read(ref _generation) != seen || _stopping);
            if (_stopping)
                return;
            seen = Volatile.Read(ref _generation);
            TryRun(index, seen);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        lock (_gate)
            Monitor.PulseAll(_gate);
        foreach (var thread in _threads)
            thread.Join();
    }
}
