using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab04;

/// <summary>The checks and bookkeeping both training loops share.</summary>
internal static class TrainingSetup
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming what is wrong with the options or the count.</summary>
    public static void Require(TrainingOptions options, int count, string countName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Network, nameof(options));
        try
        {
            options.Network.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"options.Network: {e.Message}", nameof(options), e);
        }
        if (options.Network.Input != 1 || options.Network.Output != 1)
            throw new ArgumentException($"Lab 4's windows hold one value per step: options.Network needs Input = 1 and Output = 1, not {options.Network.Input} and {options.Network.Output}.", nameof(options));
        if (options.BatchSize < 1)
            throw new ArgumentException($"options.BatchSize must be positive but is {options.BatchSize}.", nameof(options));
        if (!(options.LearningRate > 0) || !double.IsFinite(options.LearningRate))
            throw new ArgumentException($"options.LearningRate must be a positive number but is {options.LearningRate}.", nameof(options));
        if (options.ReportEvery < 1)
            throw new ArgumentException($"options.ReportEvery must be positive but is {options.ReportEvery}.", nameof(options));
        if (!Enum.IsDefined(options.Loss) || !Enum.IsDefined(options.Optimizer))
            throw new ArgumentException($"Unknown loss {options.Loss} or optimizer {options.Optimizer}.", nameof(options));
        if (count < 1)
            throw new ArgumentException($"{countName} must be positive but is {count}.", countName);
    }

    /// <summary>The targets the network's readout is compared with: the last 1 or n columns of <paramref name="targets"/>.</summary>
    public static Matrix<double> TargetsFor(NetworkSpec network, int steps, Matrix<double> targets)
    {
        int columns = network.Readout == Readout.EveryStep ? steps : 1;
        if (targets.ColumnCount < columns)
            throw new ArgumentException(
                $"An every-step network needs a target per step ({columns}) but the windows have {targets.ColumnCount}: use shifted windows or Readout.LastStep.",
                "options");
        return targets.SubMatrix(0, targets.RowCount, targets.ColumnCount - columns, columns);
    }

    /// <summary>Whether progress is due after iteration or epoch <paramref name="index"/> (<paramref name="last"/>: the final one).</summary>
    public static bool Due(int index, int every, bool last) => index % every == 0 || last;
}
