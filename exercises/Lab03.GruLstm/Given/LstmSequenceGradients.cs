using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>What backpropagation through time returns for one LSTM layer.</summary>
/// <param name="Parameters">∂L/∂ of the four parameter tensors, summed over all time steps.</param>
/// <param name="DX">∂L/∂x(t) for t = 0 … T − 1, each batch × input: what a layer below receives.</param>
/// <param name="DHidden">The total ∂L/∂h(t) for t = 0 … T − 1, each batch × hidden: the gradient from
/// the outputs at step t plus the one that flows back from step t + 1.</param>
/// <param name="DH0">∂L/∂h for the initial hidden state, batch × hidden.</param>
/// <param name="DC0">∂L/∂c for the initial cell state, batch × hidden.</param>
public sealed record LstmSequenceGradients(
    ParameterGradients Parameters,
    IReadOnlyList<Matrix<double>> DX,
    IReadOnlyList<Matrix<double>> DHidden,
    Matrix<double> DH0,
    Matrix<double> DC0);
