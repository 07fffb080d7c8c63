using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>A missing argument is an <see cref="ArgumentNullException"/> that names it, thrown before any work.</summary>
[TestFixture]
public class NullArgumentTests
{
    private static Matrix<double>[] Steps() => TinyModels.Steps(2, 2, 2, seed: 1);

    [Test]
    public void The_model_names_a_missing_argument()
    {
        var model = new Seq2SeqModel(TinyModels.Parameters());
        ShouldRejectNull(() => model.Forward(null!, Steps()), "encoderInputs");
        ShouldRejectNull(() => model.Forward(Steps(), null!), "decoderInputs");
        ShouldRejectNull(() => model.Backward(null!, Steps()), "run");
        ShouldRejectNull(() => model.Backward(model.Forward(Steps(), Steps()), null!), "dPredictions");
        ShouldRejectNull(() => model.PredictFreeRunning(null!), "encoderInputs");
    }

    [Test]
    public void The_loss_the_optimizer_and_the_normalisation_name_a_missing_argument()
    {
        ShouldRejectNull(() => SeedLoss.HalfSumOfSquares(null!, Steps()), "predictions");
        ShouldRejectNull(() => SeedLoss.MeanSquaredError(Steps(), null!), "targets");
        ShouldRejectNull(() => SeedLoss.L2Penalty(null!, Vector<double>.Build.Dense(2), 1), "parameters");
        ShouldRejectNull(() => SeedLoss.L2Penalty(Vector<double>.Build.Dense(2), null!, 1), "mask");
        ShouldRejectNull(() => new RmsProp().Step(null!, Vector<double>.Build.Dense(2)), "parameters");
        ShouldRejectNull(() => new RmsProp().Step(Vector<double>.Build.Dense(2), null!), "gradient");
        ShouldRejectNull(() => Normalization.Normalize(null!), "batch");
    }

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
