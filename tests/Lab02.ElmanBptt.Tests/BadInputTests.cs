using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

[TestFixture]
public class BadInputTests
{
    // batch 4, 3 inputs, 5 hidden units, 2 outputs, T = 3
    private static readonly ElmanParameters P = ElmanParameters.Seeded(3, 5, 2);
    private static MatrixBuilder<double> M => Matrix<double>.Build;
    private static Matrix<double>[] Xs => Data.Sequence(3, 4, 3, seed: 1);
    private static Matrix<double> H0 => M.Dense(4, 5);

    [Test]
    [KataTask(1)]
    public void Apply_rejects_NaN_in_the_pre_activations()
    {
        var a = M.Dense(2, 2);
        a[1, 0] = double.NaN;
        Action act = () => Activations.Apply(Activation.Tanh, a);

        act.ShouldRejectArgument("a");
    }

    [Test]
    [KataTask(2)]
    public void Step_rejects_x_without_one_column_per_input()
    {
        Action act = () => ElmanNetwork.Step(M.Dense(4, 2), H0, P.Layer, Activation.Tanh);

        act.ShouldRejectArgument("x", expectedShape: "×3");
    }

    [Test]
    [KataTask(2)]
    public void Step_rejects_a_previous_state_that_is_not_batch_by_hidden()
    {
        Action act = () => ElmanNetwork.Step(M.Dense(4, 3), M.Dense(4, 4), P.Layer, Activation.Tanh);

        act.ShouldRejectArgument("hPrevious", expectedShape: "4×5");
    }

    [TestCase(double.NaN)]
    [TestCase(double.NegativeInfinity)]
    [KataTask(2)]
    public void Step_rejects_x_that_is_not_finite(double bad)
    {
        var x = M.Dense(4, 3);
        x[2, 1] = bad;
        Action act = () => ElmanNetwork.Step(x, H0, P.Layer, Activation.Relu);

        act.ShouldRejectArgument("x");
    }

    [Test]
    [KataTask(4)]
    public void Forward_rejects_an_empty_sequence()
    {
        Action act = () => ElmanNetwork.Forward([], H0, P, Activation.Tanh);

        act.ShouldRejectArgument("xs");
    }

    [Test]
    [KataTask(4)]
    public void Forward_rejects_a_step_whose_shape_differs_from_the_first()
    {
        var xs = Xs;
        xs[2] = M.Dense(4, 2);
        Action act = () => ElmanNetwork.Forward(xs, H0, P, Activation.Tanh);

        act.ShouldRejectArgument("xs", expectedShape: "4×3");
    }

    [Test]
    [KataTask(4)]
    public void Forward_rejects_NaN_in_a_later_step()
    {
        var xs = Xs;
        xs[2][3, 0] = double.NaN;
        Action act = () => ElmanNetwork.Forward(xs, H0, P, Activation.Tanh);

        act.ShouldRejectArgument("xs");
    }

    [Test]
    [KataTask(4)]
    public void Forward_rejects_h0_that_is_not_batch_by_hidden()
    {
        Action act = () => ElmanNetwork.Forward(Xs, M.Dense(3, 5), P, Activation.Tanh);

        act.ShouldRejectArgument("h0", expectedShape: "4×5");
    }

    [Test]
    [KataTask(4)]
    public void Forward_rejects_NaN_in_h0()
    {
        var h0 = H0;
        h0[0, 4] = double.NaN;
        Action act = () => ElmanNetwork.Forward(Xs, h0, P, Activation.Tanh);

        act.ShouldRejectArgument("h0");
    }

    [Test]
    [KataTask(5)]
    public void Mean_squared_error_rejects_targets_with_another_number_of_steps()
    {
        Action act = () => Losses.MeanSquaredError(Data.Sequence(3, 4, 2, 1), Data.Sequence(2, 4, 2, 2));

        act.ShouldRejectArgument("targets");
    }

    [Test]
    [KataTask(5)]
    public void Mean_squared_error_rejects_a_target_of_another_shape()
    {
        var targets = Data.Sequence(3, 4, 2, 2);
        targets[1] = M.Dense(4, 3);
        Action act = () => Losses.MeanSquaredError(Data.Sequence(3, 4, 2, 1), targets);

        act.ShouldRejectArgument("targets", expectedShape: "4×2");
    }

