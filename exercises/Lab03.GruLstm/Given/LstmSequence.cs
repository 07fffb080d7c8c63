using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>An LSTM layer run over a sequence: one cached <see cref="LstmStep"/> per time step.</summary>
/// <param name="Steps">Step t's cache, t = 0 … T − 1.</param>
public sealed record LstmSequence(IReadOnlyList<LstmStep> Steps)
{
    /// <summary>The hidden states h(0) … h(T − 1), each batch × hidden: the layer's outputs.</summary>
    public IReadOnlyList<Matrix<double>> Hidden => Steps.Select(step => step.HNext).ToArray();

    /// <summary>The cell states c(0) … c(T − 1), each batch × hidden.</summary>
    public IReadOnlyList<Matrix<double>> Cells => Steps.Select(step => step.CNext).ToArray();

    /// <summary>T, the number of time steps.</summary>
    public int Length => Steps.Count;
}
