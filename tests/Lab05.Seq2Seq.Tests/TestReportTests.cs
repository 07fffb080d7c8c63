using RnnKata.TestSupport;

namespace RnnKata.Lab05.Tests;

/// <summary>
/// The given loop's test reports: the reference's float32 engine must report the test losses of the loop replayed from
/// the pieces in double, that is the loss with its L2 term, on test batches of their own (<c>new Random(Seed + 1)</c>),
/// after the step.
/// </summary>
[TestFixture]
public class TestReportTests
{
    [TestCase(DecoderFeed.ShiftedEncoderInputs, L2Scope.AllButOutputScale)]
    [TestCase(DecoderFeed.ShiftedTargets, L2Scope.RecurrentWeights)]
    public void The_test_losses_match_the_loop_replayed_from_the_pieces(DecoderFeed feed, L2Scope scope)
    {
        var options = new Seq2SeqTrainingOptions(new Seq2SeqSpec(2, 5), 4, 12, Seed: 11)
        {
            Feed = feed, L2Scope = scope, L2 = 0.02, TestEvery = 5, Backend = "simd",
        };

        var result = Seq2SeqTraining.Run(options, SeedSignals.SineCosine);

        var expected = PiecesTestReplay.Reports(options, SeedSignals.SineCosine);
        result.Tests.Select(r => r.Iteration).Should().Equal(expected.Select(r => r.Iteration));
        TestContext.Out.WriteLine($"test losses: {string.Join(", ", result.Tests.Select(r => r.TestLoss.ToString("G6")))}");
        result.Tests.Select(r => r.TestLoss).Should().Equal(expected.Select(r => r.TestLoss),
            (a, e) => Math.Abs(a - e) <= Tolerance.Float32.Training * Math.Max(1, Math.Abs(e)),
            "a test loss is ½Σ + λ·L2 of the stepped model on a fresh batch from new Random(Seed + 1) (float32 within 1e-5)");
    }
}
