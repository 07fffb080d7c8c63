using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>The checks <c>Training.Fit</c> makes before it trains (both the given loop and the reference solution).</summary>
public static class TrainingChecks
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming what is wrong with <paramref name="options"/> or <paramref name="train"/>.</summary>
    public static void Require(TrainingOptions options, WindowSet train)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(train);
        options.Validate(nameof(options));
        RnnKata.Given.Require.Finite(train.Inputs, nameof(train));
        RnnKata.Given.Require.Shape(train.Targets, train.Count, 1, nameof(train));
        RnnKata.Given.Require.Finite(train.Targets, nameof(train));
        if (train.Count < options.BatchSize)
            throw new ArgumentException($"The training set holds {train.Count} windows, fewer than one batch of {options.BatchSize}.", nameof(train));
    }
}
