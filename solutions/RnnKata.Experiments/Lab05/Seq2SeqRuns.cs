using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using RnnKata.Experiments.Lab04;
using RnnKata.Experiments.Running;
using RnnKata.Lab05;

namespace RnnKata.Experiments.Lab05;

/// <summary>One seed's runs of the seed's three exercises and the decoder-feed comparison, all through Lab 5's public API.</summary>
internal static class Seq2SeqRuns
{
    /// <summary>The seed's per-element MSE, from its final test losses: 2·loss/(B·T·I) (its L2 term is small beside them).</summary>
    public static IReadOnlyList<double> SeedMse { get; } = [0.0041, 0.119, 0.087];

    /// <summary>The seed's three runs together, in seconds (TF 1.15 on Colab).</summary>
    public const double SeedTotalSeconds = 214;

    /// <summary>Training runs of each exercise per seed: exercise 1 with teacher forcing and the four runs of the review questions;
    /// exercise 2 with gentler RMSProp settings and with the cosine schedule; exercise 3 with the cosine schedule.</summary>
    public static IReadOnlyList<int> RunsOfExercise { get; } = [6, 3, 2];

    /// <summary>Exercise 2's gentler RMSProp: a smaller step and a slower-moving mean square; everything else is the seed's.</summary>
    public const double GentlerLearningRate = 0.003, GentlerDecay = 0.99;

    /// <summary>Exercise 2's cosine schedule: the seed's RMSProp, its lr decaying along half a cosine to this at the last iteration.</summary>
    public const double ScheduledFinalLearningRate = 0.0007;

    /// <summary>The fixed training set of the full-batch run of the review questions.</summary>
    public const int FullBatch = 256;

    /// <summary>The runs of the chosen exercises (1-based) for every seed: what the progress bar counts.</summary>
    public static int RunsPerSeed(IReadOnlyList<int> exercises) => exercises.Sum(e => RunsOfExercise[e - 1]);

    /// <summary>What a seed's runs leave: the metrics and what the figures need.</summary>
    public sealed record Outcome(List<SeedValue> Values, IReadOnlyList<LossPanel> LossPanels, IReadOnlyList<PredictionPanel> Predictions);