    [Test]
    [KataTask(5)]
    public void Mean_squared_error_rejects_NaN_in_the_outputs()
    {
        var outputs = Data.Sequence(3, 4, 2, 1);
        outputs[0][0, 0] = double.NaN;
        Action act = () => Losses.MeanSquaredError(outputs, Data.Sequence(3, 4, 2, 2));

        act.ShouldRejectArgument("outputs");
    }

    [Test]
    [KataTask(6)]
    public void Cross_entropy_rejects_a_target_of_another_shape()
    {
        var targets = Data.OneHot(2, 4, 3, 2);
        targets[0] = M.Dense(3, 3);
        Action act = () => Losses.SoftmaxCrossEntropy(Data.Sequence(2, 4, 3, 1), targets);

        act.ShouldRejectArgument("targets", expectedShape: "4×3");
    }

    [Test]
    [KataTask(6)]
    public void Cross_entropy_rejects_a_class_index_out_of_range()
    {
        Action tooLarge = () => Losses.SoftmaxCrossEntropy(Data.Sequence(1, 4, 3, 1), [[0, 1, 3, 2]]);
        Action negative = () => Losses.SoftmaxCrossEntropy(Data.Sequence(1, 4, 3, 1), [[0, -1, 2, 2]]);

        tooLarge.ShouldRejectArgument("classes").Message.Should().Contain("0 to 2", "3 classes have the indices 0, 1 and 2");
        negative.ShouldRejectArgument("classes");
    }

    [Test]
    [KataTask(6)]
    public void Cross_entropy_rejects_class_indices_for_another_batch()
    {
        Action act = () => Losses.SoftmaxCrossEntropy(Data.Sequence(2, 4, 3, 1), [[0, 1, 2, 0], [0, 1, 2]]);

        act.ShouldRejectArgument("classes");
    }

    [Test]
    [KataTask(3)]
    public void Step_backward_rejects_a_state_gradient_that_is_not_batch_by_hidden()
    {
        Action act = () => ElmanNetwork.StepBackward(M.Dense(4, 4), M.Dense(4, 3), H0, H0, P.Layer, Activation.Tanh);

        act.ShouldRejectArgument("dH", expectedShape: "4×5");
    }

    [Test]
    [KataTask(3)]
    public void Step_backward_rejects_NaN_in_the_state_gradient()
    {
        var dH = M.Dense(4, 5);
        dH[3, 4] = double.NaN;
        Action act = () => ElmanNetwork.StepBackward(dH, M.Dense(4, 3), H0, H0, P.Layer, Activation.Tanh);

        act.ShouldRejectArgument("dH");
    }

    [Test]
    [KataTask(6)]
    public void Cross_entropy_rejects_infinite_logits()
    {
        var logits = Data.Sequence(2, 4, 3, 1);
        logits[1][2, 2] = double.PositiveInfinity;
        Action act = () => Losses.SoftmaxCrossEntropy(logits, Data.OneHot(2, 4, 3, 2));

        act.ShouldRejectArgument("logits");
    }

    [Test]
    [KataTask(6)]
    public void Softmax_rejects_NaN()
    {
        var logits = M.Dense(2, 3);
        logits[0, 1] = double.NaN;
        Action act = () => Losses.Softmax(logits);

        act.ShouldRejectArgument("logits");
    }

    [Test]
    [KataTask(7)]
    public void Backward_rejects_output_gradients_for_another_number_of_steps()
    {
        var trace = ForwardOrStub();
        Action act = () => ElmanNetwork.Backward(trace, Data.Sequence(2, 4, 2, 5), P);

        act.ShouldRejectArgument("dOutputs");
    }

    [Test]
    [KataTask(7)]
    public void Backward_rejects_an_output_gradient_of_another_shape()
    {
        var trace = ForwardOrStub();
        var dOutputs = Data.Sequence(3, 4, 2, 5);
        dOutputs[1] = M.Dense(4, 5);
        Action act = () => ElmanNetwork.Backward(trace, dOutputs, P);

        act.ShouldRejectArgument("dOutputs", expectedShape: "4×2");
    }

