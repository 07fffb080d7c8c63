namespace RnnKata.Experiments.Running;

/// <summary>How an experiment ended.</summary>
public enum ExperimentStatus
{
    /// <summary>It ran to the end.</summary>
    Completed,

    /// <summary>It reached a stub of the student's code (<c>--target exercises</c>).</summary>
    NotStarted,

    /// <summary>It threw.</summary>
    Failed,
}

/// <summary>One experiment's end: its status, what went wrong if anything, and its result.</summary>
/// <param name="Name">The experiment.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Message">For <see cref="ExperimentStatus.NotStarted"/> the stub's message, for <see cref="ExperimentStatus.Failed"/> the error; else empty.</param>
/// <param name="Result">What it measured, when it completed.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
public sealed record ExperimentOutcome(string Name, ExperimentStatus Status, string Message, ExperimentResult? Result, double Seconds);
