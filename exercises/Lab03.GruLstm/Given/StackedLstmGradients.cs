using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>Backpropagation through a stack of LSTM layers.</summary>
/// <param name="Layers">Each layer's gradients, bottom (0) to top, with its own <c>DH0</c> and <c>DC0</c>.</param>
public sealed record StackedLstmGradients(IReadOnlyList<LstmSequenceGradients> Layers)
{
    /// <summary>∂L/∂x(t) for the stack's input sequence: the bottom layer's <see cref="LstmSequenceGradients.DX"/>.</summary>
    public IReadOnlyList<Matrix<double>> DX => Layers[0].DX;
}
