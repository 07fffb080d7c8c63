using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab01;

/// <summary>
/// A layer of recurrent neurons unrolled over two time steps by hand (chapter 1,
/// <c>docs/01-two-step-rnn.md</c>). Every method works on a whole mini-batch: one row per instance,
/// one column per input or neuron. Both steps use the <em>same</em> weights.
/// </summary>
public static class TwoStepRnn
{
    /// <summary>
    /// The layer's outputs at t = 0, when there is no previous output yet:
    /// <c>Y0 = tanh(X0 · Wx + b)</c>.
    /// </summary>
    /// <param name="x0">Inputs at t = 0, batch × inputs (4 × 3 in the lab).</param>
    /// <param name="weights">The layer's weights (<c>Wx</c> is inputs × neurons).</param>
    /// <returns><c>Y0</c>, batch × neurons (4 × 5 in the lab): row <c>i</c> holds the neurons'
    /// outputs for instance <c>i</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="x0"/> does not have one column per input,
    /// or holds NaN or infinity. The message names <c>x0</c> and the shape it should have.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item><c>X0 · Wx</c> is a (batch × inputs)(inputs × neurons) product: what shape comes out?</item>
    /// <item><c>b</c> is one value per neuron; add it to <em>every row</em> (the numpy code broadcasts).</item>
    /// <item>MathNet: <c>x0 * weights.Wx</c>, <c>Matrix&lt;double&gt;.Build.DenseOfRowVectors</c>,
    /// <c>PointwiseTanh()</c>. Check the input first with <see cref="Require.Columns"/> and
    /// <see cref="Require.Finite(Matrix{double}, string)"/>.</item>
    /// </list>
    /// </remarks>
    public static Matrix<double> FirstStep(Matrix<double> x0, RnnWeights weights) =>
        throw new NotImplementedException("Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step");

    /// <summary>
    /// The layer's outputs at t = 1, fed by this step's inputs <em>and</em> the previous step's outputs:
    /// <c>Y1 = tanh(Y0 · Wy + X1 · Wx + b)</c>.
    /// </summary>
    /// <param name="y0">The outputs of the first step, batch × neurons.</param>
    /// <param name="x1">Inputs at t = 1, batch × inputs, with the same batch size as <paramref name="y0"/>.</param>
    /// <param name="weights">The same weights as the first step: they are shared across time.</param>
    /// <returns><c>Y1</c>, batch × neurons.</returns>
    /// <exception cref="ArgumentException"><paramref name="y0"/> does not have one column per neuron,
    /// <paramref name="x1"/> is not batch × inputs, or either holds NaN or infinity. The message names
    /// the argument and the shape it should have.</exception>
    /// <remarks>
    /// Hints: this is <see cref="FirstStep"/> plus one term. <c>Wy</c> is neurons × neurons, so
    /// <c>Y0 · Wy</c> keeps the shape of <c>Y0</c>. Use <see cref="Require.Shape"/> for <c>x1</c>: its
    /// rows must match <c>y0</c>'s.
    /// </remarks>
    public static Matrix<double> SecondStep(Matrix<double> y0, Matrix<double> x1, RnnWeights weights) =>
        throw new NotImplementedException("Implement TwoStepRnn.SecondStep — see docs/01-two-step-rnn.md#task-2-the-second-step");

    /// <summary>
    /// Runs both steps: the layer unrolled through time, as in the lab's TensorFlow graph.
    /// </summary>
    /// <param name="x0">Inputs at t = 0, batch × inputs.</param>
    /// <param name="x1">Inputs at t = 1, the same shape as <paramref name="x0"/>.</param>
    /// <param name="weights">The weights both steps share.</param>
    /// <returns><c>Y0</c> and <c>Y1</c>, each batch × neurons.</returns>
    /// <exception cref="ArgumentException">The inputs have the wrong shapes or hold NaN or infinity;
    /// the message names the argument and the shape it should have.</exception>
    /// <remarks>Hint: two lines, one call to each step. Check that <paramref name="x1"/> has the
    /// shape of <paramref name="x0"/> before you start.</remarks>
    public static TwoStepOutputs Unroll(Matrix<double> x0, Matrix<double> x1, RnnWeights weights) =>
        throw new NotImplementedException("Implement TwoStepRnn.Unroll — see docs/01-two-step-rnn.md#task-3-unroll-both-steps");
}
