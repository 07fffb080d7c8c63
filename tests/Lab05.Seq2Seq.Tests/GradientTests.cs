using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>
/// Task 2: the wiring backward against central finite differences of Σ_t ½‖ŷ(t) − y(t)‖² (computed in the test) with
/// respect to every flat parameter: both stacks, the head and the scale.
/// </summary>
[TestFixture]
[KataTask(2)]
public class GradientTests
{
    [TestCase(2, DecoderFeed.ShiftedEncoderInputs)]
    [TestCase(2, DecoderFeed.ShiftedTargets)]
    [TestCase(1, DecoderFeed.ShiftedEncoderInputs)]
    [TestCase(3, DecoderFeed.ShiftedEncoderInputs)]
    public void Every_parameters_gradient_matches_central_differences(int layers, DecoderFeed feed)
    {
        var parameters = TinyModels.Parameters(layers);
        var model = new Seq2SeqModel(parameters);
        var batch = new Seq2SeqBatch(TinyModels.Steps(3, 2, 2, seed: 5), TinyModels.Steps(3, 2, 2, seed: 6));
        var decoderInputs = batch.DecoderInputs(feed);
        var theta = parameters.ToFlat();
        var run = model.Forward(batch.Inputs, decoderInputs);

        var analytic = model.Backward(run, run.Predictions.Zip(batch.Targets, (p, y) => p - y).ToArray());

        var (error, _) = GradientComparison.Compare(analytic, () =>
        {
            parameters.SetFlat(theta);
            return TinyModels.HalfSumOfSquares(model.Forward(batch.Inputs, decoderInputs).Predictions, batch.Targets);
        }, theta);
        TestContext.Out.WriteLine($"largest relative error: {error:E2}");
        error.Should().BeLessThan(Tolerance.GradientCheck, "the backward pass is the chain rule through head, decoder and encoder");
    }
}
