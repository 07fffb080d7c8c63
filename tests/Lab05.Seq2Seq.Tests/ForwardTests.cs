using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>
/// Task 1: the wiring forward. The expected predictions are assembled here from the given GRU layers (their
/// <c>Forward(xs, h0, c0)</c>), not from your model: encoder from zeros, decoder layer l from encoder layer l's final
/// state, head and scale on every decoder step.
/// </summary>
[TestFixture]
[KataTask(1)]
public class ForwardTests
{
    [TestCase(1)]
    [TestCase(2)]
    public void The_decoder_starts_from_the_encoders_final_states_and_the_head_scales_every_step(int layers)
    {
        var parameters = TinyModels.Parameters(layers);
        var xs = TinyModels.Steps(3, 2, 2, seed: 1);
        var decoderInputs = Seq2SeqBatch.Shifted(xs);

        var run = new Seq2SeqModel(parameters).Forward(xs, decoderInputs);

        var zeros = Matrix<double>.Build.Dense(2, 3);
        IReadOnlyList<Matrix<double>> encoded = xs, decoded = decoderInputs;
        for (int l = 0; l < layers; l++)
        {
            var encoderRun = parameters.Encoder[l].Forward(encoded, zeros, zeros);
            decoded = parameters.Decoder[l].Forward(decoded, encoderRun.Steps[^1].H, zeros).Hidden;
            encoded = encoderRun.Hidden;
        }
        var expected = decoded.Select(h => (h * parameters.HeadWeight.Transpose()).MapIndexed((_, j, v) => v + parameters.HeadBias[j]) * 1.7).ToList();
        Matrices.ShouldBeClose(run.Predictions, expected, "ŷ(t) = s·(h(t)·Wᵀ + b) over the decoder started from the encoder's final states", 1e-12);
        Matrices.ShouldBeClose(run.HeadOutputs, expected.Select(p => p / 1.7).ToList(), "a(t) is the head's output before the scale", 1e-12);
    }

    [Test]
    public void The_predictions_depend_on_the_decoder_inputs()
    {
        var model = new Seq2SeqModel(TinyModels.Parameters());
        var xs = TinyModels.Steps(3, 2, 2, seed: 2);

        var fromInputs = model.Forward(xs, Seq2SeqBatch.Shifted(xs)).Predictions;
        var fromOthers = model.Forward(xs, Seq2SeqBatch.Shifted(TinyModels.Steps(3, 2, 2, seed: 3))).Predictions;

        fromInputs[0].Should().Match<Matrix<double>>(p => (p - fromOthers[0]).FrobeniusNorm() < 1e-15,
            "step 0 reads GO = 0 in both runs, so it cannot differ");
        (fromInputs[2] - fromOthers[2]).FrobeniusNorm().Should().BeGreaterThan(1e-3, "later steps read the decoder inputs");
    }

    [Test]
    public void Free_running_predictions_are_the_forward_pass_fed_its_own_shifted_predictions()
    {
        var model = new Seq2SeqModel(TinyModels.Parameters());
        var xs = TinyModels.Steps(4, 3, 2, seed: 4);

        var free = model.PredictFreeRunning(xs);

        free.Should().HaveCount(4, "as many predicted steps as the encoder read");
        var replay = model.Forward(xs, Seq2SeqBatch.Shifted(free)).Predictions;
        Matrices.ShouldBeClose(replay, free, "decoder step t reads ŷ(t − 1), GO = 0 at t = 0", 1e-12);
        (replay[3] - model.Forward(xs, Seq2SeqBatch.Shifted(xs)).Predictions[3]).FrobeniusNorm().Should().BeGreaterThan(1e-3,
            "feeding the encoder inputs instead is another model");
    }
}
