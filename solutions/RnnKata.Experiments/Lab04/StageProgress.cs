using RnnKata.Experiments.Running;
using RnnKata.Lab04;

namespace RnnKata.Experiments.Lab04;

/// <summary>Turns one training run's reports into progress over the whole experiment: run <c>index</c> of
/// <see cref="PerSeed"/> for the seed at position <c>seedIndex</c>.</summary>
internal sealed class StageProgress(ExperimentContext context, int seed, int seedIndex)
{
    /// <summary>Where each experiment's runs start among a seed's runs: six COMP3222 variants, five LSTM-lab runs, the GRU blog.</summary>
    public const int FirstComp3222Run = 0, FirstLstmLabRun = 6, GruBlogRun = 11;

    /// <summary>Training runs per seed.</summary>
    public const int PerSeed = GruBlogRun + 1;

    /// <summary>A progress callback for run <paramref name="index"/> named <paramref name="stage"/>, <paramref name="steps"/> iterations or epochs long.</summary>
    public Action<TrainingProgress> For(string stage, int index, int steps) => report => context.Progress(new ProgressUpdate(
        $"{stage}, seed {seed}",
        (seedIndex * PerSeed + index + Math.Min(1, (double)report.Iteration / steps)) / (context.TrainingSeeds.Count * PerSeed),
        report.TrainLoss, report.TestLoss));
}
