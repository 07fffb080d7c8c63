using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

/// <summary>
/// A seeded Elman network with data, targets and a loss: what the backward tests differentiate.
/// <see cref="Loss"/> runs the tests' own forward pass and loss on the current parameter values, so
/// central differences of it are the true gradient.
/// </summary>
internal sealed class ElmanProblem
{
    public ElmanProblem(Shape shape, Activation activation, TestLoss loss, SequenceMode mode, double scale = 0.5)
    {
        (Shape, Activation, LossKind, Mode) = (shape, activation, loss, mode);
        Parameters = ElmanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed, scale);
        Xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        H0 = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);
        Targets = loss.Targets(mode == SequenceMode.ManyToMany ? shape.Steps : 1, shape.Batch, shape.Outputs, shape.Seed + 3);
    }

    public Shape Shape { get; }
    public Activation Activation { get; }
    public TestLoss LossKind { get; }
    public SequenceMode Mode { get; }
    public ElmanParameters Parameters { get; }
    public Matrix<double>[] Xs { get; }
    public Matrix<double> H0 { get; }
    public Matrix<double>[] Targets { get; }

    /// <summary>The outputs the loss sees: every step, or the last one.</summary>
    public Matrix<double>[] ReferenceOutputs()
    {
        var outputs = ElementByElement.Elman(Xs, H0, Parameters, Activation).Outputs;
        return Mode == SequenceMode.ManyToMany ? outputs : [outputs[^1]];
    }

    /// <summary>J, by the tests' reference forward pass and loss.</summary>
    public double Loss() => LossKind.Value(ReferenceOutputs(), Targets);

    /// <summary>The student's forward pass.</summary>
    public SequenceTrace Forward() => ElmanNetwork.Forward(Xs, H0, Parameters, Activation, Mode);

    /// <summary>∂J/∂O(t) for a trace's outputs, by the tests' reference loss.</summary>
    public Matrix<double>[] DOutputs(SequenceTrace trace) => LossKind.Gradient(trace.Outputs, Targets);

    /// <summary>Checks all six gradients against central differences of <paramref name="loss"/>.</summary>
    public void ShouldMatch(Gradients<ElmanParameters> gradients, Func<double> loss, string section)
    {
        using var scope = new FluentAssertions.Execution.AssertionScope();
        GradientCheck.ShouldMatch(gradients.Parameters.U, loss, Parameters.U, "DU", section);
        GradientCheck.ShouldMatch(gradients.Parameters.W, loss, Parameters.W, "DW", section);
        GradientCheck.ShouldMatch(gradients.Parameters.V, loss, Parameters.V, "DV", section);
        GradientCheck.ShouldMatch(gradients.Parameters.B, loss, Parameters.B, "DB", section);
        GradientCheck.ShouldMatch(gradients.Parameters.C, loss, Parameters.C, "DC", section);
        GradientCheck.ShouldMatch(gradients.DH0, loss, H0, "DH0", section);
    }
}
