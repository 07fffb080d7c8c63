namespace RnnKata.Experiments.Lab04;

/// <summary>
/// The sizes of chapter 4's three experiments: <see cref="Full"/> is the seeds' own setting,
/// <see cref="Quick"/> the same models on budgets of a second or two (CI).
/// </summary>
/// <param name="Comp3222Iterations">COMP3222's training steps (the seed: 1 500).</param>
/// <param name="Comp3222MetricIteration">The iteration whose batch loss is compared with the seed's printout (the seed: 1 400).</param>
/// <param name="Comp3222ReportEvery">Iterations between test-loss measurements (a divisor of the metric iteration).</param>
/// <param name="Comp3222TestWindows">Fresh random windows the test loss and the baselines are measured on.</param>
/// <param name="ClosedLoopSteps">Values generated in closed loop (the seed: 300).</param>
/// <param name="LstmTrainPoints">The LSTM lab's training samples (the seed: 1 000).</param>
/// <param name="LstmTestPoints">The LSTM lab's test samples (the seed: 10 000).</param>
/// <param name="LstmEpochs">The LSTM lab's epochs (the seed: 50).</param>
/// <param name="LstmReportEvery">Epochs between the LSTM lab's live test losses.</param>
/// <param name="GruTrainPoints">The GRU blog's training samples (the seed: 10 000).</param>
/// <param name="GruTestPoints">The GRU blog's held-out samples.</param>
/// <param name="GruEpochs">The GRU blog's epochs (the seed: 120).</param>
public sealed record Lab04Budget(
    int Comp3222Iterations, int Comp3222MetricIteration, int Comp3222ReportEvery, int Comp3222TestWindows, int ClosedLoopSteps,
    int LstmTrainPoints, int LstmTestPoints, int LstmEpochs, int LstmReportEvery,
    int GruTrainPoints, int GruTestPoints, int GruEpochs)
{
    /// <summary>The seeds' setting.</summary>
    public static Lab04Budget Full { get; } = new(1500, 1400, 100, 1000, 300, 1000, 10_000, 50, 5, 10_000, 1000, 120);

    /// <summary>CI-sized: the same models, a few steps each.</summary>
    public static Lab04Budget Quick { get; } = new(40, 30, 10, 50, 30, 200, 300, 2, 1, 400, 200, 2);
}
