using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>
/// The chapter's experiment (chapter 2, "The expected plot"), run with your code: train on the sine
/// task with each activation, and measure how far back the gradient reaches with each activation.
/// Seeded: every run gives the same numbers.
/// </summary>
public static class BpttExperiment
{
    /// <summary>Hidden units of every network in the experiment.</summary>
    public const int Hidden = 8;

    /// <summary>Standard deviation of the initial weights for training: small, so that training starts from near-zero outputs.</summary>
    public const double TrainingScale = 0.1;

    /// <summary>The SGD step size for training.</summary>
    public const double LearningRate = 0.01;

    /// <summary>Number of training epochs.</summary>
    public const int Epochs = 300;

    /// <summary>Standard deviation of the weights for the gradient-reach measurement: large enough that the recurrent weights amplify (spectral radius of W above 1).</summary>
    public const double ReachScale = 0.5;

    /// <summary>Length of the sequences for the gradient-reach measurement.</summary>
    public const int ReachSteps = 30;

    /// <summary>The activations compared, in the figure's order.</summary>
    public static IReadOnlyList<Activation> Activations { get; } = [Activation.Tanh, Activation.Relu, Activation.Identity];

    /// <summary>
    /// Runs the experiment: <see cref="Training.Train"/> on <see cref="SineTask.Create"/> (16 sequences of
    /// 20 steps) from <c>ElmanParameters.Seeded(1, 8, 1, scale: 0.1)</c> for each activation, and
    /// <see cref="GradientReach.Norms"/> on 4 sine sequences of 30 steps with
    /// <c>ElmanParameters.Seeded(1, 8, 1, scale: 0.5)</c> for each activation.
    /// </summary>
    public static BpttExperimentResult Run()
    {
        var data = SineTask.Create();
        var initial = ElmanParameters.Seeded(1, Hidden, 1, scale: TrainingScale);
        var training = Activations
            .Select(activation => (activation, Training.Train(initial, data, new TrainingOptions(Epochs, LearningRate, activation)).Losses))
            .ToArray();

        var sequences = SineTask.Create(batch: 4, steps: ReachSteps);
        var amplifying = ElmanParameters.Seeded(1, Hidden, 1, scale: ReachScale);
        var h0 = Matrix<double>.Build.Dense(sequences.Batch, Hidden);
        var reach = Activations
            .Select(activation => (activation, GradientReach.Norms(sequences.Inputs, h0, amplifying, activation)))
            .ToArray();
        return new BpttExperimentResult(training, reach);
    }
}
