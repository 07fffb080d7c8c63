using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab05;

/// <summary>
/// The seed's encoder–decoder over the given GRU layers (chapter 5, "The model"), in double. The encoder's
/// layer l reads the layer below (layer 0 reads x₀ … x_{T−1}) from a zero state; the decoder's layer l starts from
/// the encoder layer l's final state h_l(T − 1) and reads the decoder layer below (layer 0 reads the decoder inputs);
/// every decoder step of the top layer goes through the head: a(t) = h(t)·Wᵀ + b, ŷ(t) = s·a(t).
/// </summary>
public sealed class Seq2SeqModel
{
    /// <summary>A model over <paramref name="parameters"/> (held, not copied: the training loop updates them in place).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public Seq2SeqModel(Seq2SeqParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    /// <summary>The parameters the model reads.</summary>
    public Seq2SeqParameters Parameters { get; }

    /// <summary>Task 1: runs the encoder over <paramref name="encoderInputs"/>, the decoder from its final states over
    /// <paramref name="decoderInputs"/>, and the head on every decoder step.</summary>
    /// <param name="encoderInputs">x₀ … x_{T−1}, each B × I.</param>
    /// <param name="decoderInputs">What the decoder reads, T steps of B × I (<see cref="Seq2SeqBatch.DecoderInputs"/>: GO = 0 then the
    /// encoder inputs, or the targets, shifted by one).</param>
    /// <returns>Every layer's run, the head outputs a(t) and the predictions ŷ(t) = s·a(t) (T steps of B × O).</returns>
    /// <exception cref="ArgumentException">No steps, a step of the wrong shape, a NaN or infinity, or decoder inputs of another
    /// length than the encoder's (the exception names the argument and the step).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Two loops over the layers, as in <see cref="RecurrentModel.Forward"/>: each layer's <c>Hidden</c> is the next layer's input.</item>
    /// <item><c>Parameters.Encoder[l].Forward(input)</c> starts from zeros; <c>Parameters.Decoder[l].Forward(input, h0, c0)</c> starts
    /// from <c>encoderRun[l].Steps[^1].H</c> (a GRU ignores <c>c0</c>: pass a zero B × H matrix).</item>
    /// <item>Keep a(t) = h(t)·Wᵀ + b before multiplying by <c>Parameters.Scale[0]</c>: the backward pass needs it for ∂L/∂s.</item>
    /// </list>
    /// </remarks>
    public Seq2SeqRun Forward(IReadOnlyList<Matrix<double>> encoderInputs, IReadOnlyList<Matrix<double>> decoderInputs) =>
        throw new NotImplementedException("Implement Seq2SeqModel.Forward — see docs/05-seq2seq.md#task-1-the-encoderdecoder-forward");

    /// <summary>Task 2: the gradient of the loss with respect to every parameter, flat (<see cref="Seq2SeqParameters"/>' order),
    /// from ∂L/∂ŷ(t).</summary>
    /// <param name="run">What <see cref="Forward"/> returned.</param>
    /// <param name="dPredictions">∂L/∂ŷ(t), shaped like <see cref="Seq2SeqRun.Predictions"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="dPredictions"/> has another number of steps or another shape than
    /// the predictions, or holds NaN or infinity (the exception names it).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>Collect the gradients in <c>Seq2SeqParameters.Zeros(spec)</c> (each layer's <c>Backpropagate</c> adds into its twin) and
    /// return <c>ToFlat()</c>.</item>
    /// <item>Head: ∂L/∂s = Σ_t Σ dŷ(t)∘a(t); ∂L/∂a(t) = s·dŷ(t); then ∂W, ∂b and ∂h(t) = ∂a(t)·W as for any linear layer.</item>
    /// <item>Decoder, top layer down: <c>var g = Parameters.Decoder[l].Backpropagate(d, run.Decoder[l], grads.Decoder[l])</c>;
    /// <c>g.DInputs</c> goes to the layer below, <c>g.DH0</c> is ∂L/∂(encoder layer l's final state).</item>
    /// <item>Encoder, top layer down: its layers' outputs reach the loss only through the layer above and through their final state,
    /// so layer l's ∂L/∂h(t) is the layer above's <c>DInputs</c> (zeros for the top layer) with the decoder's <c>DH0</c> added at t = T − 1.</item>
    /// </list>
    /// </remarks>
    public Vector<double> Backward(Seq2SeqRun run, IReadOnlyList<Matrix<double>> dPredictions) =>
        throw new NotImplementedException("Implement Seq2SeqModel.Backward — see docs/05-seq2seq.md#task-2-backward-through-the-decoder-and-the-encoder");

    /// <summary>Task 1 (second part): predictions where decoder step t reads the model's own prediction ŷ(t − 1) (GO = 0 at
    /// t = 0), the way a forecaster runs when no future is known: T steps of B × O, as many steps as the encoder read.</summary>
    /// <param name="encoderInputs">x₀ … x_{T−1}, each B × I.</param>
    /// <exception cref="ArgumentException">As for <see cref="Forward"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="encoderInputs"/> is null.</exception>
    /// <remarks>Hint: run every decoder layer one step at a time, <c>Forward([input], state[l], zeros)</c>, keeping each layer's
    /// state between steps; the prediction of step t is the decoder's input at step t + 1.</remarks>
    public IReadOnlyList<Matrix<double>> PredictFreeRunning(IReadOnlyList<Matrix<double>> encoderInputs) =>
        throw new NotImplementedException("Implement Seq2SeqModel.PredictFreeRunning — see docs/05-seq2seq.md#task-1-the-encoderdecoder-forward");
}
