using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>A classifier's probabilities: the softmax of its logits, rows summing to one, stable for large logits.</summary>
public class ProbabilityTests
{
    private ComputeBackend _backend = null!;

    [OneTimeSetUp]
    public void CreateBackend() => _backend = BackendFixture.Create("simd");

    [OneTimeTearDown]
    public void DisposeBackend() => _backend?.Dispose();

    [Test]
    public void Probabilities_are_the_softmax_of_every_row_of_the_logits()
    {
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.SoftmaxCrossEntropy);
        using var network = (RecurrentNetwork)config.CreateModel(_backend, seed: 61);
        network.LoadInputs(TestModels.Data(config, seed: 62).Inputs);
        var logits = network.Predict();

        var probabilities = network.Probabilities();

        var classes = config.Network.Output;
        var expected = logits.Chunk(classes).SelectMany(row =>
        {
            var sum = row.Sum(v => Math.Exp(v));
            return row.Select(v => Math.Exp(v) / sum);
        }).ToArray();
        Float32Agreement.ShouldAgree(probabilities, expected, "softmax", Tolerance.Float32.Rounding);
    }

    [Test]
    public void Large_logits_give_finite_probabilities_that_sum_to_one()
    {
        var config = TestModels.Network(CellKind.ElmanTanh, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy, layers: 1);
        using var network = (RecurrentNetwork)config.CreateModel(_backend, seed: 63);
        // exp(1000) overflows even a double: the head's bias for class 0 makes every row's first logit about 1000.
        var values = network.Parameters.ReadValues();
        values[values.Length - config.Network.Output] = 1000f;
        network.Parameters.WriteValues(values);
        network.LoadInputs(TestModels.Data(config, seed: 64).Inputs);
        network.Predict();

        var probabilities = network.Probabilities();

        probabilities.Should().OnlyContain(p => float.IsFinite(p) && p >= 0 && p <= 1);
        foreach (var row in probabilities.Chunk(config.Network.Output))
        {
            row.Sum(p => (double)p).Should().BeApproximately(1.0, 1e-6, "a row of probabilities");
            row[0].Should().Be(1f, "class 0's logit is about 1000 above the others");
        }
    }

    [Test]
    public void Probabilities_before_any_prediction_are_refused()
    {
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy, layers: 1);
        using var network = config.CreateModel(_backend, seed: 65);
        var act = () => network.Probabilities();
        act.Should().Throw<InvalidOperationException>().WithMessage("*run Predict or ForwardLoss first*");
    }
}
