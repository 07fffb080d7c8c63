using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab08;

/// <summary>One chunk of truncated BPTT from a carried hidden state (min-char-rnn's <c>lossFun</c>).</summary>
public static class TruncatedBptt
{
    /// <summary>The chunk's mean loss, its gradient, and h after the last step.</summary>
    public static ChunkResult Chunk(CharRnn network, IReadOnlyList<int> inputs, IReadOnlyList<int> targets, Matrix<double> h0)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        if (inputs.Count == 0)
            throw new ArgumentException("A chunk needs at least one character.", nameof(inputs));
        if (targets.Count != inputs.Count)
            throw new ArgumentException($"targets must hold one character per input ({inputs.Count}) but holds {targets.Count}.", nameof(targets));
        Require.Shape(h0, 1, network.Hidden, nameof(h0));
        var xs = inputs.Select((c, t) => OneHot(c, network.Vocabulary, $"{nameof(inputs)}[{t}]", nameof(inputs))).ToArray();
        var run = network.Forward(xs, h0);
        var (loss, dLogits) = CrossEntropy.Of(Matrix<double>.Build.DenseOfRowVectors(run.Logits.Select(l => l.Row(0))), targets);
        var gradient = network.Backward(run, dLogits.EnumerateRows().Select(r => r.ToRowMatrix()).ToArray());
        return new ChunkResult(loss, gradient, run.Layer.Hidden[^1].Clone());
    }

    private static Matrix<double> OneHot(int index, int vocabulary, string what, string name)
    {
        if (index < 0 || index >= vocabulary)
            throw new ArgumentException($"{what} = {index} is outside [0, {vocabulary}).", name);
        var x = Matrix<double>.Build.Dense(1, vocabulary);
        x[0, index] = 1;
        return x;
    }
}
