using System.Globalization;
using System.Text;
using RnnKata.Experiments.Running;
using RnnKata.Lab07;

namespace RnnKata.Experiments.Lab07;

/// <summary>One phrase set: the lecture's RNN trained and scored beside the bag-of-words baseline, its figures for the first seed.</summary>
internal static class SentimentRuns
{
    /// <summary>One metric of one seed.</summary>
    public sealed record Value(string Name, string Definition, double Number, bool? LowerIsBetter, double Seconds);

    public static (List<Value> Values, string Printout) Run(ExperimentContext context, Lab07Budget budget, ShippedPhrases set, int seed,
                                                           Action<EpochMetrics> progress, bool drawFigures)
    {
        var (train, test) = (Load(set.TrainFile), Load(set.TestFile));
        var options = new TrainingOptions(Hidden: budget.Hidden, Epochs: budget.Epochs, Seed: seed);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var trained = Training.Fit(train, test, options, progress);
        double seconds = clock.Elapsed.TotalSeconds;
        var model = trained.Model;
        var scores = model.Evaluate(test);
        var baseline = BagOfWordsBaseline.Fit(model.Vocabulary, train);
        var baselinePredicted = test.Select(e => baseline.Predict(e.Text)).ToArray();
        var (ordered, negated) = (PhraseSubsets.OrderDependent(test), PhraseSubsets.Negated(test, set.Negation));
        string setting = $"Elman tanh H {options.Hidden}, SGD lr {options.LearningRate}, clip ±{options.Clip}, {options.Epochs} epochs";
        string data = $"{test.Length} test phrases of {set.TestFile} after training on the {train.Length} of {set.TrainFile}";
        string name = set.Name;
        var values = new List<Value>
        {
            new($"{name}: RNN test accuracy", $"{data}; {setting}", scores.Accuracy, false, seconds),
            new($"{name}: RNN train accuracy", $"after the last epoch, {train.Length} phrases; {setting}", model.Evaluate(train).Accuracy, false, seconds),
            new($"{name}: RNN test loss", $"mean −ln p_c, {data}", scores.Loss, true, seconds),
            new($"{name}: RNN test accuracy, order-dependent phrases", $"the {ordered.Length} test phrases whose words, reordered, make a test phrase of the other class",
                PhraseSubsets.Accuracy(test, scores.Predicted, ordered), false, seconds),
            new($"{name}: RNN test accuracy, negated phrases", $"the {negated.Length} test phrases holding '{set.Negation}'", PhraseSubsets.Accuracy(test, scores.Predicted, negated), false, seconds),
            new($"{name}: bag-of-words test accuracy", $"logistic regression on word counts over the same vocabulary, {data}", baseline.Accuracy(test), false, 0),
            new($"{name}: bag-of-words test accuracy, order-dependent phrases", $"the same {ordered.Length} phrases (a bag of words is right on at most half of them)",
                PhraseSubsets.Accuracy(test, baselinePredicted, ordered), false, 0),
            new($"{name}: bag-of-words test accuracy, negated phrases", $"the same {negated.Length} phrases", PhraseSubsets.Accuracy(test, baselinePredicted, negated), false, 0),
            new($"{name}: unknown test words", $"words of {set.TestFile} not in the training vocabulary, read as {Vocabulary.UnknownToken}", scores.UnknownWords, null, 0),
            new($"{name}: training seconds", $"wall clock of Training.Fit, double precision on the host; {setting}", seconds, true, seconds),
        };
        if (drawFigures)
        {
            var confusion = new int[2, 2];
            for (int i = 0; i < test.Length; i++)
                confusion[test[i].Label, scores.Predicted[i]]++;
            context.SaveFigure(Lab07Experiment.TrainingFigureFile(set), SentimentFigures.Training(name, trained.History, confusion));
            var phrases = Lab07Experiment.PathPhrases(set);
            var projected = HiddenProjection.Project(phrases.Select(model.HiddenPath).ToArray());
            context.SaveFigure(Lab07Experiment.PathFigureFile(set),
                SentimentFigures.HiddenPaths(name, phrases.Select((p, i) => (p, projected[i].X, projected[i].Y)).ToArray()));
        }
        return (values, Printout(trained.History));
    }

    /// <summary>The lecture's printout: every 100th epoch (every epoch of a shorter run's last), train and test loss and accuracy.</summary>
    private static string Printout(IReadOnlyList<EpochMetrics> history)
    {
        var text = new StringBuilder();
        int every = history.Count >= 100 ? 100 : history.Count;
        foreach (var h in history.Where(h => h.Epoch % every == 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"--- Epoch {h.Epoch}");
            text.AppendLine(CultureInfo.InvariantCulture, $"Train:\tLoss {h.TrainLoss:F3} | Accuracy: {h.TrainAccuracy:F3}");
            text.AppendLine(CultureInfo.InvariantCulture, $"Test:\tLoss {h.TestLoss:F3} | Accuracy: {h.TestAccuracy:F3}");
        }
        return text.ToString();
    }

    private static SentimentExample[] Load(string file) =>
        PhraseFile.Parse(File.ReadAllLines(Path.Combine(Lab07Experiment.DataFolder(), file)), file);
}
