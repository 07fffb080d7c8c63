using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Bad input is an <see cref="ArgumentException"/> that names the argument (and the step, or the shape it needs).</summary>
[TestFixture]
public class BadInputTests
{
    private static Matrix<double>[] Steps(int steps, int batch = 2, int features = 2) => TinyModels.Steps(steps, batch, features, seed: 1);

    private static Seq2SeqModel Model() => new(TinyModels.Parameters());

    [Test]
    public void Forward_names_decoder_inputs_of_another_length_or_shape()
    {
        Action shorter = () => Model().Forward(Steps(3), Steps(2));
        shorter.ShouldRejectArgument("decoderInputs");
        var wide = Steps(3);
        wide[1] = Matrix<double>.Build.Dense(2, 3);
        Action badStep = () => Model().Forward(Steps(3), wide);
        badStep.ShouldRejectArgument("decoderInputs[1]", "2×2");
    }

    [Test]
    public void Forward_names_an_encoder_step_that_is_not_finite_or_has_the_wrong_width()
    {
        var xs = Steps(3);
        xs[2] = xs[2].Clone();
        xs[2][1, 0] = double.NaN;
        Action nan = () => Model().Forward(xs, Steps(3));
        nan.ShouldRejectArgument("encoderInputs[2]");
        Action wrongWidth = () => Model().PredictFreeRunning(Steps(3, features: 1));
        wrongWidth.ShouldRejectArgument("encoderInputs[0]", "2×2");
        Action empty = () => Model().Forward([], []);
        empty.ShouldRejectArgument("encoderInputs");
    }

    [Test]
    public void Backward_names_gradients_of_another_shape()
    {
        var model = Model();
        var run = model.Forward(Steps(3), Steps(3));
        Action fewer = () => model.Backward(run, Steps(2));
        fewer.ShouldRejectArgument("dPredictions");
        Action narrow = () => model.Backward(run, Steps(3, features: 1));
        narrow.ShouldRejectArgument("dPredictions[0]", "2×2");
    }

    [Test]
    public void The_loss_names_mismatched_or_non_finite_steps()
    {
        Action fewer = () => SeedLoss.HalfSumOfSquares(Steps(3), Steps(2));
        fewer.ShouldRejectArgument("targets");
        var y = Steps(3);
        y[0] = Matrix<double>.Build.Dense(3, 2);
        Action shape = () => SeedLoss.MeanSquaredError(Steps(3), y);
        shape.ShouldRejectArgument("targets[0]", "2×2");
        var p = Steps(3);
        p[1] = Matrix<double>.Build.Dense(2, 2, double.PositiveInfinity);
        Action infinite = () => SeedLoss.HalfSumOfSquares(p, Steps(3));
        infinite.ShouldRejectArgument("predictions[1]");
        Action none = () => SeedLoss.HalfSumOfSquares([], []);
        none.ShouldRejectArgument("predictions");
    }

    [Test]
    public void The_l2_term_names_a_bad_mask_or_lambda()
    {
        var theta = Vector<double>.Build.Dense(3, 1);
        Action shortMask = () => SeedLoss.L2Penalty(theta, Vector<double>.Build.Dense(2, 1), 0.1);
        shortMask.ShouldRejectArgument("mask");
        Action halfMask = () => SeedLoss.L2Penalty(theta, Vector<double>.Build.Dense(3, 0.5), 0.1);
        halfMask.ShouldRejectArgument("mask");
        Action negative = () => SeedLoss.L2Penalty(theta, Vector<double>.Build.Dense(3, 1), -0.1);
        negative.ShouldRejectArgument("lambda").Should().BeOfType<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Rmsprop_names_a_gradient_of_another_length_or_with_nan()
    {
        var optimizer = new RmsProp();
        Action shorter = () => optimizer.Step(Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(2));
        shorter.ShouldRejectArgument("gradient");
        Action nan = () => optimizer.Step(Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(3, double.NaN));
        nan.ShouldRejectArgument("gradient");
        optimizer.Step(Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(3, 1));
        Action otherModel = () => optimizer.Step(Vector<double>.Build.Dense(4), Vector<double>.Build.Dense(4, 1));
        otherModel.ShouldRejectArgument("parameters");
    }

    [Test]
    public void Normalization_names_an_empty_or_non_finite_batch()
    {
        Action empty = () => Normalization.Normalize(new Seq2SeqBatch([], []));
        empty.ShouldRejectArgument("batch");
        var xs = Steps(2);
        xs[1] = Matrix<double>.Build.Dense(2, 2, double.NaN);
        Action nan = () => Normalization.Normalize(new Seq2SeqBatch(xs, Steps(2)));
        nan.ShouldRejectArgument("batch");
    }
}
