namespace RnnKata.Lab02.Tests;

/// <summary>The sizes of a test network and its data.</summary>
/// <param name="Batch">Sequences per batch (rows).</param>
/// <param name="Inputs">Inputs per step.</param>
/// <param name="Hidden">Hidden units (always different from <paramref name="Inputs"/> here, so that a transposed U cannot pass).</param>
/// <param name="Outputs">Outputs per step (at least 2, so that softmax has something to choose).</param>
/// <param name="Steps">Time steps T.</param>
public sealed record Shape(int Batch, int Inputs, int Hidden, int Outputs, int Steps)
{
    /// <summary>A seed that differs from shape to shape.</summary>
    public int Seed => 1000 * Batch + 100 * Inputs + 10 * Hidden + Outputs + 7 * Steps;

    /// <inheritdoc />
    public override string ToString() => $"batch {Batch}, {Inputs} in, {Hidden} hidden, {Outputs} out, T = {Steps}";
}

/// <summary>Test case tables shared by the fixtures.</summary>
public static class Cases
{
    /// <summary>Three shapes: a general one, a batch of one, and more inputs than hidden units.</summary>
    public static IReadOnlyList<Shape> Shapes { get; } =
    [
        new(Batch: 3, Inputs: 2, Hidden: 4, Outputs: 3, Steps: 5),
        new(Batch: 1, Inputs: 3, Hidden: 5, Outputs: 2, Steps: 4),
        new(Batch: 2, Inputs: 4, Hidden: 3, Outputs: 2, Steps: 6),
    ];

    public static IReadOnlyList<Activation> ActivationList { get; } = [Activation.Tanh, Activation.Relu, Activation.Identity];

    /// <summary>Every shape × activation × loss × mode.</summary>
    public static IEnumerable<TestCaseData> ShapesActivationsLossesModes() =>
        from shape in Shapes
        from activation in ActivationList
        from loss in new[] { TestLoss.SquaredError, TestLoss.CrossEntropy }
        from mode in new[] { SequenceMode.ManyToMany, SequenceMode.ManyToOne }
        select new TestCaseData(shape, activation, loss, mode).SetArgDisplayNames(shape.ToString(), activation.ToString(), loss.ToString(), mode.ToString());

    /// <summary>Every shape × activation × loss (for networks without a many-to-one mode).</summary>
    public static IEnumerable<TestCaseData> ShapesActivationsLosses() =>
        from shape in Shapes
        from activation in ActivationList
        from loss in new[] { TestLoss.SquaredError, TestLoss.CrossEntropy }
        select new TestCaseData(shape, activation, loss).SetArgDisplayNames(shape.ToString(), activation.ToString(), loss.ToString());

    /// <summary>Every shape × activation.</summary>
    public static IEnumerable<TestCaseData> ShapesActivations() =>
        from shape in Shapes
        from activation in ActivationList
        select new TestCaseData(shape, activation).SetArgDisplayNames(shape.ToString(), activation.ToString());
}
