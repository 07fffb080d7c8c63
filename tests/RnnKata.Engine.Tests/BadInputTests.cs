using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>Data, shapes and states that do not fit a model are refused with an exception that says what is wrong.</summary>
public class BadInputTests
{
    private ComputeBackend _backend = null!;
    private RecurrentNetwork _regressor = null!;
    private RecurrentNetwork _classifier = null!;

    [OneTimeSetUp]
    public void CreateModels()
    {
        _backend = BackendFixture.Create("simd");
        _regressor = (RecurrentNetwork)TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError, layers: 1).CreateModel(_backend, seed: 1);
        _classifier = (RecurrentNetwork)TestModels.Network(CellKind.ElmanTanh, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy, layers: 1).CreateModel(_backend, seed: 1);
    }

    [OneTimeTearDown]
    public void DisposeModels()
    {
        _regressor?.Dispose();
        _classifier?.Dispose();
        _backend?.Dispose();
    }

    [Test]
    public void Flat_inputs_of_the_wrong_length_are_refused_with_the_expected_shape()
    {
        var act = () => _regressor.LoadTimeMajorInputs(new float[_regressor.InputLength - 1]);
        act.Should().Throw<ArgumentException>().WithMessage("inputs must hold 36 floats (4×3×3 (T×B×I))*");
    }

    [Test]
    public void Batch_major_inputs_with_steps_and_batch_swapped_are_refused_though_their_length_fits()
    {
        // T = 4, B = 3, I = 3: 36 floats either way, which a length check alone would let through.
        var swapped = SequenceTensor.FromBatchMajor(new float[36], batch: 4, steps: 3, features: 3);
        var act = () => _regressor.LoadInputs(swapped);
        act.Should().Throw<ArgumentException>().WithMessage("inputs are T=3, B=4, F=3 (batch-major) but this model takes T=4, B=3, I=3.*");
    }

    [Test]
    public void Targets_of_another_shape_are_refused_naming_both_shapes()
    {
        using var trainer = new Trainer(_regressor, OptimizerSettings.Sgd(0.1f));
        var inputs = SequenceTensor.FromTimeMajor(new float[_regressor.InputLength], 4, 3, 3);
        var act = () => trainer.Train(new SequenceBatch(inputs, SequenceTensor.FromRows(new float[6], batch: 3, features: 2)));
        act.Should().Throw<ArgumentException>().WithMessage("targets are T=1, B=3, F=2 (time-major) but this model takes T=4, B=3, O=2.*");
    }

    [Test]
    public void A_tensor_whose_length_is_not_its_shape_is_refused()
    {
        var act = () => SequenceTensor.FromBatchMajor(new float[35], batch: 3, steps: 4, features: 3);
        act.Should().Throw<ArgumentException>().WithMessage("A BatchMajor tensor of T=4, B=3, F=3 holds 36 floats, not 35.*");
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    public void Non_finite_inputs_are_refused_with_their_index(float bad)
    {
        var inputs = new float[_regressor.InputLength];
        inputs[7] = bad;
        var act = () => _regressor.LoadInputs(SequenceTensor.FromTimeMajor(inputs, 4, 3, 3));
        act.Should().Throw<ArgumentException>().WithMessage("inputs[7] is *: data must be finite.*");
    }

    [Test]
    public void NaN_targets_are_refused()
    {
        var targets = new float[_regressor.TargetLength];
        targets[^1] = float.NaN;
        var act = () => _regressor.LoadTimeMajorTargets(targets);
        act.Should().Throw<ArgumentException>().WithMessage("targets[23] is NaN*");
    }

    [TestCase(-1f)]
    [TestCase(4f)]
    [TestCase(1.5f)]
    public void Class_indices_must_be_integers_below_the_class_count(float bad)
    {
        var targets = new float[_classifier.TargetLength];
        targets[1] = bad;
        var act = () => _classifier.LoadTargets(SequenceTensor.FromRows(targets, batch: 3, features: 1));
        act.Should().Throw<ArgumentException>().WithMessage("targets[1] = * is not a class index: it must be an integer in [0, 4).*");
    }

    [TestCase(nameof(NetworkShape.Hidden))]
    [TestCase(nameof(NetworkShape.Steps))]
    [TestCase(nameof(NetworkShape.Layers))]
    public void A_shape_with_a_size_below_one_is_refused_by_name(string size)
    {
        var shape = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError).Network;
        shape = size switch
        {
            nameof(NetworkShape.Hidden) => shape with { Hidden = 0 },
            nameof(NetworkShape.Steps) => shape with { Steps = 0 },
            _ => shape with { Layers = 0 },
        };
        var act = () => RecurrentNetwork.Create(_backend, shape, seed: 1);
        act.Should().Throw<ArgumentException>().WithMessage($"A network needs {size} ≥ 1, not 0.*");
    }

    [Test]
    public void A_forecaster_refuses_a_last_step_head()
    {
        var shape = TestModels.Seq2Seq(CellKind.Gru).Network with { Head = HeadPlacement.LastStep };
        var act = () => Seq2SeqForecaster.Create(_backend, shape, l2: 0, seed: 1);
        act.Should().Throw<ArgumentException>().WithMessage("A forecaster predicts every step*");
    }

    [Test]
    public void A_stack_refuses_layers_that_do_not_chain()
    {
        var layout = new ParameterLayout();
        var blocks = new[] { layout.AddRecurrent(new RecurrentShape(CellKind.Gru, 2, 4)), layout.AddRecurrent(new RecurrentShape(CellKind.Gru, 3, 4)) };
        using var store = new ParameterStore(_backend, layout, seed: 1);
        var act = () => new RecurrentStack(store, blocks, batch: 2, steps: 3);
        act.Should().Throw<ArgumentException>().WithMessage("layers[1] takes 3 inputs but layers[0] has 4 hidden units.*");
    }

    [Test]
    public void A_negative_L2_coefficient_is_refused()
    {
        var act = () => Seq2SeqForecaster.Create(_backend, TestModels.Seq2Seq(CellKind.Gru).Network, l2: -0.1f, seed: 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("l2");
    }

    [Test]
    public void A_negative_L2_coefficient_in_the_options_is_refused()
    {
        var act = () => Seq2SeqForecaster.Create(_backend, TestModels.Seq2Seq(CellKind.Gru).Network, new Seq2SeqOptions { L2 = -0.1f }, seed: 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options").WithMessage("options.L2 must be a finite number ≥ 0, not -0.1.*");
    }

    [Test]
    public void Teacher_forcing_with_more_outputs_than_inputs_is_refused_naming_both()
    {
        var shape = TestModels.Seq2Seq(CellKind.Gru).Network with { Output = 3 };
        var act = () => Seq2SeqForecaster.Create(_backend, shape, new Seq2SeqOptions { DecoderFeed = DecoderFeed.ShiftedTargets }, seed: 1);
        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("Teacher forcing (DecoderFeed.ShiftedTargets)*needs O = I, but O = 3 and I = 2.*");
    }

    [Test]
    public void A_free_running_forecast_with_more_outputs_than_inputs_is_refused_naming_both()
    {
        var shape = TestModels.Seq2Seq(CellKind.Gru).Network with { Output = 3 };
        using var model = Seq2SeqForecaster.Create(_backend, shape, new Seq2SeqOptions(), seed: 1);
        var act = () => model.PredictFreeRunning();
        act.Should().Throw<InvalidOperationException>().WithMessage("Free-running feeds each prediction back*needs O = I, but O = 3 and I = 2.");
    }

    [Test]
    public void A_forecaster_refuses_a_hidden_head_layer()
    {
        var shape = TestModels.Seq2Seq(CellKind.Gru).Network with { HeadHidden = 4 };
        var act = () => Seq2SeqForecaster.Create(_backend, shape, new Seq2SeqOptions(), seed: 1);
        act.Should().Throw<ArgumentException>().WithMessage("A forecaster's head is one Linear layer: HeadHidden must be 0, not 4.*");
    }

    [Test]
    public void A_negative_head_hidden_width_is_refused_with_what_it_means()
    {
        var shape = TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.MeanSquaredError).Network with { HeadHidden = -1 };
        var act = () => RecurrentNetwork.Create(_backend, shape, seed: 1);
        act.Should().Throw<ArgumentException>().WithParameterName("HeadHidden")
            .WithMessage("HeadHidden is the width of the head's hidden dense layer: 0 for none or ≥ 1, not -1.*");
    }

    [Test]
    public void An_initial_state_of_the_wrong_size_names_what_the_network_needs()
    {
        var act = () => _regressor.SetInitialState(RecurrentState.Zeros(CellKind.Gru, layers: 1, batch: 2, hiddenSize: 5));
        act.Should().Throw<ArgumentException>().WithMessage("state holds 1 layer(s) of 10 floats; this network needs 1 layer(s) of 3×5 (B×H).*");
    }

    [Test]
    public void A_cell_state_is_refused_for_a_GRU()
    {
        var act = () => _regressor.SetInitialState(RecurrentState.Zeros(CellKind.Lstm, layers: 1, batch: 3, hiddenSize: 5));
        act.Should().Throw<ArgumentException>().WithMessage("state has a cell state, but a Gru layer has none*");
    }

    [Test]
    public void Probabilities_of_a_regression_network_are_refused()
    {
        var act = () => _regressor.Probabilities();
        act.Should().Throw<InvalidOperationException>().WithMessage("Probabilities need a classifier*this model's loss is MeanSquaredError*");
    }

    [Test]
    public void A_step_input_of_the_wrong_length_is_refused()
    {
        using var stepper = _regressor.CreateStepper(batch: 2);
        var act = () => stepper.Step(new float[5]);
        act.Should().Throw<ArgumentException>().WithMessage("x must hold 6 floats (2×3 (B×I)) but holds 5.*");
    }

    [Test]
    public void An_unknown_configuration_name_lists_the_known_ones()
    {
        var act = () => BenchmarkCatalogue.Get("Z");
        act.Should().Throw<ArgumentException>().WithMessage("Unknown configuration 'Z': choose from A, B, C, D, E, F, G, H.*");
    }
}
