using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>
/// Truncated BPTT: a network's initial state can be set or carried over from the previous batch's final state, the
/// forward pass continues the sequence, and the gradients treat the carried state as a constant.
/// </summary>
[TestFixture("simd")]
[TestFixture("ilgpu-cpu")]
[TestFixture("cuda")]
public class CarriedStateTests(string backendName) : BackendFixture(backendName)
{
    private static IEnumerable<TestCaseData> Cells() =>
        new[] { CellKind.Lstm, CellKind.Gru, CellKind.ElmanTanh }.Select(c => new TestCaseData(c).SetArgDisplayNames(c.ToString()));

    [TestCaseSource(nameof(Cells))]
    public void Two_halves_with_the_state_carried_give_the_outputs_and_loss_of_the_whole_sequence(CellKind cell)
    {
        var whole = TestModels.Network(cell, HeadPlacement.EveryStep, LossKind.MeanSquaredError).Resized(steps: 6);
        var half = whole.Resized(steps: 3);
        var data = TestModels.Data(whole, seed: 51);
        using var wholeNetwork = (RecurrentNetwork)whole.CreateModel(Backend, seed: 52);
        using var halfNetwork = (RecurrentNetwork)half.CreateModel(Backend, seed: 52);
        halfNetwork.Parameters.ReadValues().Should().Equal(wholeNetwork.Parameters.ReadValues(), "the same seed draws the same parameters whatever T");
        using var wholeTrainer = whole.CreateTrainer(wholeNetwork);
        using var halfTrainer = half.CreateTrainer(halfNetwork);

        var expected = wholeTrainer.Predict(data.Inputs);
        var expectedLoss = wholeTrainer.Evaluate(data);
        var first = Half(data, half.Network, 0);
        var firstOutputs = halfTrainer.Predict(first.Inputs);
        var firstLoss = halfTrainer.Evaluate(first);
        halfNetwork.CarryFinalState();
        var second = Half(data, half.Network, 1);
        var secondOutputs = halfTrainer.Predict(second.Inputs);
        var secondLoss = halfTrainer.Evaluate(second);

        Float32Agreement.ShouldAgree([.. firstOutputs, .. secondOutputs], expected.Select(v => (double)v).ToArray(),
            $"{BackendName}: outputs of the two halves", Tolerance.Float32.Regrouped);
        Float32Agreement.ShouldAgree((firstLoss + secondLoss) / 2.0, expectedLoss, "the MSE of the whole is the mean of two equal halves'", Tolerance.Float32.Regrouped);
    }

    [TestCaseSource(nameof(Cells))]
    public void The_gradient_with_a_set_initial_state_is_the_double_references_with_that_state_held_constant(CellKind cell)
    {
        var config = TestModels.Network(cell, HeadPlacement.EveryStep, LossKind.MeanSquaredError);
        var shape = config.Network;
        using var network = (RecurrentNetwork)config.CreateModel(Backend, seed: 53);
        var random = new Random(54);
        float[][] Rows() => Enumerable.Range(0, shape.Layers).Select(_ => BenchmarkData.Gaussian(shape.Batch * shape.Hidden, random)).ToArray();
        var state = new RecurrentState(Rows(), cell == CellKind.Lstm ? Rows() : null);
        var batch = TestModels.Data(config, seed: 55);

        network.SetInitialState(state);
        var (loss, gradient) = TestModels.EngineGradient(network, batch);

        var theta = network.Parameters.ReadValues().Select(v => (double)v).ToArray();
        var (expectedLoss, expected) = ReferenceModel.LossAndGradient(config, theta, batch, state);
        var (zeroStateLoss, _) = ReferenceModel.LossAndGradient(config, theta, batch);
        Math.Abs(expectedLoss - zeroStateLoss).Should().BeGreaterThan(1e-3 * Math.Abs(zeroStateLoss), "the test needs a state that matters");
        Float32Agreement.ShouldAgree(loss, expectedLoss, "the loss with a carried state");
        foreach (var tensor in ReferenceModel.Tensors(config))
            Float32Agreement.ShouldAgree(gradient.AsSpan(tensor.Offset, tensor.Length), expected.AsSpan(tensor.Offset, tensor.Length), $"{BackendName}: ∂L/∂{tensor.Name}");
    }

    [Test]
    public void A_carried_state_is_the_final_state_and_reset_returns_to_zeros()
    {
        var config = TestModels.Network(CellKind.Lstm, HeadPlacement.LastStep, LossKind.MeanSquaredError);
        using var network = (RecurrentNetwork)config.CreateModel(Backend, seed: 56);
        using var trainer = config.CreateTrainer(network);
        var inputs = TestModels.Data(config, seed: 57).Inputs;
        var fromZero = trainer.Predict(inputs);
        var final = network.ReadFinalState();

        network.CarryFinalState();
        var carried = network.ReadInitialState();
        var fromCarried = trainer.Predict(inputs);
        network.ResetInitialState();

        carried.Hidden.Zip(final.Hidden).Should().OnlyContain(p => p.First.SequenceEqual(p.Second));
        carried.Cell!.Zip(final.Cell!).Should().OnlyContain(p => p.First.SequenceEqual(p.Second));
        fromCarried.Should().NotEqual(fromZero, "a carried state changes what the network predicts");
        network.ReadInitialState().Hidden.Should().OnlyContain(h => h.All(v => v == 0f));
        trainer.Predict(inputs).Should().Equal(fromZero);
    }

    private static SequenceBatch Half(SequenceBatch whole, NetworkShape half, int index)
    {
        var (inputLength, targetLength) = (half.Steps * half.Batch * half.Input, half.Steps * half.Batch * half.Output);
        return new SequenceBatch(
            SequenceTensor.FromTimeMajor(whole.Inputs.Values.AsSpan(index * inputLength, inputLength).ToArray(), half.Steps, half.Batch, half.Input),
            SequenceTensor.FromTimeMajor(whole.Targets.Values.AsSpan(index * targetLength, targetLength).ToArray(), half.Steps, half.Batch, half.Output));
    }
}
