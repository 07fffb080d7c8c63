using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>Task 1: the model's messages for missing steps say what is missing.</summary>
[TestFixture]
[KataTask(1)]
public class Seq2SeqModelMessageTests
{
    private static Matrix<double>[] Steps(int steps) => TinyModels.Steps(steps, 2, 2, seed: 1);

    private static Seq2SeqModel Model() => new(TinyModels.Parameters());

    [Test]
    public void An_empty_encoder_input_is_reported_as_having_no_steps()
    {
        ((Action)(() => Model().PredictFreeRunning([]))).ShouldRejectArgument("encoderInputs").OwnMessage().Should().Contain("step");
    }

    [Test]
    public void Decoder_inputs_of_another_length_are_reported_with_both_counts()
    {
        ((Action)(() => Model().Forward(Steps(4), Steps(3)))).ShouldRejectArgument("decoderInputs").OwnMessage()
            .Should().Contain("4").And.Contain("3");
    }
}
