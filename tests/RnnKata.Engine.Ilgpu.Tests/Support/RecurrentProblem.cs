namespace RnnKata.Engine.Ilgpu.Tests.Support;

/// <summary>A seeded recurrent layer with inputs, initial states and upstream gradients, as floats and as its double reference.</summary>
public sealed class RecurrentProblem
{
    /// <summary>A tiny problem: B = 2, T = 3, I = 3, H = 4 unless told otherwise.</summary>
    public RecurrentProblem(CellKind cell, int seed, int batch = 2, int steps = 3, int input = 3, int hidden = 4)
    {
        (Shape, Batch, Steps) = (new RecurrentShape(cell, input, hidden), batch, steps);
        WeightIh = HostData.Random(Shape.WeightIhLength, seed, 0.6f);
        WeightHh = HostData.Random(Shape.WeightHhLength, seed + 1, 0.6f);
        BiasIh = HostData.Random(Shape.BiasLength, seed + 2, 0.3f);
        BiasHh = HostData.Random(Shape.BiasLength, seed + 3, 0.3f);
        Inputs = HostData.Random(steps * batch * input, seed + 4);
        InitialHidden = HostData.Random(batch * hidden, seed + 5, 0.5f);
        InitialCell = HostData.Random(batch * hidden, seed + 6, 0.5f);
        OutputGradients = HostData.Random(steps * batch * hidden, seed + 7);
        LastCellGradient = HostData.Random(batch * hidden, seed + 8);
    }

    public RecurrentShape Shape { get; }
    public int Batch { get; }
    public int Steps { get; }
    public float[] WeightIh { get; }
    public float[] WeightHh { get; }
    public float[] BiasIh { get; }
    public float[] BiasHh { get; }
    public float[] Inputs { get; }
    public float[] InitialHidden { get; }
    public float[] InitialCell { get; }
    public float[] OutputGradients { get; }
    public float[] LastCellGradient { get; }

    /// <summary>All parameters in the engine's layout (W_ih, W_hh, b_ih, b_hh).</summary>
    public float[] Parameters => [.. WeightIh, .. WeightHh, .. BiasIh, .. BiasHh];

    /// <summary>The double reference with these parameters.</summary>
    public RecurrentReference Reference() =>
        new(Shape, Batch, Steps, WeightIh.ToDouble(), WeightHh.ToDouble(), BiasIh.ToDouble(), BiasHh.ToDouble());
}
