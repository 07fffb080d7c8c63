namespace RnnKata.Experiments.Adding;

/// <summary>One cell trained on the adding problem at one length with one seed.</summary>
/// <param name="Cell">The cell's name (<c>Elman</c>, <c>GRU</c>, <c>LSTM</c>).</param>
/// <param name="Steps">T.</param>
/// <param name="Seed">The seed of the initialisation and the data.</param>
/// <param name="TestCurve">The test MSE after each evaluated iteration: (iteration, MSE), iteration 0 before training.</param>
/// <param name="TestMse">The test MSE after the last iteration.</param>
/// <param name="WithinTolerance">The share of test sequences whose prediction is within <see cref="AddingRun.Tolerance"/> of the target.</param>
/// <param name="BaselineMse">The MSE of always predicting 1.0 on the same test set.</param>
/// <param name="Seconds">Wall-clock seconds of the training and its evaluations.</param>
public sealed record AddingRun(string Cell, int Steps, int Seed, IReadOnlyList<(int Iteration, double Mse)> TestCurve,
    double TestMse, double WithinTolerance, double BaselineMse, double Seconds)
{
    /// <summary>A prediction this close to the target counts as right.</summary>
    public const double Tolerance = 0.04;
}
