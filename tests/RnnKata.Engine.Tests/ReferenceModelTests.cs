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
        yield return new TestCaseData(TestModels.Network(CellKind.Gru, HeadPlacement.LastStep, LossKind.MeanSquaredError).WithHeadHidden(3))
            .SetArgDisplayNames("gru MSE, Linear-relu-Linear head");
        yield return new TestCaseData(TestModels.Network(CellKind.Lstm, HeadPlacement.EveryStep, LossKind.SoftmaxCrossEntropy).WithHeadHidden(6))
            .SetArgDisplayNames("lstm CE, Linear-relu-Linear head");
        yield return new TestCaseData(TestModels.Seq2Seq(CellKind.Lstm)).SetArgDisplayNames("seq2seq lstm");
        yield return new TestCaseData(TestModels.Seq2Seq(CellKind.Gru)).SetArgDisplayNames("seq2seq gru");
        foreach (var (options, name) in TestModels.Seq2SeqOptionCases())
            yield return new TestCaseData(TestModels.Seq2Seq(CellKind.Gru), options).SetArgDisplayNames($"seq2seq gru {name}");
        yield return new TestCaseData(TestModels.Seq2Seq(CellKind.Lstm), TestModels.Seq2SeqOptionCases().First().Options).SetArgDisplayNames(
            $"seq2seq lstm {TestModels.Seq2SeqOptionCases().First().Name}");
    }

    [TestCaseSource(nameof(Models))]
    public void Reference_gradient_matches_central_differences(BenchmarkConfiguration config, Seq2SeqOptions? options = null)
    {
        var theta = ParameterStore.Initialise(Layout(config, options), seed: 5).Select(v => (double)v).ToArray();
        // Move the output scale off 1 so that a gradient that forgets s is caught.
        if (options is { LearnedOutputScale: true })
            theta[^1] = 1.3;
        var batch = TestModels.Data(config, seed: 6);
        var (_, analytic) = ReferenceModel.LossAndGradient(config, theta, batch, options: options);
        const double h = Tolerance.ReferenceGradientCheckStep;
        // Up to 5 entries of every tensor, first and last included: every tensor is visited and the test stays fast.
        var checkedEntries = ReferenceModel.Tensors(config, options)
            .SelectMany(t => Enumerable.Range(0, Math.Min(5, t.Length)).Select(k => t.Offset + k * (t.Length - 1) / Math.Max(1, Math.Min(5, t.Length) - 1)))
            .Distinct().ToArray();
        var numeric = new double[theta.Length];
        foreach (var i in checkedEntries)
        {
            var keep = theta[i];
            theta[i] = keep + h;
            var up = ReferenceModel.LossAndGradient(config, theta, batch, options: options).Loss;
            theta[i] = keep - h;
            var down = ReferenceModel.LossAndGradient(config, theta, batch, options: options).Loss;
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

    [Test]
    public void Reference_tensors_of_a_scaled_seq2seq_end_with_the_output_scale()
    {
        var config = TestModels.Seq2Seq(CellKind.Gru);
        var options = new Seq2SeqOptions { LearnedOutputScale = true };
        var tensors = ReferenceModel.Tensors(config, options);
        tensors.Sum(t => t.Length).Should().Be(Layout(config, options).Length);
        tensors[^1].Should().Be(new ReferenceModel.Tensor("output_scale", Layout(config, options).Length - 1, 1));
    }

    internal static ParameterLayout Layout(BenchmarkConfiguration config, Seq2SeqOptions? options = null)
    {
        var n = config.Network;
        var layout = new ParameterLayout();
        for (var s = 0; s < (config.Model == ModelKind.Seq2Seq ? 2 : 1); s++)
            RecurrentStack.Reserve(layout, n.Cell, n.Input, n.Hidden, n.Layers);
        if (n.HeadHidden > 0)
            layout.AddLinear(n.Hidden, n.HeadHidden);
        layout.AddLinear(n.HeadHidden > 0 ? n.HeadHidden : n.Hidden, n.Output);
        if (options is { LearnedOutputScale: true })
            layout.AddScalar(1f);
        return layout;
    }
}
