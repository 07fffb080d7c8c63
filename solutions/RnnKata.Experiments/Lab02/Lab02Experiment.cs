using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using RnnKata.Experiments.Running;
using RnnKata.Lab02;

namespace RnnKata.Experiments.Lab02;

/// <summary>
/// Chapter 2's numbers and figure: the sine task trained by BPTT with each activation
/// (<see cref="BpttExperiment"/>), where the remaining loss sits, the same network at η = 0.1 with and
/// without clipping, and how far back the gradient reaches on amplifying weights.
/// </summary>
public sealed class Lab02Experiment : IExperiment
{
    /// <summary>The figure's file name in the output folder.</summary>
    public const string FigureFile = "02-bptt-experiment.png";

    /// <summary>The learning rate at which the unclipped network blows up (chapter 2, "The expected plot").</summary>
    public const double LargeLearningRate = 0.1;

    /// <summary>The global-norm bound that keeps it finite.</summary>
    public const double ClipNorm = 1.0;

    /// <summary>The loss epochs the chapter's table shows.</summary>
    public static IReadOnlyList<int> TableEpochs { get; } = [0, 50, 100, BpttExperiment.Epochs - 1];

    /// <summary>The steps back the chapter's reach table shows.</summary>
    public static IReadOnlyList<int> TableSteps { get; } = [1, 10, 20, BpttExperiment.ReachSteps];

    /// <inheritdoc />
    public string Name => "lab02";

    /// <inheritdoc />
    public string Summary => "Lab 2: the sine task by BPTT per activation, η = 0.1 with and without clipping, gradient reach; figure 02-bptt-experiment.png";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metrics = new MetricList(Name);
        var clock = Stopwatch.StartNew();

        context.Progress(new ProgressUpdate("training the sine task (η = 0.01, 300 epochs)", 0));
        var experiment = BpttExperiment.Run();
        context.SaveFigure(FigureFile, BpttFigure.Build(experiment));
        AddTraining(metrics, experiment, clock.Elapsed.TotalSeconds);

        clock.Restart();
        context.Progress(new ProgressUpdate("where the remaining loss sits", 0.3));
        AddStepZeroShare(metrics, clock);

        clock.Restart();
        context.Progress(new ProgressUpdate($"η = {LargeLearningRate} without and with clipping", 0.5));
        AddLargeLearningRate(metrics, clock);

