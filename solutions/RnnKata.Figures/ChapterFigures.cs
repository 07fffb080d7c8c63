using RnnKata.Given.Plotting;
using RnnKata.Lab01;
using RnnKata.Lab02;
using RnnKata.Lab03;

namespace RnnKata.Figures;

/// <summary>Every figure the docs show, by file name under docs/images/. Add a lab's figures here.</summary>
internal static class ChapterFigures
{
    public static IReadOnlyList<(string File, Func<Figure> Build)> All { get; } =
    [
        ("01-two-step-activations.png",
            () => ActivationsFigure.Build(TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, RnnWeights.Seeded()))),
        ("02-bptt-experiment.png", () => BpttFigure.Build(BpttExperiment.Run())),
        ("03-vanishing-gradients.png", () => VanishingGradientFigure.Build()),
    ];
}
