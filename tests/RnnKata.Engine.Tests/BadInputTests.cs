using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>Data that does not fit a model is refused with an <see cref="ArgumentException"/> that says what is wrong.</summary>
public class BadInputTests
{
    private ComputeBackend backend = null!;
    private SequenceModel regressor = null!;
    private SequenceModel classifier = null!;
    private BenchmarkConfiguration regressorConfig = null!;

    [OneTimeSetUp]
    public void CreateModels()
    {
        backend = BackendFixture.Create("simd");
        regressorConfig = TestModels.Regressor(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError, layers: 1);
        regressor = regressorConfig.CreateModel(backend, seed: 1);
        classifier = TestModels.Regressor(CellKind.ElmanTanh, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy, layers: 1).CreateModel(backend, seed: 1);
    }

    [OneTimeTearDown]
    public void DisposeModels()
    {
        regressor?.Dispose();
        classifier?.Dispose();
        backend?.Dispose();
    }

    [Test]
    public void Inputs_of_the_wrong_length_are_refused_with_the_expected_shape()
    {
        var act = () => regressor.LoadInputs(new float[regressor.InputLength - 1]);
        act.Should().Throw<ArgumentException>().WithMessage("inputs must hold 36 floats (4×3×3 (T×B×I))*");
    }

    [Test]
    public void Targets_of_the_wrong_length_are_refused()
    {
        var trainer = new Trainer(regressor, OptimizerSettings.Sgd(0.1f));
        var act = () => trainer.Train(new SequenceBatch(new float[regressor.InputLength], new float[5]));
        act.Should().Throw<ArgumentException>().WithMessage("targets must hold 24 floats (12×2)*");
    }

    [TestCase(float.NaN)]
    [TestCase(float.PositiveInfinity)]
    public void Non_finite_inputs_are_refused_with_their_index(float bad)
    {
        var inputs = new float[regressor.InputLength];
        inputs[7] = bad;
        var act = () => regressor.LoadInputs(inputs);
        act.Should().Throw<ArgumentException>().WithMessage("inputs[7] is *: data must be finite.*");
    }

    [Test]
    public void NaN_targets_are_refused()
    {
        var targets = new float[regressor.TargetLength];
        targets[^1] = float.NaN;
        var act = () => regressor.LoadTargets(targets);
        act.Should().Throw<ArgumentException>().WithMessage("targets[23] is NaN*");
    }

    [TestCase(-1f)]
    [TestCase(4f)]
    [TestCase(1.5f)]
    public void Class_indices_must_be_integers_below_the_class_count(float bad)
    {
        var targets = new float[classifier.TargetLength];
        targets[1] = bad;
        var act = () => classifier.LoadTargets(targets);
        act.Should().Throw<ArgumentException>().WithMessage("targets[1] = * is not a class index: it must be an integer in [0, 4).*");
    }

    [Test]
    public void A_stack_refuses_layers_that_do_not_chain()
    {
        var layout = new ParameterLayout();
        var blocks = new[] { layout.AddRecurrent(new RecurrentShape(CellKind.Gru, 2, 4)), layout.AddRecurrent(new RecurrentShape(CellKind.Gru, 3, 4)) };
        using var store = new ParameterStore(backend, layout, seed: 1);
        var act = () => new RecurrentStack(store, blocks, batch: 2, steps: 3);
        act.Should().Throw<ArgumentException>().WithMessage("layers[1] takes 3 inputs but layers[0] has 4 hidden units.*");
    }

    [Test]
    public void A_negative_L2_coefficient_is_refused()
    {
        var act = () => Seq2SeqForecaster.Create(backend, CellKind.Gru, 1, 1, 4, 1, 3, 2, l2: -0.1f, seed: 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("l2");
    }

    [Test]
    public void An_unknown_configuration_name_lists_the_known_ones()
    {
        var act = () => BenchmarkCatalogue.Get("Z");
        act.Should().Throw<ArgumentException>().WithMessage("Unknown configuration 'Z': choose from A, B, C, D, E, F, G, H.*");
    }
}
