using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>A GRU layer run over a sequence: one cached <see cref="GruStep"/> per time step.</summary>
/// <param name="Steps">Step t's cache, t = 0 … T − 1.</param>
public sealed record GruSequence(IReadOnlyList<GruStep> Steps)
{
    /// <summary>The hidden states h(0) … h(T − 1), each batch × hidden: the layer's outputs.</summary>
    public IReadOnlyList<Matrix<double>> Hidden => Steps.Select(step => step.HNext).ToArray();

    /// <summary>T, the number of time steps.</summary>
    public int Length => Steps.Count;
}
