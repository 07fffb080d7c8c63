using System.Diagnostics;
using System.Globalization;
using System.Text;
using RnnKata.Catalogue;
using RnnKata.Engine;
using RnnKata.Experiments.Running;
using RnnKata.Given.Recurrent;
using RnnKata.Lab08;

namespace RnnKata.Experiments.Lab08;

/// <summary>
/// Chapter 8's numbers and figure, all through Lab 8's public API (so <c>--target exercises</c> trains the student's code):
/// the lecture's network (windows of 10, Elman 128, Adam, batch 128, 25 rounds with a greedy sample after each) and
/// min-char-rnn (chunks of 25, carried state, Adagrad 0.1, clipping) on the shipped English corpus or <c>--corpus FILE</c>,
/// scored on the held-out tail in bits per character against the unigram entropy; samples at three temperatures; and the
/// training speed of the lecture's network and of a larger one (LSTM, 2 × 256) in characters per second.
/// </summary>
public sealed class Lab08Experiment : IExperiment
{
    /// <summary>The figure.</summary>
    public const string FigureFile = "08-validation-bits.png";

    /// <summary>The share of the corpus held out, its tail.</summary>
    public const double ValidationFraction = 0.1;

    /// <summary>The temperatures the samples are drawn at.</summary>
    public static IReadOnlyList<double> Temperatures { get; } = [0.5, 1.0, 1.5];

    /// <inheritdoc />
    public string Name => "lab08";

    /// <inheritdoc />
    public string Summary => "Lab 8: char-level generation on the kata's own chapters (or --corpus FILE): the lecture's windows of 10 (Elman 128, Adam, 25 rounds) and min-char-rnn (truncated BPTT, Adagrad), validation bits/char vs the unigram entropy (08-validation-bits.png), samples at T = 0.5, 1, 1.5, characters per second";

    /// <inheritdoc />
    public ExperimentResult Run(ExperimentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var budget = context.Quick ? Lab08Budget.Quick : Lab08Budget.Full;
        var (text, source) = LoadCorpus(context.Settings.Corpus, budget.CorpusCharacters);
        var corpus = Corpus.Split(text, ValidationFraction);
        int seed = context.Settings.Seed;
        string backend = Backends.NameOf(context.Settings.Backend);
        string quick = context.Quick ? "QUICK budget, not the lecture's setting: " : "";
        string data = $"{source}: {text.Length} characters after the lecture's preparation (lines trimmed, lower case, joined by spaces), alphabet of {corpus.Alphabet.Size}, " +
                      $"the last {corpus.Validation.Length} held out";
        var metrics = new MetricList(Name);
        double unigram = Corpus.UnigramBits(text);
        metrics.Add("unigram entropy", $"{quick}−Σ p log₂ p over the character frequencies of {data}", unigram, null, 0);

        var lectureOptions = new LectureOptions(Hidden: budget.LectureHidden, Epochs: budget.LectureEpochs, Seed: seed, Backend: backend);
        var clock = Stopwatch.StartNew();
        using var lecture = LectureTraining.Fit(lectureOptions, corpus, r => context.Progress(new ProgressUpdate(
            $"lecture: round {r.Round}/{r.Rounds}", 0.6 * r.Round / r.Rounds, r.TrainLoss, r.ValidationBits * Math.Log(2))));
        double lectureSeconds = clock.Elapsed.TotalSeconds;
        metrics.Add("lecture: validation bits/char", $"{quick}cross-entropy on the held-out tail after {lectureOptions.Epochs} rounds, windows of 10 one-hot characters → Elman tanh {lectureOptions.Hidden} → Dense softmax, Adam 1e-3, batch 128; {data}",
            lecture.Rounds[^1].ValidationBits, true, lectureSeconds);
        metrics.Add("lecture: train bits/char (last round)", $"{quick}the last round's mean batch loss in bits", lecture.Rounds[^1].TrainLoss / Math.Log(2), true, lectureSeconds);

        var minCharOptions = new MinCharOptions(Iterations: budget.MinCharIterations, ReportEvery: budget.MinCharReportEvery, Seed: seed, Backend: backend);
        clock.Restart();
        using var minChar = MinCharTraining.Fit(minCharOptions, corpus, r => context.Progress(new ProgressUpdate(
            $"min-char-rnn: report {r.Round}/{r.Rounds}", 0.6 + 0.3 * r.Round / r.Rounds, r.TrainLoss, r.ValidationBits * Math.Log(2))));
        double minCharSeconds = clock.Elapsed.TotalSeconds;
        metrics.Add("min-char-rnn: validation bits/char", $"{quick}cross-entropy on the held-out tail, read from h = 0, after {minCharOptions.Iterations} chunks of 25 (Elman tanh 100, Adagrad 0.1, clip ±5 of the chunk's summed loss)",
            minChar.Rounds[^1].ValidationBits, true, minCharSeconds);
        metrics.Add("min-char-rnn: smoothed loss", $"{quick}min-char-rnn's printed number: the loss summed over a chunk of 25, smoothed (starts at 25·ln V = {25 * Math.Log(corpus.Alphabet.Size):F1})",
            minCharOptions.Smoothed(minChar.Losses, corpus.Alphabet.Size)[^1], true, minCharSeconds);

        var speedOptions = lectureOptions with { Hidden = 128, Epochs = 1, GeneratedLength = 0 };
        foreach (var (label, options) in new[] { ("lecture (Elman 128)", speedOptions), ("larger (LSTM 2 × 256)", speedOptions with { Cell = RecurrentCell.Lstm, Layers = 2, Hidden = 256 }) })
        {
            var (rate, seconds) = CharactersPerSecond(options, corpus, budget.SpeedBatches);
            metrics.Add($"speed: {label} characters/s", $"{quick}training windows (one predicted character each) per second over {budget.SpeedBatches} batches of 128 on the {backend} backend ({Environment.ProcessorCount} cores seen)",
                rate, false, seconds);
        }
        context.Progress(new ProgressUpdate("samples", 0.95));

        context.SaveFigure(FigureFile, CharTextFigures.Validation(source, lecture.Rounds.Select(r => r.ValidationBits).ToArray(),
            minChar.Rounds.Select(r => r.ValidationBits).ToArray(),
            Enumerable.Range(1, minChar.Rounds.Count).Select(i => (double)Math.Min(i * minCharOptions.ReportEvery, minCharOptions.Iterations)).ToArray(), unigram));
        context.Progress(new ProgressUpdate("done", 1));
        return new ExperimentResult(metrics.All, context.Figures,
        [
            ("lecture: greedy 50 characters after each round (seed | generated)", string.Join('\n', lecture.Rounds.Select(r => $"{r.Round,2}  {r.Seed} | {r.Greedy}"))),
            ("lecture: samples after the last round", Samples(lecture, corpus, seed)),
            ("min-char-rnn: samples after the last step", Samples(minChar, corpus, seed)),
        ]);
    }

