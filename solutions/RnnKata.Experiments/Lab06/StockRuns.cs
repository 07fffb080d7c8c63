using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using RnnKata.Experiments.Running;
using RnnKata.Lab06;

namespace RnnKata.Experiments.Lab06;

/// <summary>
/// The lecture's task of a stock one day ahead: log returns, a chronological 80/20 split, windows of 4 returns, the
/// lecture's model on returns scaled by the training returns' standard deviation, beside "tomorrow equals today".
/// </summary>
internal static class StockRuns
{
    public const string ModelReturnMse = "stock: model test MSE of log returns";
    public const string NaiveReturnMse = "stock: naive (tomorrow equals today) test MSE of log returns";

    public static List<SeedValue> Run(ExperimentContext context, Lab06Budget budget, int seed, PriceSeries prices, string source, Lab06Progress progress, bool drawFigure)
    {
        var returns = Returns.FromPrices(prices.Closes);
        var split = ChronologicalSplit.AtFraction(returns, Lab06Experiment.StockTrainFraction);
        // Daily returns are about 0.01: scaled to unit spread, the relu network starts where its initial weights expect data.
        double mean = split.Train.Average(), scale = Math.Sqrt(split.Train.Select(r => (r - mean) * (r - mean)).Average());
        var train = SeriesWindows.Sliding(split.Train.Select(r => r / scale).ToArray(), LectureSeries.Steps);
        var test = SeriesWindows.Sliding(split.Test, LectureSeries.Steps);
        var options = new TrainingOptions(Hidden: budget.Hidden, Epochs: budget.StockEpochs, Seed: seed, Backend: Backends.NameOf(context.Settings.Backend));
        var data = $"the {test.Count} test days of {source} (the last {100 - 100 * Lab06Experiment.StockTrainFraction:0} % of its {returns.Length} returns, windows of 4 returns)";

        var (model, seconds) = Timed.Run(() => Training.Fit(options, train, progress.For($"stock {source}", 2)));
        using (model)
        {
            var predicted = model.Predict(test.Inputs / scale) * scale;
            var naive = Matrix<double>.Build.Dense(test.Count, 1);
            // Test target i is return j = trainCount + i + T, from close j (today) to close j + 1 (tomorrow).
            int first = split.Train.Length + LectureSeries.Steps;
            var today = Enumerable.Range(first, test.Count).Select(j => prices.Closes[j]).ToArray();
            var tomorrow = Timed.Column(Enumerable.Range(first + 1, test.Count).Select(j => prices.Closes[j]));
            var predictedPrices = Returns.NextPrices(today, predicted.Column(0).ToArray());
            if (drawFigure)
                context.SaveFigure(Lab06Experiment.StockFigureFile, NoisySignalFigures.Stock(source, test.Targets.Column(0).ToArray(), predicted.Column(0).ToArray(),
                    tomorrow.Column(0).ToArray(), predictedPrices, today));
            return
            [
                new(ModelReturnMse, $"MSE of the predicted log return, {data}", Scores.MeanSquaredError(predicted, test.Targets), true, seconds),
                new(NaiveReturnMse, $"MSE of r̂ = 0, {data}", Scores.MeanSquaredError(naive, test.Targets), true, 0),
                new("stock: model test RMSE of the next close", $"√MSE of p(d)·exp(r̂) against p(d + 1), {data}",
                    Math.Sqrt(Scores.MeanSquaredError(Timed.Column(predictedPrices), tomorrow)), true, seconds),
                new("stock: naive test RMSE of the next close", $"√MSE of p(d) against p(d + 1), {data}",
                    Math.Sqrt(Scores.MeanSquaredError(Timed.Column(today), tomorrow)), true, 0),
            ];
        }
    }

    /// <summary>The honest sentence: does the model beat "tomorrow equals today" on the test days?</summary>
    public static string Conclusion(IReadOnlyList<Metric> metrics, string source)
    {
        double model = metrics.Single(m => m.Name == ModelReturnMse).Value, naive = metrics.Single(m => m.Name == NaiveReturnMse).Value;
        string Number(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
        return model < naive
            ? $"On {source} the model's test MSE of log returns ({Number(model)}) is below the naive baseline's ({Number(naive)}), by {Number(100 * (naive - model) / naive)} %: check it on more seeds and more data before believing it."
            : $"On {source} the model does not beat \"tomorrow equals today\": test MSE of log returns {Number(model)} against {Number(naive)} for r̂ = 0. Nothing it learned from past returns predicts tomorrow's.";
    }
}
