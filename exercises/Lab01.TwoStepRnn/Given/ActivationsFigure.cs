using RnnKata.Given.Plotting;

namespace RnnKata.Lab01;

/// <summary>
/// The chapter's figure: the layer's outputs at both steps as heatmaps (rows = instances,
/// columns = neurons), blue for −1, white for 0, red for +1.
/// </summary>
public static class ActivationsFigure
{
    /// <summary>Builds the figure from your outputs; render it with <see cref="FigureRenderer"/>.</summary>
    public static Figure Build(TwoStepOutputs outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return Figures.Heatmaps(
            "Two-step RNN: tanh outputs of each neuron for each instance",
            xLabel: "neuron",
            yLabel: "instance",
            ColorScale.Tanh,
            ("Y0 (t = 0)", outputs.Y0),
            ("Y1 (t = 1)", outputs.Y1));
    }
}
