namespace RnnKata.Grading.FastPath;

/// <summary>What one lab's test process may use before it is stopped.</summary>
/// <param name="Timeout">Wall-clock limit of the test process (NUnit's own timeouts are cooperative only).</param>
/// <param name="MaxOutputBytes">Standard output and error the process may write before it is stopped
/// (runaway output); the first <see cref="KeptOutputLines"/> lines are kept for the verdict.</param>
/// <param name="MaxHeapBytes">The managed heap's hard limit (<c>DOTNET_GCHeapHardLimit</c>): beyond it the
/// student's code gets an <see cref="OutOfMemoryException"/>; null leaves the runtime's default.</param>
public sealed record FastPathLimits(TimeSpan Timeout, long MaxOutputBytes, long? MaxHeapBytes)
{
    /// <summary>How long one test may run before the process is stopped (a process-level limit: NUnit's own
    /// timeouts are cooperative only). Default 60 s, many times what any lab test needs.</summary>
    public TimeSpan TestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The test process's writable private memory (<c>RLIMIT_DATA</c>): the managed heap, the runtime's own and
    /// native allocations together, so that native memory cannot grow without bound either (<c>RLIMIT_AS</c> would break
    /// the runtime's address-space reservations). Default 3 GiB: the heap cap plus 1 GiB; null: no limit.</summary>
    public long? MaxNativeBytes { get; init; } = 3L << 30;

    /// <summary>The largest file the test process may write (<c>RLIMIT_FSIZE</c>). Default 64 MiB.</summary>
    public long MaxFileBytes { get; init; } = 64L << 20;

    /// <summary>The size of an isolated test process's private <c>/tmp</c> (memory). Default 64 MiB.</summary>
    public long MaxScratchBytes { get; init; } = 64L << 20;

    /// <summary>Lines of output kept for the verdict.</summary>
    public const int KeptOutputLines = 200;

    /// <summary>Three minutes, 8 MB of output, a 2 GB heap: several times what the reference solutions need.</summary>
    public static FastPathLimits Default { get; } = new(TimeSpan.FromMinutes(3), 8L << 20, 2L << 30);
}

/// <summary>One lab graded through the fast path.</summary>
/// <param name="Result">The verdict and score, in the grader's usual model.</param>
/// <param name="Warnings">The compiler's and analyzers' warnings on the student's files (the kata's RK rules
/// with their help links), for feedback; they never cost points.</param>
/// <param name="CompileTime">Time spent compiling and analysing the lab in-process.</param>
/// <param name="RunTime">Time spent running the tests in the child process (zero when the build failed).</param>
public sealed record FastLabGrade(LabResult Result, IReadOnlyList<string> Warnings, TimeSpan CompileTime, TimeSpan RunTime)
{
    /// <summary>The kata's info rules on the student's files (RK0001: the stubs left), for the student front door; never scored.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The kata could not be prepared for fast grading (a lab's pristine build failed); the message says why.</summary>
public sealed class FastPathException(string message) : Exception(message);
