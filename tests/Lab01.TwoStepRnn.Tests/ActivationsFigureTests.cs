using RnnKata.TestSupport;

namespace RnnKata.Lab01.Tests;

[TestFixture]
[KataTask(3)]
public class ActivationsFigureTests
{
    private static TwoStepOutputs SeedOutputs() => TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, RnnWeights.Seeded());

    [Test]
    public void Figure_of_the_seed_batch_matches_its_snapshot() =>
        PlotSnapshot.Verify(ActivationsFigure.Build(SeedOutputs()), "seed-batch-activations");

    [Test]
    public void Figure_of_the_seed_batch_renders_both_heatmaps() =>
        RenderCheck.Verify(ActivationsFigure.Build(SeedOutputs()));
}
