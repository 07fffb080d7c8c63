namespace RnnKata.Experiments.Lab04;

/// <summary>One line of <see cref="TimeSeriesFigures.LossCurves"/>: a loss against the iteration or epoch.</summary>
/// <param name="Name">The legend entry, e.g. <c>Adam, MSE</c>.</param>
/// <param name="Steps">The iterations or epochs.</param>
/// <param name="Losses">The loss at each step, positive.</param>
public sealed record LossCurve(string Name, IReadOnlyList<double> Steps, IReadOnlyList<double> Losses);

/// <summary>One panel of <see cref="TimeSeriesFigures.LossCurves"/>: one experiment's curves.</summary>
/// <param name="Title">The experiment, e.g. <c>COMP3222</c>.</param>
/// <param name="XLabel">What the steps are: iterations or epochs.</param>
/// <param name="YLabel">Which loss, before the log10, e.g. <c>MSE</c>.</param>
/// <param name="Curves">The lines, in legend order.</param>
public sealed record LossPanel(string Title, string XLabel, string YLabel, IReadOnlyList<LossCurve> Curves);
