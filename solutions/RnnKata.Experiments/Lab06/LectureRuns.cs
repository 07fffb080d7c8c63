using MathNet.Numerics.LinearAlgebra;
using RnnKata.Engine;
using RnnKata.Experiments.Running;
using RnnKata.Lab06;

namespace RnnKata.Experiments.Lab06;

/// <summary>The lecture's series: the model in both window layouts and the baselines, against the noisy and the clean next value.</summary>
internal static class LectureRuns
{
    public static List<SeedValue> Run(ExperimentContext context, Lab06Budget budget, int seed, Lab06Progress progress, bool drawFigure)
    {
        var noisy = LectureSeries.Noisy(seed);
        var split = ChronologicalSplit.AtCount(noisy, LectureSeries.TrainLength);
        var train = SeriesWindows.Sliding(split.Train, LectureSeries.Steps);
        var test = SeriesWindows.Sliding(split.Test, LectureSeries.Steps);
        // Test target i is the value at t = 800 + i + T; its clean counterpart is the best prediction sin(0.02t) + 1.
        var clean = Timed.Column(Enumerable.Range(0, test.Count).Select(i => LectureSeries.Expected(LectureSeries.TrainLength + i + LectureSeries.Steps)));
        var options = new TrainingOptions(Hidden: budget.Hidden, Epochs: budget.LectureEpochs, Seed: seed, Backend: Backends.NameOf(context.Settings.Backend));
        const string data = "the 196 test windows of 4 (t = 800 … 999, no padding) after training on the 796 windows of t = 0 … 799";
        var values = new List<SeedValue>();

        var (model, seconds) = Timed.Run(() => Training.Fit(options, train, progress.For("lecture series, 4 steps × 1 feature", 0)));
        using (model)
        {
            var trainPrediction = model.Predict(train.Inputs);
            var testPrediction = model.Predict(test.Inputs);
            values.Add(new("lecture: model train MSE", $"MSE on the 796 training windows (the lecture's trainScore), Elman 32 relu over 4 steps of 1 value → Dense 8 relu → Dense 1, {options.Epochs} epochs",
                Scores.MeanSquaredError(trainPrediction, train.Targets), true, seconds));
            values.Add(new("lecture: model test MSE", $"next noisy value, {data}", Scores.MeanSquaredError(testPrediction, test.Targets), true, seconds));
            values.Add(new("denoising: model MSE against the clean signal", $"the same predictions against sin(0.02t) + 1 (the signal plus the noise's mean), {data}",
                Scores.MeanSquaredError(testPrediction, clean), true, seconds));
            if (drawFigure)
            {
                var times = Enumerable.Range(LectureSeries.Steps, train.Count).Concat(Enumerable.Range(LectureSeries.TrainLength + LectureSeries.Steps, test.Count))
                    .Select(t => (double)t).ToArray();
                context.SaveFigure(Lab06Experiment.LectureFigureFile, NoisySignalFigures.Lecture(noisy, times,
                    trainPrediction.Column(0).Concat(testPrediction.Column(0)).ToArray(), LectureSeries.TrainLength));
            }
        }

        var lectureOptions = options with { Layout = WindowLayout.OneStepOfAllValues };
        (model, seconds) = Timed.Run(() => Training.Fit(lectureOptions, train, progress.For("lecture series, the lecture's 1 step × 4 features", 1)));
        using (model)
        {
            values.Add(new("lecture: lecture-shape model (1 step × 4 features) test MSE", $"next noisy value, the same model reading each window as one step of 4 features (the recurrence never runs), {data}",
                Scores.MeanSquaredError(model.Predict(test.Inputs), test.Targets), true, seconds));
        }

        values.Add(new("lecture: noise floor", "the noise's variance a²/12 = 1/3: the MSE of the best possible predictor sin(0.02(t+1)) + 1", Baselines.NoiseFloor(LectureSeries.NoiseAmplitude), true, 0));
        foreach (var (name, prediction) in new[] { ("moving average of the window", Baselines.MovingAverage(test.Inputs)), ("last value", Baselines.LastValue(test.Inputs)) })
        {
            values.Add(new($"lecture: baseline {name} test MSE", $"next noisy value, {data}", Scores.MeanSquaredError(prediction, test.Targets), true, 0));
            values.Add(new($"denoising: baseline {name} MSE against the clean signal", $"against sin(0.02t) + 1, {data}", Scores.MeanSquaredError(prediction, clean), true, 0));
        }
        return values;
    }
}
