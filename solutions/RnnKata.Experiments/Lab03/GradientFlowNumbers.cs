using MathNet.Numerics.LinearAlgebra;
using RnnKata.Experiments.Running;
using RnnKata.Given;
using RnnKata.Lab03;

namespace RnnKata.Experiments.Lab03;

/// <summary>
/// The numbers behind chapter 3's figure (<see cref="VanishingGradientFigure"/>), measured on
/// <see cref="GradientFlowTask"/> with the lab's layers: how much gradient reaches t = 0, how fast it
/// falls, the Elman layer's spectral radius and tanh′, the gates' averages, and the LSTM's cell path.
/// </summary>
internal static class GradientFlowNumbers
{
    /// <summary>The steps the mean slope is taken over, t = 0 … this.</summary>
    public const int SlopeEnd = 50;

    /// <summary>Adds every number to <paramref name="metrics"/>.</summary>
    public static void Add(MetricList metrics, GradientFlowTask task, double seconds)
    {
        var bias = VanishingGradientFigure.GateBias;
        var elman = Log10Norms(task.ElmanHiddenGradients());
        var curves = new (string Name, double[] Log10)[]
        {
            ("Elman (tanh)", elman),
            ("GRU", Log10Norms(task.GruHiddenGradients())),
            ("LSTM", Log10Norms(task.LstmHiddenGradients())),
            ($"GRU, b_iz + {bias:0.#}", Log10Norms(task.GruHiddenGradients(bias))),
            ($"LSTM, b_if + {bias:0.#}", Log10Norms(task.LstmHiddenGradients(bias))),
        };
        foreach (var (name, log10) in curves)
        {
            metrics.Add($"{name}: log10 ‖∂L/∂h(0)‖", $"log10 of the norm of the total ∂L/∂h(0), loss L = h({task.Steps - 1})·v", log10[0], null, seconds);
            metrics.Add($"{name}: mean slope t = 0…{SlopeEnd}", $"(log10 ‖∂L/∂h({SlopeEnd})‖ − log10 ‖∂L/∂h(0)‖) / {SlopeEnd}, decades per step",
                (log10[SlopeEnd] - log10[0]) / SlopeEnd, null, seconds);
        }
        metrics.Add("LSTM, b_if + 1 over Elman at t = 0", "log10 ‖∂L/∂h(0)‖ of the LSTM with b_if + 1 minus the Elman layer's, in decades",
            curves[4].Log10[0] - elman[0], null, seconds);
        var last = task.Steps - 1;
        metrics.Add("LSTM: drop from t = 59 to 58", "log10 ‖∂L/∂h(59)‖ − log10 ‖∂L/∂h(58)‖, in decades", curves[2].Log10[last] - curves[2].Log10[last - 1], null, seconds);
        metrics.Add("GRU: drop from t = 59 to 58", "log10 ‖∂L/∂h(59)‖ − log10 ‖∂L/∂h(58)‖, in decades", curves[1].Log10[last] - curves[1].Log10[last - 1], null, seconds);

        AddElman(metrics, task, seconds);
        AddGates(metrics, task, 0, seconds);
        AddGates(metrics, task, bias, seconds);
        AddCellPath(metrics, task, seconds);
        AddExplosion(metrics, task, 4, seconds);
        AddExplosion(metrics, task, 2, seconds);
    }

    private static void AddElman(MetricList metrics, GradientFlowTask task, double seconds)
    {
        var elman = task.Elman;
        var radius = elman.W.Evd().EigenValues.Max(e => e.Magnitude);
        var hidden = elman.Forward(task.Inputs, task.InitialState);
        var meanTanhPrime = hidden.SelectMany(h => h.Enumerate()).Average(h => 1 - h * h);
        metrics.Add("Elman: ρ(W)", "spectral radius (largest |eigenvalue|) of the Elman layer's W_hh", radius, null, seconds);
        metrics.Add("Elman: mean tanh′", "mean of 1 − h² over every hidden value of the run", meanTanhPrime, null, seconds);
        metrics.Add("Elman: ρ(W) × mean tanh′", "the expected factor per step back", radius * meanTanhPrime, null, seconds);
        metrics.Add("Elman: log10(ρ(W) × mean tanh′)", "the same factor in decades per step", Math.Log10(radius * meanTanhPrime), null, seconds);
    }

