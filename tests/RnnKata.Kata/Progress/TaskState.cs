namespace RnnKata.Kata.Progress;

/// <summary>Where a student stands on one chapter task.</summary>
public enum TaskState
{
    /// <summary>Every test of the task passes.</summary>
    Passed,

    /// <summary>At least one test of the task fails (or the lab did not build or run).</summary>
    Failing,

    /// <summary>No test of the task fails and at least one still reaches a stub.</summary>
    NotStarted,

    /// <summary>No test is known to check the task (its tests carry no task id).</summary>
    Unknown,
}
