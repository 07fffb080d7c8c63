using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>What backpropagation through time returns for one GRU layer.</summary>
/// <param name="Parameters">∂L/∂ of the four parameter tensors, summed over all time steps.</param>
/// <param name="DX">∂L/∂x(t) for t = 0 … T − 1, each batch × input.</param>
/// <param name="DHidden">The total ∂L/∂h(t) for t = 0 … T − 1, each batch × hidden: the gradient from
/// the outputs at step t plus the one that flows back from step t + 1.</param>
/// <param name="DH0">∂L/∂h for the initial hidden state, batch × hidden.</param>
public sealed record GruSequenceGradients(
    ParameterGradients Parameters,
    IReadOnlyList<Matrix<double>> DX,
    IReadOnlyList<Matrix<double>> DHidden,
    Matrix<double> DH0);
