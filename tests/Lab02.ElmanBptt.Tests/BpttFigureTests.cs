using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

[TestFixture]
public class BpttFigureTests
{
    // The experiment trains three networks for 300 epochs: run it once for the whole fixture.
    private static readonly Lazy<BpttExperimentResult> Experiment = new(BpttExperiment.Run);

    [Test]
    public void Figure_of_the_experiment_matches_its_snapshot() =>
        PlotSnapshot.Verify(BpttFigure.Build(Experiment.Value), "bptt-experiment");

    [Test]
    public void Figure_of_the_experiment_renders_every_line() =>
        RenderCheck.Verify(BpttFigure.Build(Experiment.Value));

    [Test]
    public void Every_activation_learns_the_sine_task()
    {
        foreach (var (activation, losses) in Experiment.Value.Training)
            losses[^1].Should().BeLessThan(0.1 * losses[0], $"{activation}: the loss falls below a tenth of where it started");
    }

    [Test]
    public void With_amplifying_weights_the_identity_gradient_explodes_and_the_tanh_gradient_shrinks()
    {
        var reach = Experiment.Value.Reach.ToDictionary(r => r.Activation, r => r.Norms);

        reach[Activation.Identity][^1].Should().BeGreaterThan(1e6 * reach[Activation.Identity][0],
            "without an activation the gradient is multiplied by Wᵀ at every step, and W amplifies");
        reach[Activation.Tanh][^1].Should().BeLessThan(0.1 * reach[Activation.Tanh][0],
            "tanh′ = 1 − h² < 1 shrinks the gradient at every step, faster than W amplifies it here");
        reach[Activation.Relu][^1].Should().BeLessThan(reach[Activation.Identity][^1],
            "relu′ = 0 for the units that are off, so fewer paths carry the gradient than with the identity");
    }
}