    // The gate that keeps the old state: the LSTM's forget gate f and the GRU's update gate z, over every unit and step.
    private static void AddGates(MetricList metrics, GradientFlowTask task, double bias, double seconds)
    {
        var suffix = bias == 0 ? string.Empty : $", bias + {bias:0.#}";
        var forget = new LstmLayer(task.Lstm(bias)).Forward(task.Inputs, task.InitialState, task.InitialState).Steps.SelectMany(s => s.F.Enumerate()).ToArray();
        var update = new GruLayer(task.Gru(bias)).Forward(task.Inputs, task.InitialState).Steps.SelectMany(s => s.Z.Enumerate()).ToArray();
        foreach (var (name, values) in new[] { ($"LSTM f{suffix}", forget), ($"GRU z{suffix}", update) })
        {
            metrics.Add($"{name}: mean", "mean over every unit and step of the run", values.Average(), null, seconds);
            metrics.Add($"{name}: smallest", "smallest value over the run", values.Min(), null, seconds);
            metrics.Add($"{name}: largest", "largest value over the run", values.Max(), null, seconds);
        }
        metrics.Add($"LSTM f and GRU z{suffix}: mean", "mean over both gates, every unit and step", forget.Concat(update).Average(), null, seconds);
    }

    // ∂L/∂c(t) against ∂L/∂h(t): the cell gradient of step t is DC0 of the run from t + 1 started at (h(t), c(t)).
    private static void AddCellPath(MetricList metrics, GradientFlowTask task, double seconds)
    {
        var gaps = new List<double>();
        foreach (var bias in new[] { 0.0, VanishingGradientFigure.GateBias })
        {
            var lstm = new LstmLayer(task.Lstm(bias));
            var run = lstm.Forward(task.Inputs, task.InitialState, task.InitialState);
            var dHidden = lstm.Backward(task.DOutputs, run).DHidden;
            for (var t = 0; t < task.Steps - 1; t++)
            {
                var rest = lstm.Forward(task.Inputs.Skip(t + 1).ToArray(), run.Steps[t].HNext, run.Steps[t].CNext);
                var dCell = lstm.Backward(task.DOutputs.Skip(t + 1).ToArray(), rest).DC0;
                gaps.Add(Math.Log10(dCell.FrobeniusNorm()) - Math.Log10(dHidden[t].FrobeniusNorm()));
            }
        }
        const string gapDefinition = "log10 ‖∂L/∂c(t)‖ − log10 ‖∂L/∂h(t)‖ of the LSTM over t ≤ 58, both panels";
        metrics.Add("LSTM: cell above hidden gradient, least", gapDefinition + ": the smallest", gaps.Min(), null, seconds);
        metrics.Add("LSTM: cell above hidden gradient, most", gapDefinition + ": the largest", gaps.Max(), null, seconds);
    }

    // Going further: the Elman layer with its W_hh scaled up.
    private static void AddExplosion(MetricList metrics, GradientFlowTask task, double factor, double seconds)
    {
        var e = task.Elman;
        var scaled = new ElmanBaseline(e.U, factor * e.W, e.B);
        var hidden = scaled.Forward(task.Inputs, task.InitialState);
        var norm = scaled.HiddenGradients(task.Inputs, task.InitialState, task.DOutputs).DHidden[0].FrobeniusNorm();
        metrics.Add($"Elman {factor}·W: log10 ‖∂L/∂h(0)‖", $"log10 ‖∂L/∂h(0)‖ of new ElmanBaseline(e.U, {factor} * e.W, e.B)", Math.Log10(norm), null, seconds);
        metrics.Add($"Elman {factor}·W: saturated share", "share of the hidden values with |h| > 0.99",
            hidden.SelectMany(h => h.Enumerate()).Average(h => Math.Abs(h) > 0.99 ? 1.0 : 0.0), null, seconds);
    }

    private static double[] Log10Norms(IReadOnlyList<Matrix<double>> gradients) =>
        GradientFlowTask.Norms(gradients).Select(Math.Log10).ToArray();
}
