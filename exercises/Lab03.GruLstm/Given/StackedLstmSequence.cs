using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>A stack of LSTM layers run over a sequence: layer 0 reads the input, layer l reads layer l − 1's hidden states.</summary>
/// <param name="Layers">Each layer's run, bottom (0) to top.</param>
public sealed record StackedLstmSequence(IReadOnlyList<LstmSequence> Layers)
{
    /// <summary>The stack's outputs: the top layer's hidden states, one per time step.</summary>
    public IReadOnlyList<Matrix<double>> Outputs => Layers[^1].Hidden;
}
