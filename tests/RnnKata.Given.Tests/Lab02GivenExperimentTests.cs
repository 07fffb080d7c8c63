using RnnKata.Given.Plotting;
using RnnKata.Lab02;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 2's given training options and the chapter's experiment (exercises/Lab02.ElmanBptt/Given):
/// <see cref="TrainingOptions"/>' checks, <see cref="BpttExperiment"/>'s settings and
/// <see cref="BpttFigure"/>. Running the experiment needs the student's code, so only what does not
/// is tested here.
/// </summary>
[TestFixture]
public class Lab02GivenExperimentTests
{
    // ---- TrainingOptions ----

    [Test]
    public void Training_options_hold_their_values_with_tanh_and_no_clipping_by_default()
    {
        var defaults = new TrainingOptions(epochs: 300, learningRate: 0.01);
        var clipped = new TrainingOptions(epochs: 1, learningRate: 0.1, Activation.Relu, clipNorm: 1.0);

        (defaults.Epochs, defaults.LearningRate, defaults.Activation, defaults.ClipNorm).Should().Be((300, 0.01, Activation.Tanh, (double?)null));
        (clipped.Epochs, clipped.LearningRate, clipped.Activation, clipped.ClipNorm).Should().Be((1, 0.1, Activation.Relu, 1.0));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void Training_needs_at_least_one_epoch(int epochs)
    {
        Action act = () => new TrainingOptions(epochs, 0.01);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "epochs");
    }

    [TestCase(0.0)]
    [TestCase(-0.01)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_learning_rate_that_is_not_positive_and_finite_is_rejected(double learningRate)
    {
        Action act = () => new TrainingOptions(10, learningRate);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "learningRate")
            .WithMessage("The learning rate must be a positive finite number.*")
            .Which.ActualValue.Should().Be(learningRate);
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_clipping_norm_that_is_not_positive_and_finite_is_rejected(double clipNorm)
    {
        Action act = () => new TrainingOptions(10, 0.01, Activation.Tanh, clipNorm);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "clipNorm")
            .WithMessage("The clipping norm must be a positive finite number (or null for no clipping).*");
    }

    // ---- BpttExperiment ----

    [Test]
    public void The_experiment_uses_the_chapters_settings()
    {
        (BpttExperiment.Hidden, BpttExperiment.Epochs, BpttExperiment.ReachSteps).Should().Be((8, 300, 30));
        (BpttExperiment.TrainingScale, BpttExperiment.LearningRate, BpttExperiment.ReachScale).Should().Be((0.1, 0.01, 0.5));
        BpttExperiment.Activations.Should().Equal(Activation.Tanh, Activation.Relu, Activation.Identity);
    }

    [Test]
    public void The_reach_weights_amplify_with_the_chapters_spectral_radius()
    {
        var w = ElmanParameters.Seeded(1, BpttExperiment.Hidden, 1, scale: BpttExperiment.ReachScale).W;

        var radius = w.Evd().EigenValues.Max(lambda => lambda.Magnitude);

        radius.Should().BeApproximately(2.389, 0.0005, "docs/02-elman-bptt.md: ρ(W) = 2.389, above 1, so W amplifies");
    }

    // ---- BpttFigure ----

    private static BpttExperimentResult Result(params double[] reluNorms) => new(
        [(Activation.Tanh, [5.0, 2.0, 1.0]), (Activation.Relu, [4.0, 3.0, 0.5])],
        [(Activation.Tanh, [1.0, 0.1]), (Activation.Relu, reluNorms)]);

    [Test]
    public void The_figure_draws_the_losses_per_epoch_and_the_log_of_the_norms_per_step_back()
    {
        var figure = BpttFigure.Build(Result(2.0, 1000.0, 1e6));

        figure.Panels.Select(p => (p.Title, p.XLabel, p.YLabel)).Should().Equal(
            ("Loss per epoch (sine task, SGD)", "epoch", "loss J"),
            ("Gradient of the last step's loss, k steps back", "steps back k", "log10 ‖∂J/∂h(T−1−k)‖"));
        var training = figure.Panels[0].Series.Cast<LineSeries>().ToArray();
        var reach = figure.Panels[1].Series.Cast<LineSeries>().ToArray();
        training.Select(s => s.Name).Should().Equal("tanh", "relu");
        training[1].X.Should().Equal(0.0, 1.0, 2.0);
        training[1].Y.Should().Equal(4.0, 3.0, 0.5);
        reach.Select(s => s.Name).Should().Equal("tanh", "relu");
        reach[1].X.Should().Equal(1.0, 2.0, 3.0);
        reach[1].Y.Should().Equal(Math.Log10(2.0), 3.0, 6.0);
        reach[0].Y.Should().Equal(0.0, -1.0);
        training.Concat(reach).Select(s => s.Color).Should().Equal("#1f77b4", "#d62728", "#1f77b4", "#d62728");
    }

    [Test]
    public void Each_activation_keeps_one_colour_of_its_own()
    {
        BpttExperiment.Activations.Select(BpttFigure.ColorOf).Should().Equal("#1f77b4", "#d62728", "#2ca02c");
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_norm_without_a_logarithm_is_rejected_naming_the_activation_and_the_step(double bad)
    {
        Action act = () => BpttFigure.Build(Result(2.0, bad, 3.0));

        act.Should().Throw<ArgumentException>()
            .WithMessage($"result.Reach: the relu gradient norm 2 step(s) back is {bad}: it must be positive and finite to be drawn on a log scale.*")
            .Which.ParamName.Should().Be("result");
    }

    [Test]
    public void The_figure_needs_a_result()
    {
        Action act = () => BpttFigure.Build(null!);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "result");
    }
}