    /// <summary>The chosen exercises' runs (1-based numbers, in order) for one seed; <paramref name="progress"/> counts every run
    /// of every seed.</summary>
    public static Outcome Run(ExperimentContext context, Lab05Budget budget, int seed, IReadOnlyList<int> exercises, RunCounter progress, string backend)
    {
        var values = new List<SeedValue>();
        var lossPanels = new List<LossPanel>();
        var predictionPanels = new List<PredictionPanel>();
        double total = 0;
        foreach (var i in exercises.Select(e => e - 1))
        {
            var exercise = SeedExercises.All[i];
            string name = $"exercise {i + 1} ({exercise.Name})";
            var options = new Seq2SeqTrainingOptions(exercise.Spec, exercise.BatchSize, budget.Iterations[i], seed) { Backend = backend };
            var (result, seconds) = Train(context, options, exercise, $"{name}, seed {seed}", progress);
            total += seconds;
            var heldOut = HeldOut(exercise, budget, seed);
            var model = result.Model(exercise.Spec);
            if (i == 1)
                values.AddRange(GentlerRun(context, options, exercise, name, heldOut, progress));
            if (i >= 1)
                values.AddRange(ScheduledRun(context, options, exercise, name, heldOut, progress, i));
            var setting = $"{exercise.Spec.Layers} GRU layers of {exercise.Spec.Hidden}, batch {exercise.BatchSize}, {budget.Iterations[i]} iterations, RMSProp(0.007, ρ 0.92, μ 0.5, s₀ = 1), λ 0.003 on all but the scale";
            values.Add(new($"{name}: final test loss (the seed's definition)",
                $"½Σ(ŷ − y)² over one test batch of {exercise.BatchSize} plus λ·Σ½w², after the last iteration; {setting}",
                result.Tests[^1].TestLoss, Seconds: seconds, SeedFigure: context.Quick ? null : exercise.SeedTestLoss));
            values.Add(new($"{name}: held-out MSE", $"mean of (ŷ − y)² over {heldOut.Length} fresh batches of {exercise.BatchSize}; {setting}",
                Mean(heldOut, b => SeedLoss.MeanSquaredError(model.Forward(b.Inputs, b.DecoderInputs(DecoderFeed.ShiftedEncoderInputs)).Predictions, b.Targets)),
                SeedFigure: context.Quick ? null : SeedMse[i]));
            values.Add(new($"{name}: held-out MSE of repeating the last seen value", $"every future step predicted as x(T − 1), on the same batches",
                Mean(heldOut, b => SeedLoss.MeanSquaredError(b.Targets.Select(_ => b.Inputs[^1]).ToArray(), b.Targets))));
            values.Add(new($"{name}: training seconds", $"wall time of the run on this machine; the seed's on Colab (TF 1.15)", seconds,
                SeedFigure: context.Quick ? null : exercise.SeedSeconds));
            lossPanels.Add(Panel(name, result));
            var first = heldOut[0];
            var predicted = model.Forward(first.Inputs, first.DecoderInputs(DecoderFeed.ShiftedEncoderInputs)).Predictions;
            foreach (var b in i == 1 ? new[] { 0, 1 } : [0])
                predictionPanels.Add(new($"exercise {i + 1}, test sequence {b + 1}", Sequence(first.Inputs, b), Sequence(first.Targets, b), Sequence(predicted, b)));
            if (i == 0)
            {
                values.AddRange(FeedComparison(context, budget, seed, progress, backend, heldOut, model));
                values.AddRange(ReviewRuns(context, budget, seed, progress, backend, heldOut));
            }
        }
        if (exercises.Count == SeedExercises.All.Count)
            values.Add(new("all three exercises: training seconds", "the three runs' wall time together; the seed's 7 + 79 + 128 s on Colab", total,
            SeedFigure: context.Quick ? null : SeedTotalSeconds));
        return new Outcome(values, lossPanels, predictionPanels);
    }

    // Exercise 2 with the seed's settings lands above the seed's one-batch 57.2 on average over batches (chapter 5, Results):
    // the same model, data and iterations with a smaller step and a slower mean square.
    private static IEnumerable<SeedValue> GentlerRun(ExperimentContext context, Seq2SeqTrainingOptions seedOptions, SeedExercise exercise, string name,
                                                     IReadOnlyList<Seq2SeqBatch> heldOut, RunCounter progress)
    {
        var options = seedOptions with { LearningRate = GentlerLearningRate, Decay = GentlerDecay };
        string gentle = $"{name}, RMSProp lr {GentlerLearningRate}, ρ {GentlerDecay}";
        var (result, seconds) = Train(context, options, exercise, $"{gentle}, seed {options.Seed}", progress);
        var model = result.Model(exercise.Spec);
        var setting = $"as the seed's exercise 2 but RMSProp({GentlerLearningRate}, ρ {GentlerDecay}, μ 0.5, s₀ = 1)";
        yield return new($"{gentle}: final test loss (the seed's definition)",
            $"½Σ(ŷ − y)² over one test batch of {exercise.BatchSize} plus λ·Σ½w², after the last iteration; {setting}",
            result.Tests[^1].TestLoss, Seconds: seconds, SeedFigure: context.Quick ? null : exercise.SeedTestLoss);
        yield return new($"{gentle}: held-out MSE", $"mean of (ŷ − y)² over {heldOut.Count} fresh batches of {exercise.BatchSize}; {setting}",
            Mean(heldOut, b => SeedLoss.MeanSquaredError(model.Forward(b.Inputs, b.DecoderInputs(DecoderFeed.ShiftedEncoderInputs)).Predictions, b.Targets)),
            SeedFigure: context.Quick ? null : SeedMse[1]);
    }

