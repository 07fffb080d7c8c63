using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

/// <summary>A stack's sizes: inputs, each layer's hidden units (bottom first), outputs, batch and steps.</summary>
public sealed record StackShape(int Batch, int Inputs, int[] Hidden, int Outputs, int Steps)
{
    public int Seed => 1000 * Batch + 100 * Inputs + 10 * Hidden.Sum() + Outputs + 7 * Steps + Hidden.Length;

    /// <inheritdoc />
    public override string ToString() => $"batch {Batch}, {Inputs} in, layers [{string.Join(", ", Hidden)}], {Outputs} out, T = {Steps}";

    public static IReadOnlyList<StackShape> All { get; } =
    [
        new(Batch: 3, Inputs: 2, Hidden: [4, 3], Outputs: 2, Steps: 4),
        new(Batch: 1, Inputs: 3, Hidden: [2, 5], Outputs: 3, Steps: 3),
        new(Batch: 2, Inputs: 2, Hidden: [3, 4, 2], Outputs: 2, Steps: 4),
    ];
}

/// <summary>A seeded stack with data and a loss, differentiated by the stacked backward tests.</summary>
internal sealed class StackedProblem
{
    public StackedProblem(StackShape shape, Activation activation, TestLoss loss, SequenceMode mode)
    {
        (Activation, LossKind, Mode) = (activation, loss, mode);
        Parameters = StackedParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed);
        Xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        H0 = shape.Hidden.Select((hidden, l) => Data.State(shape.Batch, hidden, shape.Seed + 2 + l)).ToArray();
        Targets = loss.Targets(mode == SequenceMode.ManyToMany ? shape.Steps : 1, shape.Batch, shape.Outputs, shape.Seed + 9);
    }

    public Activation Activation { get; }
    public TestLoss LossKind { get; }
    public SequenceMode Mode { get; }
    public StackedParameters Parameters { get; }
    public Matrix<double>[] Xs { get; }
    public Matrix<double>[] H0 { get; }
    public Matrix<double>[] Targets { get; }

    public double Loss()
    {
        var outputs = ElementByElement.Stacked(Xs, H0, Parameters, Activation).Outputs;
        return LossKind.Value(Mode == SequenceMode.ManyToMany ? outputs : [outputs[^1]], Targets);
    }

    public StackedTrace Forward() => StackedElman.Forward(Xs, H0, Parameters, Activation, Mode);

    public Matrix<double>[] DOutputs(StackedTrace trace) => LossKind.Gradient(trace.Outputs, Targets);
}