    /// <summary>200 characters at each temperature (and greedily) from the first 10 characters of the held-out tail.</summary>
    private static string Samples(CharModel model, CorpusSplit corpus, int seed)
    {
        var start = corpus.Validation[..10];
        var text = new StringBuilder($"seed: \"{start}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"greedy: {model.Generate(start, 200, null, new Random(seed))}\n");
        foreach (var t in Temperatures)
            text.Append(CultureInfo.InvariantCulture, $"T = {t:0.0}: {model.Generate(start, 200, t, new Random(seed))}\n");
        return text.ToString().TrimEnd();
    }

    /// <summary>Windows trained per second by one epoch over the first batches·128 windows (a tiny validation text, no samples).</summary>
    private static (double Rate, double Seconds) CharactersPerSecond(LectureOptions options, CorpusSplit corpus, int batches)
    {
        int windows = batches * options.BatchSize;
        var cut = new CorpusSplit(corpus.Alphabet, corpus.Train[..Math.Min(corpus.Train.Length, windows + options.Steps)], corpus.Validation[..(options.Steps + 1)]);
        var clock = Stopwatch.StartNew();
        using var model = LectureTraining.Fit(options, cut);
        double seconds = clock.Elapsed.TotalSeconds;
        return (model.Losses.Count * options.BatchSize / seconds, seconds);
    }

    /// <summary>The prepared text of <paramref name="file"/>, or of the shipped English corpus, cut to <paramref name="characters"/>.</summary>
    private static (string Text, string Source) LoadCorpus(string? file, int? characters)
    {
        var path = file ?? Path.Combine(KataPaths.FindRoot(), "exercises", "Lab08.CharText", "Data", Corpus.EnglishFileName);
        var name = Path.GetFileName(path);
        var text = Corpus.Lecture(Corpus.Decode(File.ReadAllBytes(path), name));
        return (characters is { } n && text.Length > n ? text[..n] : text, name);
    }
}
