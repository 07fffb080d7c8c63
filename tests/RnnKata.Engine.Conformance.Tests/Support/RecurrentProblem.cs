namespace RnnKata.Engine.Conformance.Tests.Support;

/// <summary>
/// One recurrent layer's forward and backward problem in host floats: parameters in PyTorch's layout
/// (w_ih, w_hh, b_ih, b_hh, one after the other), inputs, initial states and the gradients arriving
/// from above. Scales keep the gates away from saturation so that every gradient path matters.
/// </summary>
public sealed record RecurrentProblem(
    RecurrentShape Shape, int Batch, int Steps,
    float[] Parameters, float[] Inputs, float[]? InitialHidden, float[]? InitialCell,
    float[] OutputGradients, float[]? LastCellGradient)
{
    /// <summary>A seeded problem; <paramref name="withInitialState"/> false leaves h_0 (and c_0) absent, i.e. zeros.</summary>
    public static RecurrentProblem Create(CellKind cell, int input, int hidden, int batch, int steps, bool withInitialState, int seed = 11)
    {
        var shape = new RecurrentShape(cell, input, hidden);
        var stateLength = batch * hidden;
        var lstm = shape.HasCellState;
        return new RecurrentProblem(
            shape, batch, steps,
            HostData.Uniform(shape.ParameterCount, seed, scale: 1.0 / Math.Sqrt(hidden) + 0.1),
            HostData.Uniform(steps * batch * input, seed + 1),
            withInitialState ? HostData.Uniform(stateLength, seed + 2, 0.5) : null,
            withInitialState && lstm ? HostData.Uniform(stateLength, seed + 3, 0.5) : null,
            HostData.Uniform(steps * batch * hidden, seed + 4),
            withInitialState && lstm ? HostData.Uniform(stateLength, seed + 5) : null);
    }

    /// <summary>Offsets of the four tensors in <see cref="Parameters"/>.</summary>
    public (int WeightIh, int WeightHh, int BiasIh, int BiasHh) Offsets =>
        (0, Shape.WeightIhLength, Shape.WeightIhLength + Shape.WeightHhLength, Shape.WeightIhLength + Shape.WeightHhLength + Shape.BiasLength);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Shape.Cell} I={Shape.Input} H={Shape.Hidden} B={Batch} T={Steps}{(InitialHidden is null ? "" : " with initial state")}";
}
