using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07;

/// <summary>What <see cref="SentimentRnn.Forward"/> computes and <see cref="SentimentRnn.Backward"/> needs (the lecture's <c>last_inputs</c> and <c>last_hs</c>).</summary>
/// <param name="Inputs">x_1 … x_T, each V long (one-hot words).</param>
/// <param name="Hidden">h_0 … h_T, each H long: T + 1 states, h_0 = 0.</param>
/// <param name="Logits">y = W_hy·h_T + b_y, one per class.</param>
/// <param name="Probabilities">p = softmax(y).</param>
public sealed record ForwardRun(IReadOnlyList<Vector<double>> Inputs, IReadOnlyList<Vector<double>> Hidden, Vector<double> Logits, Vector<double> Probabilities)
{
    /// <summary>T, words read.</summary>
    public int Steps => Inputs.Count;

    /// <summary>The class with the highest probability (the first on a tie, as <c>np.argmax</c>).</summary>
    public int PredictedClass => Probabilities.MaximumIndex();
}
