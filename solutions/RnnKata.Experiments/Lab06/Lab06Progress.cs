using RnnKata.Experiments.Running;
using RnnKata.Lab06;

namespace RnnKata.Experiments.Lab06;

/// <summary>Turns a training run's epochs into progress over the whole experiment (two lecture models and one stock model per seed).</summary>
internal sealed class Lab06Progress(ExperimentContext context, int seed, int seedIndex, int seeds)
{
    private const int RunsPerSeed = 3;

    /// <summary>A progress callback for run <paramref name="index"/> of this seed, named <paramref name="stage"/>.</summary>
    public Action<EpochProgress> For(string stage, int index) => report => context.Progress(new ProgressUpdate(
        $"{stage}, seed {seed}", (seedIndex * RunsPerSeed + index + (double)report.Epoch / report.Epochs) / (seeds * RunsPerSeed), report.TrainLoss));
}