    // The seed's model, data, loss and RMSProp, its lr decaying along half a cosine from 0.007 to a tenth of it: the final steps
    // are small, so the last test batch sees a model that no longer jumps from batch to batch (chapter 5, "Beating the seed";
    // exercises 2 and 3).
    private static IEnumerable<SeedValue> ScheduledRun(ExperimentContext context, Seq2SeqTrainingOptions seedOptions, SeedExercise exercise, string name,
                                                       IReadOnlyList<Seq2SeqBatch> heldOut, RunCounter progress, int index)
    {
        var options = seedOptions with { FinalLearningRate = ScheduledFinalLearningRate };
        string scheduled = $"{name}, lr cosine {options.LearningRate} → {ScheduledFinalLearningRate}";
        var (result, seconds) = Train(context, options, exercise, $"{scheduled}, seed {options.Seed}", progress);
        var model = result.Model(exercise.Spec);
        var setting = $"as the seed's exercise {index + 1} (RMSProp ρ {options.Decay}, μ {options.Momentum}, s₀ = 1) but lr following half a cosine from {options.LearningRate} to {ScheduledFinalLearningRate}";
        yield return new($"{scheduled}: final test loss (the seed's definition)",
            $"½Σ(ŷ − y)² over one test batch of {exercise.BatchSize} plus λ·Σ½w², after the last iteration; {setting}",
            result.Tests[^1].TestLoss, Seconds: seconds, SeedFigure: context.Quick ? null : exercise.SeedTestLoss);
        yield return new($"{scheduled}: held-out MSE", $"mean of (ŷ − y)² over {heldOut.Count} fresh batches of {exercise.BatchSize}; {setting}",
            Mean(heldOut, b => SeedLoss.MeanSquaredError(model.Forward(b.Inputs, b.DecoderInputs(DecoderFeed.ShiftedEncoderInputs)).Predictions, b.Targets)),
            SeedFigure: context.Quick ? null : SeedMse[index]);
    }

    // Exercise 1's model re-reads its inputs in training; run free it must read its own predictions. Teacher forcing trains on the true future instead.
    private static IEnumerable<SeedValue> FeedComparison(ExperimentContext context, Lab05Budget budget, int seed, RunCounter progress, string backend,
                                                         IReadOnlyList<Seq2SeqBatch> heldOut, Seq2SeqModel seedModel)
    {
        var exercise = SeedExercises.SineCosine;
        var options = new Seq2SeqTrainingOptions(exercise.Spec, exercise.BatchSize, budget.Iterations[0], seed) { Backend = backend, Feed = DecoderFeed.ShiftedTargets };
        var (forced, seconds) = Train(context, options, exercise, $"exercise 1, teacher forcing, seed {seed}", progress);
        var forcedModel = forced.Model(exercise.Spec);
        const string data = "held-out MSE on exercise 1's batches";
        yield return new("exercise 1: free-running MSE of the seed's model", $"{data}, decoder step t reading the model's own ŷ(t − 1) (trained re-reading the inputs)",
            Mean(heldOut, b => SeedLoss.MeanSquaredError(seedModel.PredictFreeRunning(b.Inputs), b.Targets)));
        yield return new("exercise 1, teacher forcing: free-running MSE", $"{data}, free running, of a model trained reading [0, y₀ … y_(T−2)]",
            Mean(heldOut, b => SeedLoss.MeanSquaredError(forcedModel.PredictFreeRunning(b.Inputs), b.Targets)), Seconds: seconds);
    }