    [Test]
    [KataTask(7)]
    public void Backward_rejects_NaN_in_the_output_gradients()
    {
        var trace = ForwardOrStub();
        var dOutputs = Data.Sequence(3, 4, 2, 5);
        dOutputs[2][1, 1] = double.NaN;
        Action act = () => ElmanNetwork.Backward(trace, dOutputs, P);

        act.ShouldRejectArgument("dOutputs");
    }

    [TestCase(0)]
    [TestCase(-1)]
    [KataTask(8)]
    public void Truncated_backward_rejects_k_below_one(int k)
    {
        var trace = ForwardOrStub();
        Action act = () => ElmanNetwork.BackwardTruncated(trace, Data.Sequence(3, 4, 2, 5), P, k);

        act.ShouldRejectArgument("k");
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [KataTask(9)]
    public void Clipping_by_value_rejects_a_limit_that_is_not_positive(double limit)
    {
        Action act = () => GradientClipping.ByValue(Gradients(), limit);

        act.ShouldRejectArgument("limit");
    }

    [TestCase(0.0)]
    [TestCase(double.PositiveInfinity)]
    [KataTask(9)]
    public void Clipping_by_norm_rejects_a_bound_that_is_not_positive_and_finite(double maxNorm)
    {
        Action act = () => GradientClipping.ByGlobalNorm(Gradients(), maxNorm);

        act.ShouldRejectArgument("maxNorm");
    }

    [Test]
    [KataTask(10)]
    public void Sgd_rejects_gradients_of_another_network()
    {
        var other = ElmanParameters.Seeded(3, 4, 2);
        var gradients = new Gradients<ElmanParameters>(other, M.Dense(1, 4));
        Action act = () => Sgd.Step(P, gradients, 0.1);

        act.ShouldRejectArgument("gradients", expectedShape: "5×3");
    }

    [TestCase(0.0)]
    [TestCase(double.NaN)]
    [KataTask(10)]
    public void Sgd_rejects_a_learning_rate_that_is_not_positive(double learningRate)
    {
        Action act = () => Sgd.Step(P, Gradients(), learningRate);

        act.ShouldRejectArgument("learningRate");
    }

    [Test]
    [KataTask(11)]
    public void Training_rejects_data_with_another_number_of_inputs()
    {
        var data = new SequenceData(Data.Sequence(3, 4, 2, 1), Data.Sequence(3, 4, 2, 2));
        Action act = () => Training.Train(P, data, new TrainingOptions(1, 0.1));

        act.ShouldRejectArgument("data");
    }

    [Test]
    [KataTask(12)]
    public void Jordan_forward_rejects_o0_that_is_not_batch_by_output()
    {
        Action act = () => JordanNetwork.Forward(Xs, M.Dense(4, 5), JordanParameters.Seeded(3, 5, 2), Activation.Tanh);

        act.ShouldRejectArgument("o0", expectedShape: "4×2");
    }

    [Test]
    [KataTask(13)]
    public void Jordan_backward_rejects_fewer_output_gradients_than_steps()
    {
        var p = JordanParameters.Seeded(3, 5, 2);
        var trace = JordanNetwork.Forward(Xs, M.Dense(4, 2), p, Activation.Tanh);
        Action act = () => JordanNetwork.Backward(trace, Data.Sequence(1, 4, 2, 5), p);

        act.ShouldRejectArgument("dOutputs");
    }

    [Test]
    [KataTask(14)]
    public void Stacked_forward_rejects_one_initial_state_for_two_layers()
    {
        Action act = () => StackedElman.Forward(Xs, [M.Dense(4, 4)], StackedParameters.Seeded(3, [4, 2], 2), Activation.Tanh);

        act.ShouldRejectArgument("h0");
    }

    [Test]
    [KataTask(14)]
    public void Stacked_forward_rejects_an_initial_state_of_the_wrong_width()
    {
        Action act = () => StackedElman.Forward(Xs, [M.Dense(4, 4), M.Dense(4, 3)], StackedParameters.Seeded(3, [4, 2], 2), Activation.Tanh);

        act.ShouldRejectArgument("h0", expectedShape: "4×2");
    }

    // Reaching Forward first means a student who has not written it yet sees "not started", not a failure.
    private static SequenceTrace ForwardOrStub() => ElmanNetwork.Forward(Xs, H0, P, Activation.Tanh);

    private static Gradients<ElmanParameters> Gradients() => new(P, M.Dense(4, 5));
}
