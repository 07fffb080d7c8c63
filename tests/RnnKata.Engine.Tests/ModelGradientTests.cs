using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>Whole-model gradients of the engine against the double-precision reference (Lab 3's cells, Elman and the losses in double).</summary>
[TestFixture("simd")]
[TestFixture("ilgpu-cpu")]
[TestFixture("cuda")]
public class ModelGradientTests(string backendName) : BackendFixture(backendName)
{
    private static IEnumerable<TestCaseData> Models()
    {
        yield return Case(TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.MeanAbsoluteError), "2-layer GRU, last step, L1");
        yield return Case(TestModels.Network(CellKind.Lstm, HeadPlacement.EveryStep, LossKind.MeanSquaredError), "2-layer LSTM, every step, MSE");
        yield return Case(TestModels.Network(CellKind.ElmanTanh, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy), "2-layer Elman tanh, last step, CE");
        yield return Case(TestModels.Network(CellKind.ElmanRelu, HeadPlacement.EveryStep, LossKind.HalfSumOfSquares), "2-layer Elman relu, every step, ½Σ²");
        yield return Case(TestModels.Network(CellKind.ElmanLogistic, HeadPlacement.EveryStep, LossKind.MeanSquaredError), "2-layer Elman logistic, every step, MSE");
        yield return Case(TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.RootMeanSquaredError), "2-layer GRU, every step, RMSE");
        yield return Case(TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.MeanSquaredError).WithHeadHidden(3), "2-layer GRU, last step, Linear-relu-Linear head, MSE");
        yield return Case(TestModels.Network(CellKind.Lstm, HeadPlacement.EveryStep, LossKind.SoftmaxCrossEntropy, layers: 1).WithHeadHidden(6),
            "LSTM, every step, Linear-relu-Linear head, CE");
        yield return Case(TestModels.Seq2Seq(CellKind.Gru), "seq2seq 2-layer GRU with L2");
        yield return Case(TestModels.Seq2Seq(CellKind.Lstm), "seq2seq 2-layer LSTM with L2");
    }

    private static TestCaseData Case(BenchmarkConfiguration config, string name) => new TestCaseData(config).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Models))]
    public void Model_gradient_matches_the_double_reference(BenchmarkConfiguration config)
    {
        using var model = config.CreateModel(Backend, seed: 11);
        var batch = TestModels.Data(config, seed: 12);
        var (loss, gradient) = TestModels.EngineGradient(model, batch);

        var theta = model.Parameters.ReadValues().Select(v => (double)v).ToArray();
        var (expectedLoss, expected) = ReferenceModel.LossAndGradient(config, theta, batch);
        Float32Agreement.ShouldAgree(loss, expectedLoss, "the loss");
        foreach (var tensor in ReferenceModel.Tensors(config))
            Float32Agreement.ShouldAgree(gradient.AsSpan(tensor.Offset, tensor.Length), expected.AsSpan(tensor.Offset, tensor.Length), $"{BackendName}: ∂L/∂{tensor.Name}");
    }

    [Test]
    public void Gradients_accumulate_until_zeroed()
    {
        var config = TestModels.Network(CellKind.Gru, HeadPlacement.EveryStep, LossKind.MeanSquaredError, layers: 1);
        using var model = config.CreateModel(Backend, seed: 3);
        var batch = TestModels.Data(config, seed: 4);
        var (_, once) = TestModels.EngineGradient(model, batch);
        model.ForwardLoss();
        model.Backward();
        var twice = model.Parameters.ReadGradients();
        Float32Agreement.ShouldAgree(twice, once.Select(g => 2.0 * g).ToArray(), "twice the gradient");
    }
}
