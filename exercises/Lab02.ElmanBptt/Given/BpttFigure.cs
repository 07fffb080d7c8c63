using RnnKata.Given.Plotting;

namespace RnnKata.Lab02;

/// <summary>
/// The chapter's figure: the training loss of the sine task per epoch, and, on a log scale, the norm of
/// the gradient that a loss at the last step sends back k steps, to <c>h(T−1−k)</c> (k = T is
/// <c>h0</c>), one line per activation.
/// </summary>
public static class BpttFigure
{
    /// <summary>Builds the figure from an experiment's results; render it with <see cref="FigureRenderer"/>.</summary>
    /// <exception cref="ArgumentException">A gradient norm is not positive and finite, so it has no logarithm.</exception>
    public static Figure Build(BpttExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Training is null || result.Reach is null)
            throw new ArgumentException("result must hold both the training runs (Training) and the gradient reach (Reach).", nameof(result));
        var training = result.Training
            .Select(run => (Series)new LineSeries(Name(run.Activation), Epochs(run.Losses.Count), run.Losses, ColorOf(run.Activation)))
            .ToArray();
        var reach = result.Reach
            .Select(run => (Series)new LineSeries(Name(run.Activation), StepsBack(run.Norms.Count), Log10(run.Norms, run.Activation), ColorOf(run.Activation)))
            .ToArray();
        return new Figure("Elman network: training by BPTT, and how far back the gradient reaches",
        [
            new Panel("Loss per epoch (sine task, SGD)", "epoch", "loss J", training),
            new Panel("Gradient of the last step's loss, k steps back", "steps back k", "log10 ‖∂J/∂h(T−1−k)‖", reach),
        ]);
    }

    /// <summary>The colour each activation is drawn in.</summary>
    public static string ColorOf(Activation activation) => activation switch
    {
        Activation.Tanh => "#1f77b4",
        Activation.Relu => "#d62728",
        _ => "#2ca02c",
    };

    private static string Name(Activation activation) => activation.ToString().ToLowerInvariant();

    private static double[] Epochs(int count) => Enumerable.Range(0, count).Select(e => (double)e).ToArray();

    private static double[] StepsBack(int count) => Enumerable.Range(1, count).Select(k => (double)k).ToArray();

    private static double[] Log10(IReadOnlyList<double> norms, Activation activation) => norms
        .Select((norm, i) => norm > 0 && double.IsFinite(norm)
            ? Math.Log10(norm)
            : throw new ArgumentException(
                $"result.Reach: the {Name(activation)} gradient norm {i + 1} step(s) back is {norm}: it must be positive and finite to be drawn on a log scale.",
                "result"))
        .ToArray();
}
