using System.Diagnostics;
using RnnKata.Engine;

namespace RnnKata.Experiments.Adding;

/// <summary>
/// Trains one cell on the adding problem on the compute engine. The experiments' only calls into the
/// engine are in this class.
/// </summary>
public static class EngineTraining
{
    /// <summary>The cells compared, with the engine's kind of each.</summary>
    public static IReadOnlyList<(string Name, CellKind Kind)> Cells { get; } =
        [("Elman", CellKind.ElmanTanh), ("GRU", CellKind.Gru), ("LSTM", CellKind.Lstm)];

    /// <summary>Creates the backend <paramref name="kind"/> names (see <see cref="Backends.Create(BackendKind?, int)"/>).</summary>
    public static ComputeBackend CreateBackend(BackendKind kind) => Backends.Create(kind);

    /// <summary>
    /// Trains <paramref name="cell"/> on sequences of <paramref name="steps"/> steps within
    /// <paramref name="budget"/>. The seed fixes the initialisation, the training batches and the test
    /// set, so every cell sees the same data.
    /// </summary>
    /// <param name="backend">Where it runs.</param>
    /// <param name="cell">The cell, one of <see cref="Cells"/>.</param>
    /// <param name="steps">T.</param>
    /// <param name="budget">Sizes and budget.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="progress">Called after each iteration with (iterations done, training loss, latest test MSE or null).</param>
    public static AddingRun Train(ComputeBackend backend, (string Name, CellKind Kind) cell, int steps, AddingBudget budget, int seed,
        Action<int, double, double?> progress)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(progress);
        if (budget.TestSequences % budget.Batch != 0)
            throw new ArgumentException($"budget.TestSequences ({budget.TestSequences}) must be a multiple of budget.Batch ({budget.Batch}).", nameof(budget));
        var clock = Stopwatch.StartNew();
        var test = AddingProblem.Generate(budget.TestSequences, steps, new Random(TestSeed(seed)));
        var training = new Random(seed);
        using var model = RecurrentNetwork.Create(backend, new NetworkShape
        {
            Cell = cell.Kind, Layers = 1, Input = AddingProblem.InputSize, Hidden = budget.Hidden, Output = 1,
            Steps = steps, Batch = budget.Batch, Head = HeadPlacement.LastStep, Loss = LossKind.MeanSquaredError,
        }, seed);
        using var trainer = new Trainer(model, OptimizerSettings.Adam(budget.LearningRate), GradientClipping.ByGlobalNorm(budget.ClipNorm));

        var curve = new List<(int, double)> { (0, Evaluate(trainer, test, steps, budget.Batch).Mse) };
        for (var iteration = 1; iteration <= budget.Iterations; iteration++)
        {
            var (inputs, targets) = AddingProblem.ToBatch(AddingProblem.Generate(budget.Batch, steps, training));
            double loss = trainer.Train(new SequenceBatch(
                SequenceTensor.FromTimeMajor(inputs, steps, budget.Batch, AddingProblem.InputSize),
                SequenceTensor.FromRows(targets, budget.Batch, 1)));
            double? testMse = null;
            if (iteration % budget.EvaluateEvery == 0 || iteration == budget.Iterations)
            {
                testMse = Evaluate(trainer, test, steps, budget.Batch).Mse;
                curve.Add((iteration, testMse.Value));
            }
            progress(iteration, loss, testMse);
        }
        var final = Evaluate(trainer, test, steps, budget.Batch);
        var baseline = test.Average(s => Math.Pow(AddingProblem.BaselinePrediction - s.Target, 2));
        return new AddingRun(cell.Name, steps, seed, curve, final.Mse, final.Within, baseline, clock.Elapsed.TotalSeconds);
    }

    // The test set's own stream, so that the training batches never repeat a test sequence's draws.
    private static int TestSeed(int seed) => unchecked(seed * 7919 + 104729);

    private static (double Mse, double Within) Evaluate(Trainer trainer, IReadOnlyList<AddingSequence> test, int steps, int batch)
    {
        double squares = 0, within = 0;
        for (var start = 0; start < test.Count; start += batch)
        {
            var chunk = test.Skip(start).Take(batch).ToArray();
            var predictions = trainer.Predict(
                SequenceTensor.FromTimeMajor(AddingProblem.ToBatch(chunk).Inputs, steps, chunk.Length, AddingProblem.InputSize));
            for (var b = 0; b < chunk.Length; b++)
            {
                var error = predictions[b] - chunk[b].Target;
                squares += error * error;
                within += Math.Abs(error) <= AddingRun.Tolerance ? 1 : 0;
            }
        }
        return (squares / test.Count, within / test.Count);
    }
}
