using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(11)]
public class TrainingTests
{
    private static readonly SequenceData Sine = SineTask.Create();
    private static ElmanParameters Initial => ElmanParameters.Seeded(1, BpttExperiment.Hidden, 1, scale: BpttExperiment.TrainingScale);

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    [TestCase(Activation.Identity)]
    public void Training_on_the_sine_task_brings_the_loss_below_a_tenth_of_its_start(Activation activation)
    {
        var result = Training.Train(Initial, Sine, new TrainingOptions(BpttExperiment.Epochs, BpttExperiment.LearningRate, activation));

        var final = ElementByElement.SquaredError(
            ElementByElement.Elman(Sine.Inputs, Matrix<double>.Build.Dense(16, BpttExperiment.Hidden), result.Parameters, activation).Outputs, Sine.Targets);
        final.Should().BeLessThan(0.1 * result.Losses[0], "300 epochs of SGD at η = 0.01 learn to predict the next sine value");
    }

    [Test]
    public void With_a_small_learning_rate_the_loss_falls_at_every_epoch()
    {
        var losses = Training.Train(Initial, Sine, new TrainingOptions(BpttExperiment.Epochs, BpttExperiment.LearningRate)).Losses;

        for (var e = 1; e < losses.Count; e++)
            losses[e].Should().BeLessThan(losses[e - 1], $"epoch {e} follows a gradient step with a small η");
    }

    [Test]
    public void Returns_one_loss_per_epoch_starting_with_the_loss_of_the_initial_parameters()
    {
        var result = Training.Train(Initial, Sine, new TrainingOptions(7, 0.01));

        result.Losses.Should().HaveCount(7);
        var initialLoss = ElementByElement.SquaredError(
            ElementByElement.Elman(Sine.Inputs, Matrix<double>.Build.Dense(16, BpttExperiment.Hidden), Initial, Activation.Tanh).Outputs, Sine.Targets);
        result.Losses[0].Should().BeApproximately(initialLoss, Tolerance.ClosedForm * initialLoss, "Losses[0] is measured before the first update, from h0 = 0");
    }

    [Test]
    public void One_epoch_is_a_forward_pass_the_loss_BPTT_and_one_SGD_step()
    {
        var result = Training.Train(Initial, Sine, new TrainingOptions(1, 0.05, Activation.Relu));

        var h0 = Matrix<double>.Build.Dense(16, BpttExperiment.Hidden);
        var trace = ElmanNetwork.Forward(Sine.Inputs, h0, Initial, Activation.Relu);
        var expected = Sgd.Step(Initial, ElmanNetwork.Backward(trace, TestLoss.SquaredError.Gradient(trace.Outputs, Sine.Targets), Initial), 0.05);
        Matrices.ShouldBeClose(result.Parameters.U, expected.U, "U after one epoch");
        Matrices.ShouldBeClose(result.Parameters.W, expected.W, "W after one epoch");
        Matrices.ShouldBeClose(result.Parameters.V, expected.V, "V after one epoch");
        Matrices.ShouldBeClose(result.Parameters.C, expected.C, "c after one epoch");
    }

    [Test]
    public void Clipping_by_norm_is_applied_before_each_step()
    {
        var result = Training.Train(Initial, Sine, new TrainingOptions(1, 0.05, Activation.Tanh, clipNorm: 0.1));

        var trace = ElmanNetwork.Forward(Sine.Inputs, Matrix<double>.Build.Dense(16, BpttExperiment.Hidden), Initial, Activation.Tanh);
        var gradients = ElmanNetwork.Backward(trace, TestLoss.SquaredError.Gradient(trace.Outputs, Sine.Targets), Initial);
        var expected = Sgd.Step(Initial, GradientClipping.ByGlobalNorm(gradients, 0.1), 0.05);
        Matrices.ShouldBeClose(result.Parameters.W, expected.W, "W after one clipped step");
        (result.Parameters.W - Initial.W).FrobeniusNorm().Should().BeLessThanOrEqualTo(0.05 * 0.1 * (1 + 1e-12),
            "a clipped step moves the parameters by at most η · maxNorm");
    }

    [Test]
    public void Clipping_lets_a_large_learning_rate_train_without_blowing_up()
    {
        // Without clipping, η = 0.1 makes this network's loss blow up within the first epochs.
        var result = Training.Train(Initial, Sine, new TrainingOptions(BpttExperiment.Epochs, 0.1, Activation.Tanh, clipNorm: 1));

        result.Losses.Should().OnlyContain(loss => double.IsFinite(loss));
        result.Losses[^1].Should().BeLessThan(0.1 * result.Losses[0]);
    }

    [Test]
    public void Training_is_deterministic()
    {
        var options = new TrainingOptions(20, 0.01, Activation.Tanh);

        var first = Training.Train(Initial, Sine, options);
        var second = Training.Train(Initial, Sine, options);

        second.Losses.Should().Equal(first.Losses, "no randomness: the same arguments give the same numbers");
        second.Parameters.W.Equals(first.Parameters.W).Should().BeTrue();
    }

    [Test]
    public void Leaves_the_initial_parameters_unchanged()
    {
        var initial = Initial;

        Training.Train(initial, Sine, new TrainingOptions(3, 0.01));

        initial.W.Equals(Initial.W).Should().BeTrue("training returns new parameters");
        initial.V.Equals(Initial.V).Should().BeTrue("training returns new parameters");
    }
}
