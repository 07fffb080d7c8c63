namespace RnnKata.Grading.FastPath;

/// <summary>How a lab's test process is isolated from the grading machine (<c>--sandbox</c>).</summary>
public enum SandboxMode
{
    /// <summary>Isolate where the operating system allows it (Linux user, network, mount and PID namespaces);
    /// elsewhere grade without isolation and say so in every student's report.</summary>
    Auto,

    /// <summary>Isolate, or refuse to grade.</summary>
    Required,

    /// <summary>Never isolate (the test process runs as the grader's user, with rlimits and a CPU core of its own
    /// where the tools exist); every student's report says so.</summary>
    Off,
}
