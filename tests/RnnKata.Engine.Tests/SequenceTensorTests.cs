using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>Shaped data: a batch-major tensor means what it says, whichever layout the caller holds.</summary>
public class SequenceTensorTests
{
    [Test]
    public void A_batch_major_tensor_reads_each_sequence_as_one_block_of_steps()
    {
        // Two sequences of three steps of one feature: b·10 + t.
        var tensor = SequenceTensor.FromBatchMajor([0, 1, 2, 10, 11, 12], batch: 2, steps: 3, features: 1);

        tensor[2, 1, 0].Should().Be(12f);
        tensor.ToTimeMajor().Should().Equal(0, 10, 1, 11, 2, 12);
    }

    [Test]
    public void A_time_major_tensor_is_used_as_it_is()
    {
        float[] values = [0, 10, 1, 11, 2, 12];
        var tensor = SequenceTensor.FromTimeMajor(values, steps: 3, batch: 2, features: 1);

        tensor[2, 1, 0].Should().Be(12f);
        tensor.ToTimeMajor().Should().BeSameAs(values);
    }

    [Test]
    public void A_network_predicts_the_same_from_batch_major_and_time_major_inputs()
    {
        using var backend = BackendFixture.Create("simd");
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError);
        var n = config.Network;
        using var network = (RecurrentNetwork)config.CreateModel(backend, seed: 71);
        var timeMajor = TestModels.Data(config, seed: 72).Inputs;
        var batchMajor = new float[timeMajor.Values.Length];
        for (var b = 0; b < n.Batch; b++)
            for (var t = 0; t < n.Steps; t++)
                for (var f = 0; f < n.Input; f++)
                    batchMajor[(b * n.Steps + t) * n.Input + f] = timeMajor[t, b, f];

        network.LoadInputs(timeMajor);
        var expected = network.Predict();
        network.LoadInputs(SequenceTensor.FromBatchMajor(batchMajor, n.Batch, n.Steps, n.Input));

        network.Predict().Should().Equal(expected);
    }
}
