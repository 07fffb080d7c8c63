using RnnKata.Engine.Tests.Support;

namespace RnnKata.Engine.Tests;

/// <summary>
/// The seq2seq's options (learned output scale, L2 scope, teacher forcing) and its free-running forecast, on every backend,
/// against the double reference (itself checked against central differences in <see cref="ReferenceModelTests"/>).
/// </summary>
[TestFixture("simd")]
[TestFixture("ilgpu-cpu")]
[TestFixture("cuda")]
public class Seq2SeqOptionsTests(string backendName) : BackendFixture(backendName)
{
    private const float MovedScale = 1.3f;

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (options, name) in TestModels.Seq2SeqOptionCases())
            yield return new TestCaseData(CellKind.Gru, options).SetArgDisplayNames($"GRU {name}");
        var (first, firstName) = TestModels.Seq2SeqOptionCases().First();
        yield return new TestCaseData(CellKind.Lstm, first).SetArgDisplayNames($"LSTM {firstName}");
    }

    [TestCaseSource(nameof(Cases))]
    public void Loss_and_every_gradient_match_the_double_reference(CellKind cell, Seq2SeqOptions options)
    {
        var config = TestModels.Seq2Seq(cell);
        using var model = Create(config, options);
        var batch = TestModels.Data(config, seed: 12);
        var (loss, gradient) = TestModels.EngineGradient(model, batch);

        var theta = model.Parameters.ReadValues().Select(v => (double)v).ToArray();
        var (expectedLoss, expected) = ReferenceModel.LossAndGradient(config, theta, batch, options: options);
        Float32Agreement.ShouldAgree(loss, expectedLoss, "the loss");
        foreach (var tensor in ReferenceModel.Tensors(config, options))
            Float32Agreement.ShouldAgree(gradient.AsSpan(tensor.Offset, tensor.Length), expected.AsSpan(tensor.Offset, tensor.Length), $"{BackendName}: ∂L/∂{tensor.Name}");
    }

    [TestCaseSource(nameof(Cases))]
    public void Free_running_forecast_matches_the_step_by_step_double_reference(CellKind cell, Seq2SeqOptions options)
    {
        var config = TestModels.Seq2Seq(cell);
        using var model = Create(config, options);
        var batch = TestModels.Data(config, seed: 13);
        model.LoadInputs(batch.Inputs);

        var forecast = model.PredictFreeRunning();

        var theta = model.Parameters.ReadValues().Select(v => (double)v).ToArray();
        Float32Agreement.ShouldAgree(forecast, ReferenceModel.FreeRunning(config, theta, batch, options), $"{BackendName}: the free-running forecast");
    }

    [Test]
    public void Teacher_forcing_fed_the_models_own_forecast_predicts_that_forecast()
    {
        var config = TestModels.Seq2Seq(CellKind.Gru);
        using var model = Create(config, new Seq2SeqOptions { LearnedOutputScale = true, DecoderFeed = DecoderFeed.ShiftedTargets });
        var batch = TestModels.Data(config, seed: 14);
        model.LoadInputs(batch.Inputs);
        var forecast = model.PredictFreeRunning();
        var n = config.Network;

        model.LoadTargets(SequenceTensor.FromTimeMajor(forecast, n.Steps, n.Batch, n.Output));
        var teacherForced = model.Predict();

        Float32Agreement.ShouldAgree(teacherForced, forecast.Select(v => (double)v).ToArray(), $"{BackendName}: teacher-forced predictions");
        model.LoadTargets(batch.Targets);
        var otherwiseFed = model.Predict();
        otherwiseFed.Should().NotEqual(forecast, "teacher forcing must read the targets: other targets give other predictions");
    }

    [TestCase(L2Scope.RecurrentWeights)]
    [TestCase(L2Scope.AllButOutputScale)]
    public void L2_term_and_its_gradient_cover_the_scope_s_parameters_only(L2Scope scope)
    {
        var config = TestModels.Seq2Seq(CellKind.Lstm);
        var options = new Seq2SeqOptions { L2 = 0.1f, L2Scope = scope, LearnedOutputScale = true };
        using var model = Create(config, options);
        var theta = model.Parameters.ReadValues();
        var covered = ReferenceModel.L2Entries(config, options).ToHashSet();
        covered.Should().NotContain(theta.Length - 1, "s is never regularised");

        model.Parameters.ZeroGradients();
        var penalty = model.Regularize();

        Float32Agreement.ShouldAgree(penalty, covered.Sum(i => 0.5 * 0.1 * theta[i] * theta[i]), $"{BackendName}: λ/2·Σw² over {scope}");
        var expected = theta.Select((w, i) => covered.Contains(i) ? 0.1 * w : 0.0).ToArray();
        Float32Agreement.ShouldAgree(model.Parameters.ReadGradients(), expected, $"{BackendName}: λ·w on {scope}, 0 elsewhere");
    }

    [Test]
    public void Output_scale_starts_at_one_as_the_last_parameter_and_reads_its_value()
    {
        var config = TestModels.Seq2Seq(CellKind.Gru);
        using var plain = Seq2SeqForecaster.Create(Backend, config.Network, new Seq2SeqOptions(), seed: 3);
        using var scaled = Seq2SeqForecaster.Create(Backend, config.Network, new Seq2SeqOptions { LearnedOutputScale = true }, seed: 3);

        scaled.Parameters.Count.Should().Be(plain.Parameters.Count + 1);
        scaled.Parameters.ReadValues()[^1].Should().Be(1f);
        scaled.Parameters.ReadValues()[..^1].Should().Equal(plain.Parameters.ReadValues(), "s comes after every other parameter, drawn as before");
        scaled.OutputScale.Should().Be(1f);
        plain.OutputScale.Should().Be(1f);
        var values = scaled.Parameters.ReadValues();
        values[^1] = MovedScale;
        scaled.Parameters.WriteValues(values);
        scaled.OutputScale.Should().Be(MovedScale);
    }

    /// <summary>The model with its output scale (if any) moved off 1, so that a forward or backward pass that ignores s is caught.</summary>
    private Seq2SeqForecaster Create(BenchmarkConfiguration config, Seq2SeqOptions options)
    {
        var model = Seq2SeqForecaster.Create(Backend, config.Network, options, seed: 11);
        if (options.LearnedOutputScale)
        {
            var values = model.Parameters.ReadValues();
            values[^1] = MovedScale;
            model.Parameters.WriteValues(values);
        }
        return model;
    }
}
