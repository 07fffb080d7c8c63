using System.Diagnostics;
using RnnKata.Experiments.Adding;
using RnnKata.Experiments.Running;
using RnnKata.Lab03;

namespace RnnKata.Experiments.Lab03;

/// <summary>
/// Chapter 3's numbers and figures: the vanishing-gradient picture at initialisation
/// (<see cref="VanishingGradientFigure"/>, with the lab's GRU and LSTM), and its trained counterpart, Elman
/// vs GRU vs LSTM on the adding problem at T = 50 and 100 with the same budget and seed, on the engine.
/// </summary>
public sealed class Lab03Experiment : IExperiment
{
    /// <summary>The vanishing-gradient figure's file name.</summary>
    public const string GradientFigureFile = "03-vanishing-gradients.png";

    /// <summary>The adding-problem figure's file name.</summary>
    public const string AddingFigureFile = "03-adding-problem.png";

    // Share of the progress bar the gradient picture takes; the training runs take the rest.
    private const double GradientShare = 0.05;

    /// <inheritdoc />
    public string Name => "lab03";

    /// <inheritdoc />
    public string Summary => "Lab 3: gradients at initialisation (figure 03-vanishing-gradients.png), then Elman vs GRU vs LSTM trained on the adding problem, T = 50 and 100 (03-adding-problem.png)";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metrics = new MetricList(Name);
        var clock = Stopwatch.StartNew();
        context.Progress(new ProgressUpdate("gradients at initialisation", 0));
        var task = new GradientFlowTask();
        context.SaveFigure(GradientFigureFile, VanishingGradientFigure.Build(task));
        GradientFlowNumbers.Add(metrics, task, clock.Elapsed.TotalSeconds);

        var budget = context.Quick ? AddingBudget.Quick : AddingBudget.Full;
        var runs = TrainAll(context, budget);
        context.SaveFigure(AddingFigureFile, AddingFigure.Build(runs.Where(r => r.Seed == context.Settings.Seed).ToArray()));
        AddAddingMetrics(metrics, runs, budget);
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures, []);
    }

    private static List<AddingRun> TrainAll(ExperimentContext context, AddingBudget budget)
    {
        var plan = (from steps in AddingBudget.Lengths
                    from seed in context.TrainingSeeds
                    from cell in EngineTraining.Cells
                    select (steps, seed, cell)).ToArray();
        var runs = new List<AddingRun>();
        using var backend = EngineTraining.CreateBackend(context.Settings.Backend);
        for (var i = 0; i < plan.Length; i++)
        {
            var (steps, seed, cell) = plan[i];
            var stage = $"{cell.Name}, T = {steps}, seed {seed}";
            double? lastTest = null;
            var done = i;
            runs.Add(EngineTraining.Train(backend, cell, steps, budget, seed, (iteration, loss, test) =>
            {
                lastTest = test ?? lastTest;
                var fraction = GradientShare + (1 - GradientShare) * (done + (double)iteration / budget.Iterations) / plan.Length;
                context.Progress(new ProgressUpdate(stage, fraction, loss, lastTest));
            }));
        }
        return runs;
    }

    private void AddAddingMetrics(MetricList metrics, List<AddingRun> runs, AddingBudget budget)
    {
        var setting = $"{budget.Hidden} units, batch {budget.Batch}, {budget.Iterations} Adam steps (lr {budget.LearningRate}, clip {budget.ClipNorm}), {budget.TestSequences} test sequences";
        foreach (var group in runs.GroupBy(r => (r.Steps, r.Cell)))
        {
            var (steps, cell) = group.Key;
            var seconds = group.Average(r => r.Seconds);
            metrics.AddMedian($"{cell} T={steps} test MSE", $"mean of (prediction − target)² on the held-out sequences after training; {setting}",
                group.Select(r => r.TestMse).ToArray(), lowerIsBetter: true, seconds);
            metrics.AddMedian($"{cell} T={steps} within {AddingRun.Tolerance}", $"share of held-out sequences predicted within {AddingRun.Tolerance} of the target",
                group.Select(r => r.WithinTolerance).ToArray(), lowerIsBetter: false, seconds);
        }
        foreach (var group in runs.GroupBy(r => r.Steps))
        {
            metrics.AddMedian($"baseline T={group.Key} test MSE", "MSE of always predicting 1.0 on the same held-out sequences (expected 1/6 ≈ 0.167)",
                group.GroupBy(r => r.Seed).Select(g => g.First().BaselineMse).ToArray(), lowerIsBetter: true, 0);
        }
    }
}
