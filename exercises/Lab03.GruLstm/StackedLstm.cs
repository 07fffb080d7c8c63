using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>
/// LSTM layers stacked (chapter 3, "Stacked layers"), like <c>torch.nn.LSTM(num_layers = L)</c> and the
/// LSTM lab's <c>MultiRNNCell</c>: layer 0 reads the input sequence, layer l reads the hidden states of
/// layer l − 1, and the stack's outputs are the top layer's hidden states.
/// </summary>
public sealed class StackedLstm
{
    /// <summary>A stack of layers, bottom first.</summary>
    /// <param name="layers">Each layer's parameters; layer l must take as many inputs as layer l − 1 has hidden units.</param>
    /// <exception cref="ArgumentException">The list is empty or the sizes do not chain.</exception>
    public StackedLstm(IReadOnlyList<LstmParameters> layers)
    {
        LstmParameters.RequireStack(layers, nameof(layers));
        Layers = layers.Select(parameters => new LstmLayer(parameters)).ToArray();
    }

    /// <summary>The layers, bottom (0) to top.</summary>
    public IReadOnlyList<LstmLayer> Layers { get; }

    /// <summary>
    /// Runs the layers bottom to top over the whole sequence.
    /// </summary>
    /// <param name="xs">The stack's inputs x(0) … x(T − 1), each batch × input of layer 0.</param>
    /// <param name="h0">One initial hidden state per layer, layer l's batch × hidden of layer l.</param>
    /// <param name="c0">One initial cell state per layer.</param>
    /// <returns>Every layer's run, bottom to top; <see cref="StackedLstmSequence.Outputs"/> is the top layer's hidden states.</returns>
    /// <exception cref="ArgumentException"><paramref name="h0"/> or <paramref name="c0"/> does not hold one
    /// state per layer (the message names it and the number of layers), or a layer rejects its inputs.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>A layer needs the <em>whole</em> output sequence of the layer below, so run layer by layer,
    /// not step by step.</item>
    /// <item><c>input = xs</c>; for each layer l: <c>run = Layers[l].Forward(input, h0[l], c0[l])</c>,
    /// then <c>input = run.Hidden</c>.</item>
    /// <item>Check the counts of <paramref name="h0"/> and <paramref name="c0"/> yourself
    /// (<c>throw new ArgumentException(message, nameof(h0))</c>); each layer checks the rest.</item>
    /// </list>
    /// </remarks>
    public StackedLstmSequence Forward(IReadOnlyList<Matrix<double>> xs, IReadOnlyList<Matrix<double>> h0, IReadOnlyList<Matrix<double>> c0) =>
        throw new NotImplementedException("Implement StackedLstm.Forward — see docs/03-gru-lstm.md#task-7-stacked-lstm-layers");

    /// <summary>
    /// Backpropagation through the stack and through time.
    /// </summary>
    /// <param name="dOutputs">∂L/∂(output at step t) for the top layer, t = 0 … T − 1.</param>
    /// <param name="sequence">The runs <see cref="Forward"/> returned.</param>
    /// <returns>Every layer's gradients, bottom to top (each with its own ∂L/∂h0 and ∂L/∂c0);
    /// <see cref="StackedLstmGradients.DX"/> is ∂L/∂x(t) for the stack's input.</returns>
    /// <exception cref="ArgumentException"><paramref name="sequence"/> does not hold one run per layer,
    /// or a layer rejects its gradients.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Layer l's hidden states are layer l + 1's inputs. So what layer l + 1 sends back to its
    /// inputs (<c>DX</c>) is exactly the gradient at layer l's outputs.</item>
    /// <item>Walk the layers from the top down: <c>d = dOutputs</c>; for l = L − 1 … 0:
    /// <c>g[l] = Layers[l].Backward(d, sequence.Layers[l])</c>, then <c>d = g[l].DX</c>.</item>
    /// </list>
    /// </remarks>
    public StackedLstmGradients Backward(IReadOnlyList<Matrix<double>> dOutputs, StackedLstmSequence sequence) =>
        throw new NotImplementedException("Implement StackedLstm.Backward — see docs/03-gru-lstm.md#task-8-backward-through-the-stack");
}