    // The seed's review questions on exercise 1: λ = 0 and a large λ beside the seed's 0.003; online (B = 1) and full-batch
    // (one fixed set of 256 sequences, every step on all of it) beside its mini-batches of 32. Same iterations each.
    private static IEnumerable<SeedValue> ReviewRuns(ExperimentContext context, Lab05Budget budget, int seed, RunCounter progress, string backend,
                                                     IReadOnlyList<Seq2SeqBatch> heldOut)
    {
        var exercise = SeedExercises.SineCosine;
        var fixedSet = SeedSignals.SineCosine(FullBatch, new Random(20_000 + seed));
        var variants = new (string Name, Seq2SeqTrainingOptions Options, Func<int, Random, Seq2SeqBatch> Batches)[]
        {
            ("λ = 0", Options(exercise.BatchSize) with { L2 = 0 }, exercise.Batches),
            ("λ = 0.1", Options(exercise.BatchSize) with { L2 = 0.1 }, exercise.Batches),
            ("online (batch 1)", Options(1), exercise.Batches),
            ($"full batch (one fixed set of {FullBatch})", Options(FullBatch), (_, _) => fixedSet),
        };
        for (int k = 0; k < variants.Length; k++)
        {
            var (name, options, batches) = variants[k];
            var (result, seconds) = Train(context, options, exercise with { Batches = batches }, $"exercise 1, {name}, seed {seed}", progress);
            var model = result.Model(exercise.Spec);
            yield return new($"exercise 1, {name}: held-out MSE",
                $"held-out MSE on exercise 1's batches after {options.Iterations} iterations, everything else as the seed's exercise 1",
                Mean(heldOut, b => SeedLoss.MeanSquaredError(model.Forward(b.Inputs, b.DecoderInputs(DecoderFeed.ShiftedEncoderInputs)).Predictions, b.Targets)),
                Seconds: seconds);
            if (k == 3)
                yield return new($"exercise 1, {name}: MSE on its training set", "the same model's MSE on the fixed set it trained on",
                    SeedLoss.MeanSquaredError(model.Forward(fixedSet.Inputs, fixedSet.DecoderInputs(DecoderFeed.ShiftedEncoderInputs)).Predictions, fixedSet.Targets));
        }

        Seq2SeqTrainingOptions Options(int batch) => new(exercise.Spec, batch, budget.Iterations[0], seed) { Backend = backend };
    }

    private static (Seq2SeqTrainingResult Result, double Seconds) Train(ExperimentContext context, Seq2SeqTrainingOptions options, SeedExercise exercise,
                                                                        string stage, RunCounter progress)
    {
        int run = progress.Start();
        var clock = Stopwatch.StartNew();
        var result = Seq2SeqTraining.Run(options, exercise.Batches, report => context.Progress(new ProgressUpdate(
            stage, (run + (double)report.Iteration / Math.Max(1, options.Iterations)) / progress.Total, report.TrainLoss, report.TestLoss)));
        return (result, clock.Elapsed.TotalSeconds);
    }

    private static Seq2SeqBatch[] HeldOut(SeedExercise exercise, Lab05Budget budget, int seed)
    {
        var random = new Random(10_000 + seed);
        return Enumerable.Range(0, budget.HeldOutBatches).Select(_ => exercise.Batches(exercise.BatchSize, random)).ToArray();
    }

    private static double Mean(IEnumerable<Seq2SeqBatch> batches, Func<Seq2SeqBatch, double> measure) => batches.Select(measure).Average();

    private static LossPanel Panel(string name, Seq2SeqTrainingResult result) => new(name, "iteration", "loss",
    [
        new LossCurve("training batch", Enumerable.Range(0, result.TrainLosses.Count).Select(t => (double)t).ToArray(), result.TrainLosses),
        new LossCurve("test batch", result.Tests.Select(r => (double)r.Iteration).ToArray(), result.Tests.Select(r => r.TestLoss).ToArray()),
    ]);

    // Sequence b of T steps (each B × I) as a T × I matrix.
    private static Matrix<double> Sequence(IReadOnlyList<Matrix<double>> steps, int b) =>
        Matrix<double>.Build.DenseOfRowVectors(steps.Select(s => s.Row(b)));
}
