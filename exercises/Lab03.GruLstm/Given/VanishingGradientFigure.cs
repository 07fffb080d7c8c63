using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Plotting;

namespace RnnKata.Lab03;

/// <summary>
/// The chapter's figure: log10 ‖∂L/∂h(t)‖ against t for the Elman-tanh layer, your GRU and your LSTM
/// on the same <see cref="GradientFlowTask"/> (loss on the last step only). Left: PyTorch's default
/// initialisation. Right: the same models with the gate that keeps the old state (the LSTM's f, the
/// GRU's z) biased open by <see cref="GateBias"/>; the Elman layer has no gate and is drawn again for comparison.
/// </summary>
public static class VanishingGradientFigure
{
    /// <summary>What the right panel adds to <c>b_if</c> (LSTM) and <c>b_iz</c> (GRU).</summary>
    public const double GateBias = 1.0;

    /// <summary>The line colours, one per model.</summary>
    public const string ElmanColor = "#D62728", GruColor = "#1F77B4", LstmColor = "#2CA02C";

    /// <summary>The figure for the chapter's task (T = 60, H = 16, seed 42).</summary>
    public static Figure Build() => Build(new GradientFlowTask());

    /// <summary>Builds the figure from your GRU and LSTM backward passes on <paramref name="task"/>.</summary>
    public static Figure Build(GradientFlowTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var elman = Line("Elman (tanh)", task.ElmanHiddenGradients(), ElmanColor);
        return new Figure(
            $"Vanishing gradients: log10 ‖∂L/∂h(t)‖, loss on the last of {task.Steps} steps",
            [
                new Panel("PyTorch's default initialisation", "time step t", "log10 ‖∂L/∂h(t)‖",
                [
                    elman,
                    Line("GRU", task.GruHiddenGradients(), GruColor),
                    Line("LSTM", task.LstmHiddenGradients(), LstmColor),
                ]),
                new Panel($"Keep gates biased open: +{GateBias:0.#} on b_if and b_iz", "time step t", "log10 ‖∂L/∂h(t)‖",
                [
                    elman,
                    Line($"GRU, b_iz + {GateBias:0.#}", task.GruHiddenGradients(GateBias), GruColor),
                    Line($"LSTM, b_if + {GateBias:0.#}", task.LstmHiddenGradients(GateBias), LstmColor),
                ]),
            ],
            Width: 1100, Height: 460);
    }

    private static LineSeries Line(string name, IReadOnlyList<Matrix<double>> gradients, string color)
    {
        var norms = GradientFlowTask.Norms(gradients);
        return new LineSeries(name, norms.Select((_, t) => (double)t).ToArray(), norms.Select(Math.Log10).ToArray(), color);
    }
}
