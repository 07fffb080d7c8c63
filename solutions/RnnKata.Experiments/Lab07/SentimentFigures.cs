using RnnKata.Given.Plotting;
using RnnKata.Lab07;

namespace RnnKata.Experiments.Lab07;

/// <summary>Chapter 7's figures: loss and accuracy per epoch, the confusion matrix, and the hidden state's path through two phrases.</summary>
public static class SentimentFigures
{
    /// <summary>The colour of the training curves.</summary>
    public const string TrainColor = "#1F77B4";

    /// <summary>The colour of the test curves.</summary>
    public const string TestColor = "#FF7F0E";

    /// <summary>The colours of the phrases' paths, in order.</summary>
    public static IReadOnlyList<string> PathColors { get; } = ["#2CA02C", "#D62728", "#9467BD", "#8C564B"];

    /// <summary>Loss and accuracy per epoch on the training and the test phrases (two panels), and the test set's confusion matrix.</summary>
    /// <exception cref="ArgumentException">There is no epoch, or the confusion matrix is not 2 × 2.</exception>
    public static Figure Training(string set, IReadOnlyList<EpochMetrics> history, int[,] confusion)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(confusion);
        if (history.Count == 0)
            throw new ArgumentException("The training figure needs at least one epoch.", nameof(history));
        if (confusion.GetLength(0) != Sentiment.ClassCount || confusion.GetLength(1) != Sentiment.ClassCount)
            throw new ArgumentException("The confusion matrix must be 2 × 2 (true class × predicted class).", nameof(confusion));
        var epochs = history.Select(h => (double)h.Epoch).ToArray();
        var loss = new Panel("loss −ln p_c", "epoch", "mean loss",
        [
            new LineSeries("train", epochs, history.Select(h => h.TrainLoss).ToArray(), TrainColor),
            new LineSeries("test", epochs, history.Select(h => h.TestLoss).ToArray(), TestColor),
        ]);
        var accuracy = new Panel("accuracy", "epoch", "share right",
        [
            new LineSeries("train", epochs, history.Select(h => h.TrainAccuracy).ToArray(), TrainColor),
            new LineSeries("test", epochs, history.Select(h => h.TestAccuracy).ToArray(), TestColor),
        ], new AxisRange(-0.05, 1.05));
        var counts = new double[2, 2];
        for (int r = 0; r < 2; r++)
            for (int c = 0; c < 2; c++)
                counts[r, c] = confusion[r, c];
        int total = confusion.Cast<int>().Sum();
        var matrix = new Panel("test confusion (rows: true negative, positive)", "predicted: negative, positive", "true class",
            [new HeatmapSeries("test phrases", counts, new ColorScale("Viridis", 0, Math.Max(1, total)))]);
        return new Figure($"{set} phrases: the lecture's RNN, epoch by epoch", [loss, accuracy, matrix], Width: 1500, Height: 440);
    }

    /// <summary>Each phrase's hidden states h_0 … h_T on two axes (a projection), from h_0 at the origin's side to the state the output reads.</summary>
    /// <exception cref="ArgumentException">There is no phrase, or a phrase's coordinates differ in length.</exception>
    public static Figure HiddenPaths(string set, IReadOnlyList<(string Phrase, double[] X, double[] Y)> paths)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0 || paths.Count > PathColors.Count || paths.Any(p => p.X.Length == 0 || p.X.Length != p.Y.Length))
            throw new ArgumentException($"The path figure needs 1 to {PathColors.Count} phrases, each with as many x as y.", nameof(paths));
        var series = paths.Select((p, i) => (Series)new LineSeries($"\"{p.Phrase}\" (h_0 … h_{p.X.Length - 1})", p.X, p.Y, PathColors[i])).ToArray();
        return new Figure($"{set}: the hidden state's path through a plain and a negated phrase",
            [new Panel("hidden states on their first two principal components", "PC1", "PC2", series)], Width: 900, Height: 560);
    }
}
