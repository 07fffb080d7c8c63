using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>The double reference itself against central finite differences, so the engine is compared with something right.</summary>
public class ReferenceModelTests
{
    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData(TestModels.Network(CellKind.ElmanTanh, HeadPlacement.LastStep, LossKind.SoftmaxCrossEntropy)).SetArgDisplayNames("elman-tanh CE");
        yield return new TestCaseData(TestModels.Network(CellKind.ElmanRelu, HeadPlacement.EveryStep, LossKind.HalfSumOfSquares)).SetArgDisplayNames("elman-relu ½Σ²");
        yield return new TestCaseData(TestModels.Network(CellKind.ElmanLogistic, HeadPlacement.EveryStep, LossKind.MeanSquaredError)).SetArgDisplayNames("elman-logistic MSE");
        yield return new TestCaseData(TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.MeanSquaredError)).SetArgDisplayNames("gru MSE");
        yield return new TestCaseData(TestModels.Network(CellKind.Lstm, HeadPlacement.EveryStep, LossKind.RootMeanSquaredError)).SetArgDisplayNames("lstm RMSE");
        yield return new TestCaseData(TestModels.Seq2Seq(CellKind.Lstm)).SetArgDisplayNames("seq2seq lstm");
        yield return new TestCaseData(TestModels.Seq2Seq(CellKind.Gru)).SetArgDisplayNames("seq2seq gru");
    }

    [TestCaseSource(nameof(Models))]
    public void Reference_gradient_matches_central_differences(BenchmarkConfiguration config)
    {
        var theta = ParameterStore.Initialise(Layout(config), seed: 5).Select(v => (double)v).ToArray();
        var batch = TestModels.Data(config, seed: 6);
        var (_, analytic) = ReferenceModel.LossAndGradient(config, theta, batch);
        const double h = Tolerance.ReferenceGradientCheckStep;
        // Up to 5 entries of every tensor, first and last included: every tensor is visited and the test stays fast.
        var checkedEntries = ReferenceModel.Tensors(config)
            .SelectMany(t => Enumerable.Range(0, Math.Min(5, t.Length)).Select(k => t.Offset + k * (t.Length - 1) / Math.Max(1, Math.Min(5, t.Length) - 1)))
            .Distinct().ToArray();
        var numeric = new double[theta.Length];
        foreach (var i in checkedEntries)
        {
            var keep = theta[i];
            theta[i] = keep + h;
            var up = ReferenceModel.LossAndGradient(config, theta, batch).Loss;
            theta[i] = keep - h;
            var down = ReferenceModel.LossAndGradient(config, theta, batch).Loss;
            theta[i] = keep;
            numeric[i] = (up - down) / (2 * h);
        }
        Matrices.ShouldBeClose(checkedEntries.Select(i => analytic[i]).ToArray(), checkedEntries.Select(i => numeric[i]).ToArray(),
            $"∂L/∂θ of {config.Name} at θ[{string.Join(", ", checkedEntries)}]", Tolerance.ReferenceGradientCheck);
    }

    [Test]
    public void Reference_tensors_cover_the_engine_layout_in_order()
    {
        var config = TestModels.Seq2Seq(CellKind.Gru);
        var tensors = ReferenceModel.Tensors(config);
        tensors.Sum(t => t.Length).Should().Be(Layout(config).Length);
        tensors.Zip(tensors.Skip(1)).Should().OnlyContain(p => p.First.Offset + p.First.Length == p.Second.Offset);
    }

    internal static ParameterLayout Layout(BenchmarkConfiguration config)
    {
        var layout = new ParameterLayout();
        for (var s = 0; s < (config.Model == ModelKind.Seq2Seq ? 2 : 1); s++)
            RecurrentStack.Reserve(layout, config.Network.Cell, config.Network.Input, config.Network.Hidden, config.Network.Layers);
        layout.AddLinear(config.Network.Hidden, config.Network.Output);
        return layout;
    }
}
