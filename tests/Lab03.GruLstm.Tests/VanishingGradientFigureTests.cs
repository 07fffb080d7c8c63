using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

[TestFixture]
public class VanishingGradientFigureTests
{
    [Test]
    public void Figure_of_the_chapters_task_matches_its_snapshot() =>
        PlotSnapshot.Verify(VanishingGradientFigure.Build(), "vanishing-gradients");

    [Test]
    public void Figure_renders_every_curve_in_its_colour() =>
        RenderCheck.Verify(VanishingGradientFigure.Build());

    [Test]
    public void Every_curve_is_the_norm_of_a_gradient_that_matches_finite_differences()
    {
        // The figure's task, shortened to T = 8: each model's ∂L/∂h(t) against nudging h(t) and running the rest.
        var task = new GradientFlowTask(Steps: 8);
        var xs = task.Inputs.ToArray();
        var zero = task.InitialState;

        foreach (var bias in new[] { 0.0, VanishingGradientFigure.GateBias })
        {
            var gru = task.GruHiddenGradients(bias);
            var gruStates = UnitByUnit.Gru(task.Gru(bias), ResetPlacement.AfterHiddenProduct, xs, zero);
            for (var t = 0; t < task.Steps; t++)
            {
                var h = gruStates[t].Clone();
                GradientCheck.ShouldMatch(gru[t], () => task.Loss(UnitByUnit.Gru(task.Gru(bias), ResetPlacement.AfterHiddenProduct, xs[(t + 1)..], h).LastOr(h)),
                    h, $"GRU (b_iz + {bias}) ∂L/∂h({t})");
            }

            var lstm = task.LstmHiddenGradients(bias);
            var lstmStates = UnitByUnit.Lstm(task.Lstm(bias), xs, zero, zero);
            for (var t = 0; t < task.Steps; t++)
            {
                var (h, c) = (lstmStates.Hidden[t].Clone(), lstmStates.Cells[t]);
                GradientCheck.ShouldMatch(lstm[t], () => task.Loss(UnitByUnit.Lstm(task.Lstm(bias), xs[(t + 1)..], h, c).Hidden.LastOr(h)),
                    h, $"LSTM (b_if + {bias}) ∂L/∂h({t})");
            }
        }

        // The Elman layer is given code; its curve is checked the same way.
        var elman = task.ElmanHiddenGradients();
        var elmanStates = task.Elman.Forward(xs, zero);
        for (var t = 0; t < task.Steps; t++)
        {
            var h = elmanStates[t].Clone();
            var rest = xs[(t + 1)..];
            GradientCheck.ShouldMatch(elman[t], () => task.Loss(rest.Length == 0 ? h : task.Elman.Forward(rest, h)[^1]), h, $"Elman ∂L/∂h({t})");
        }
    }

    [Test]
    public void With_the_default_initialisation_every_model_loses_ten_orders_of_magnitude_over_sixty_steps()
    {
        var task = new GradientFlowTask();

        var first = new[]
        {
            ("Elman", GradientFlowTask.Norms(task.ElmanHiddenGradients())[0]),
            ("GRU", GradientFlowTask.Norms(task.GruHiddenGradients())[0]),
            ("LSTM", GradientFlowTask.Norms(task.LstmHiddenGradients())[0]),
        };

        foreach (var (model, norm) in first)
            norm.Should().BeLessThan(1e-10, $"{model}: ‖∂L/∂h(59)‖ = 1, and with gates near 0.5 every step shrinks the gradient");
    }

    [Test]
    public void Keep_gates_biased_open_leave_the_first_step_a_million_times_more_gradient_than_Elman()
    {
        var task = new GradientFlowTask();
        var elman = GradientFlowTask.Norms(task.ElmanHiddenGradients())[0];

        var gru = GradientFlowTask.Norms(task.GruHiddenGradients(VanishingGradientFigure.GateBias))[0];
        var lstm = GradientFlowTask.Norms(task.LstmHiddenGradients(VanishingGradientFigure.GateBias))[0];

        gru.Should().BeGreaterThan(1e6 * elman, "z near 1 copies h(t−1) into h(t), and its gradient back");
        lstm.Should().BeGreaterThan(1e6 * elman, "f near 1 copies c(t−1) into c(t), and its gradient back");
    }
}

internal static class SequenceExtensions
{
    /// <summary>The last state of a run, or <paramref name="start"/> when the run had no steps.</summary>
    public static Matrix<double> LastOr(this IReadOnlyList<Matrix<double>> states, Matrix<double> start) =>
        states.Count == 0 ? start : states[^1];
}