        clock.Restart();
        context.Progress(new ProgressUpdate("gradient reach", 0.9));
        AddReach(metrics, experiment, clock.Elapsed.TotalSeconds);
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures, []);
    }

    private static void AddTraining(MetricList metrics, BpttExperimentResult experiment, double seconds)
    {
        foreach (var (activation, losses) in experiment.Training)
        {
            var name = ActivationName(activation);
            foreach (var epoch in TableEpochs)
                metrics.Add($"{name} Losses[{epoch}]", $"J = 1/N Σ_n Σ_t ½(o − y)² on SineTask.Create() before epoch {epoch}'s update (η = {BpttExperiment.LearningRate})",
                    losses[epoch], lowerIsBetter: true, seconds);
            metrics.Add($"{name} last / first, %", "100 · Losses[299] / Losses[0]", 100 * losses[^1] / losses[0], lowerIsBetter: true, seconds);
        }
    }

    // After training, the loss of the trained network (after the 300th update) and the share of it that step 0 carries.
    private static void AddStepZeroShare(MetricList metrics, Stopwatch clock)
    {
        var data = SineTask.Create();
        var initial = ElmanParameters.Seeded(1, BpttExperiment.Hidden, 1, scale: BpttExperiment.TrainingScale);
        var h0 = Matrix<double>.Build.Dense(data.Batch, BpttExperiment.Hidden);
        foreach (var activation in BpttExperiment.Activations)
        {
            var trained = Training.Train(initial, data, new TrainingOptions(BpttExperiment.Epochs, BpttExperiment.LearningRate, activation)).Parameters;
            var outputs = ElmanNetwork.Forward(data.Inputs, h0, trained, activation).Outputs;
            var total = RnnKata.Lab02.Losses.MeanSquaredError(outputs, data.Targets).Value;
            var first = RnnKata.Lab02.Losses.MeanSquaredError([outputs[0]], [data.Targets[0]]).Value;
            var name = ActivationName(activation);
            metrics.Add($"{name} loss after training", "J of the parameters Training.Train returns (after the 300th update)", total, lowerIsBetter: true, clock.Elapsed.TotalSeconds);
            metrics.Add($"{name} step 0's share of it, %", "100 · step 0's term of J (its output scored alone) / J", 100 * first / total, lowerIsBetter: null, clock.Elapsed.TotalSeconds);
        }
    }

    private static void AddLargeLearningRate(MetricList metrics, Stopwatch clock)
    {
        var data = SineTask.Create();
        var initial = ElmanParameters.Seeded(1, BpttExperiment.Hidden, 1, scale: BpttExperiment.TrainingScale);
        var epochs = BpttExperiment.Epochs;
        var tanh = DivergenceRun.Train(initial, data, Activation.Tanh, LargeLearningRate, clipNorm: null, epochs);
        var relu = DivergenceRun.Train(initial, data, Activation.Relu, LargeLearningRate, clipNorm: null, epochs);
        var identity = DivergenceRun.Train(initial, data, Activation.Identity, LargeLearningRate, clipNorm: null, epochs);
        var seconds = clock.Elapsed.TotalSeconds;
        const string lossDefinition = "J before the epoch's update, η = 0.1, no clipping";
        for (var epoch = 0; epoch < 4; epoch++)
            metrics.Add($"tanh η=0.1 Losses[{epoch}]", lossDefinition, tanh.Losses[epoch], lowerIsBetter: true, seconds);
        metrics.Add("tanh η=0.1 Losses[8]", lossDefinition, tanh.Losses[8], lowerIsBetter: true, seconds);
        AddEpoch(metrics, "tanh η=0.1 first infinite loss", "the first epoch whose J is +∞", tanh.FirstInfiniteLoss, seconds);
        AddStop(metrics, "tanh", tanh, seconds);
        metrics.Add("relu η=0.1 Losses[10]", lossDefinition, relu.Losses[10], lowerIsBetter: true, seconds);
        metrics.Add($"relu η=0.1 Losses[{relu.Losses.Count - 1}]", lossDefinition + ", the last epoch that ran", relu.Losses[^1], lowerIsBetter: true, seconds);
        metrics.Add("relu η=0.1 active units after 20 epochs",
            $"hidden activations above 0, of the {relu.HiddenValuesAfter20Epochs} (16 sequences × 20 steps × 8 units) with the parameters after 20 updates",
            relu.ActiveAfter20Epochs ?? double.NaN, lowerIsBetter: null, seconds);
        AddStop(metrics, "identity", identity, seconds);

        clock.Restart();
        foreach (var activation in BpttExperiment.Activations)
        {
            var clipped = DivergenceRun.Train(initial, data, activation, LargeLearningRate, ClipNorm, epochs);
            var name = ActivationName(activation);
            metrics.Add($"{name} η=0.1 clipped: lowest loss", $"the lowest J of {epochs} epochs at η = 0.1, gradients clipped to global norm {ClipNorm}",
                clipped.Losses.Count == epochs ? clipped.Losses.Min() : double.NaN, lowerIsBetter: true, clock.Elapsed.TotalSeconds);
        }
    }

    private static void AddStop(MetricList metrics, string name, DivergenceRun run, double seconds) =>
        AddEpoch(metrics, $"{name} η=0.1 stops at epoch",
            $"the epoch at which a check rejects a value that is not finite ({run.StoppedOn ?? "none: all epochs ran"})", run.StoppedAtEpoch, seconds);

    private static void AddEpoch(MetricList metrics, string name, string definition, int? epoch, double seconds) =>
        metrics.Add(name, definition, epoch ?? double.NaN, lowerIsBetter: null, seconds);

    private static void AddReach(MetricList metrics, BpttExperimentResult experiment, double seconds)
    {
        var amplifying = ElmanParameters.Seeded(1, BpttExperiment.Hidden, 1, scale: BpttExperiment.ReachScale);
        var radius = amplifying.W.Evd().EigenValues.Max(e => e.Magnitude);
        metrics.Add("ρ(W), scale 0.5", "spectral radius (largest |eigenvalue|) of W of ElmanParameters.Seeded(1, 8, 1, scale: 0.5)", radius, lowerIsBetter: null, seconds);
        foreach (var (activation, norms) in experiment.Reach)
        {
            var name = ActivationName(activation);
            foreach (var k in TableSteps)
                metrics.Add($"{name} ‖∂J/∂h‖ {k} step(s) back", "‖∂J/∂H(T−1−k)‖ for J = Σ O(T−1) on 4 sine sequences of 30 steps (GradientReach.Norms)",
                    norms[k - 1], lowerIsBetter: null, seconds);
            var perStep = Math.Pow(norms[^1] / norms[0], 1.0 / (norms.Count - 1));
            metrics.Add($"{name} factor per step", $"(‖k = {norms.Count}‖ / ‖k = 1‖)^(1/{norms.Count - 1}): the mean growth per step back", perStep, lowerIsBetter: null, seconds);
            metrics.Add($"{name} decades per step", "log10 of the factor per step: the slope of the line on the log scale", Math.Log10(perStep), lowerIsBetter: null, seconds);
        }
        var tanhNorms = experiment.Reach.First(r => r.Activation == Activation.Tanh).Norms;
        metrics.Add("tanh k = 1 / k = 30", "how many times smaller tanh's gradient is 30 steps back than 1 step back", tanhNorms[0] / tanhNorms[^1], lowerIsBetter: null, seconds);
    }

    private static string ActivationName(Activation activation) => activation.ToString().ToLowerInvariant();
}
