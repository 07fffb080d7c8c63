using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>
/// Running a network one step at a time (closed-loop generation, sampling) gives what a forward pass over the whole
/// sequence gives, and the stepper's state can be read, replaced and reset.
/// </summary>
[TestFixture("simd")]
[TestFixture("ilgpu-cpu")]
[TestFixture("cuda")]
public class NetworkStepperTests(string backendName) : BackendFixture(backendName)
{
    private static IEnumerable<TestCaseData> Networks()
    {
        yield return Case(TestModels.Network(CellKind.Lstm, HeadPlacement.EveryStep, LossKind.MeanSquaredError), "2-layer LSTM");
        yield return Case(TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanAbsoluteError, layers: 1), "GRU");
        yield return Case(TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError).WithHeadHidden(4), "2-layer GRU, Linear-relu-Linear head");
        yield return Case(TestModels.Network(CellKind.ElmanRelu, HeadPlacement.EveryStep, LossKind.RootMeanSquaredError), "2-layer Elman relu");
        yield return Case(TestModels.Network(CellKind.ElmanLogistic, HeadPlacement.EveryStep, LossKind.MeanSquaredError, layers: 1), "Elman logistic");
        yield return Case(TestModels.Network(CellKind.ElmanTanh, HeadPlacement.EveryStep, LossKind.SoftmaxCrossEntropy), "2-layer Elman tanh classifier");
    }

    private static TestCaseData Case(BenchmarkConfiguration config, string name) => new TestCaseData(config.Network).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Networks))]
    public void Stepping_T_times_from_zero_gives_the_every_step_predictions_of_a_forward_pass(NetworkShape shape)
    {
        using var network = RecurrentNetwork.Create(Backend, shape, seed: 41);
        var inputs = Inputs(shape, seed: 42);
        var full = Predict(network, inputs);

        using var stepper = network.CreateStepper(shape.Batch);
        var stepped = StepThrough(stepper, inputs, shape, from: 0);

        Float32Agreement.ShouldAgree(stepped, full.Select(v => (double)v).ToArray(), $"{BackendName}: stepped outputs", Tolerance.Float32.Regrouped);
    }

    [Test]
    public void A_state_read_midway_and_set_on_a_new_stepper_continues_the_sequence()
    {
        var shape = TestModels.Network(CellKind.Lstm, HeadPlacement.EveryStep, LossKind.MeanSquaredError).Network;
        using var network = RecurrentNetwork.Create(Backend, shape, seed: 43);
        var inputs = Inputs(shape, seed: 44);
        var full = Predict(network, inputs);
        using var first = network.CreateStepper(shape.Batch);
        StepThrough(first, inputs, shape, from: 0, count: 2);

        using var second = network.CreateStepper(shape.Batch);
        second.State = first.State;
        var rest = StepThrough(second, inputs, shape, from: 2);

        var perStep = shape.Batch * shape.Output;
        Float32Agreement.ShouldAgree(rest, full.Skip(2 * perStep).Select(v => (double)v).ToArray(), "steps 3-4 from the carried state", Tolerance.Float32.Regrouped);
    }

    [Test]
    public void Reset_starts_the_sequence_again_from_zero()
    {
        var shape = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError).Network;
        using var network = RecurrentNetwork.Create(Backend, shape, seed: 45);
        var inputs = Inputs(shape, seed: 46);
        using var stepper = network.CreateStepper(shape.Batch);
        var once = StepThrough(stepper, inputs, shape, from: 0);

        stepper.Reset();

        stepper.State.Hidden.Should().OnlyContain(h => h.All(v => v == 0f));
        StepThrough(stepper, inputs, shape, from: 0).Should().Equal(once);
    }

    [Test]
    public void The_stepper_uses_the_networks_parameters_as_they_are_after_training()
    {
        var config = TestModels.Network(CellKind.ElmanTanh, HeadPlacement.EveryStep, LossKind.MeanSquaredError, layers: 1);
        using var network = RecurrentNetwork.Create(Backend, config.Network, seed: 47);
        using var stepper = network.CreateStepper(config.Network.Batch);
        var batch = TestModels.Data(config, seed: 48);
        using var trainer = new Trainer(network, OptimizerSettings.Sgd(0.5f));
        trainer.Train(batch);

        var full = Predict(network, batch.Inputs);
        var stepped = StepThrough(stepper, batch.Inputs, config.Network, from: 0);

        Float32Agreement.ShouldAgree(stepped, full.Select(v => (double)v).ToArray(), "stepped outputs after one SGD step", Tolerance.Float32.Regrouped);
    }

    [Test]
    public void A_last_step_classifier_steps_to_its_prediction_and_its_probabilities()
    {
        var shape = TestModels.Network(CellKind.Lstm, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy).Network;
        using var network = RecurrentNetwork.Create(Backend, shape, seed: 49);
        var inputs = Inputs(shape, seed: 50);
        var logits = Predict(network, inputs);
        var probabilities = network.Probabilities();
        using var stepper = network.CreateStepper(shape.Batch);

        var stepped = StepThrough(stepper, inputs, shape, from: 0);

        var lastStep = stepped.AsSpan((shape.Steps - 1) * shape.Batch * shape.Output);
        Float32Agreement.ShouldAgree(lastStep, logits.Select(v => (double)v).ToArray(), "the last step's logits", Tolerance.Float32.Regrouped);
        Float32Agreement.ShouldAgree(stepper.Probabilities(), probabilities.Select(v => (double)v).ToArray(), "the last step's probabilities", Tolerance.Float32.Regrouped);
    }

    private static SequenceTensor Inputs(NetworkShape shape, int seed) =>
        SequenceTensor.FromTimeMajor(BenchmarkData.Gaussian(shape.Steps * shape.Batch * shape.Input, new Random(seed)), shape.Steps, shape.Batch, shape.Input);

    private static float[] Predict(RecurrentNetwork network, SequenceTensor inputs)
    {
        network.LoadInputs(inputs);
        return network.Predict();
    }

    /// <summary>Steps <paramref name="count"/> steps (default: to the end) from step <paramref name="from"/>; the outputs, time-major.</summary>
    private static float[] StepThrough(NetworkStepper stepper, SequenceTensor inputs, NetworkShape shape, int from, int? count = null)
    {
        var stepLength = shape.Batch * shape.Input;
        var steps = count ?? shape.Steps - from;
        var outputs = new List<float>();
        for (var t = from; t < from + steps; t++)
            outputs.AddRange(stepper.Step(inputs.Values.AsSpan(t * stepLength, stepLength)));
        return [.. outputs];
    }
}
