using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The hidden layer's activation functions and their derivatives (chapter 2,
/// <c>docs/02-elman-bptt.md</c>, Task 1). Everything works entry by entry on a whole matrix.
/// </summary>
public static class Activations
{
    /// <summary>
    /// Applies <c>f</c> to every entry: <c>h = f(a)</c>.
    /// </summary>
    /// <param name="activation">Which <c>f</c>: tanh, relu (<c>max(0, a)</c>) or identity.</param>
    /// <param name="a">Pre-activations, any shape (batch × hidden in the network).</param>
    /// <returns>A new matrix of the same shape; <paramref name="a"/> is left unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="a"/> holds NaN or infinity; the message names <c>a</c>.</exception>
    /// <remarks>
    /// Hints, gentle to explicit:
    /// <list type="number">
    /// <item>A <c>switch</c> on <paramref name="activation"/> with one case per function.</item>
    /// <item>MathNet: <c>a.Map(Math.Tanh)</c> (or <c>PointwiseTanh()</c>), <c>a.Map(v =&gt; Math.Max(0, v))</c>, <c>a.Clone()</c>.</item>
    /// <item>Check first with <see cref="Require.Finite(Matrix{double}, string)"/>.</item>
    /// </list>
    /// </remarks>
    public static Matrix<double> Apply(Activation activation, Matrix<double> a) =>
        throw new NotImplementedException("Implement Activations.Apply — see docs/02-elman-bptt.md#task-1-activations-and-their-derivatives");

    /// <summary>
    /// The derivative <c>f′(a)</c>, entry by entry, computed from the <em>output</em> <c>h = f(a)</c>
    /// that the forward pass stored: tanh′ = <c>1 − h²</c>, relu′ = 1 where <c>h &gt; 0</c> and 0
    /// elsewhere, identity′ = 1.
    /// </summary>
    /// <param name="activation">Which <c>f</c>.</param>
    /// <param name="h">Outputs of <see cref="Apply"/>, any shape.</param>
    /// <returns>A new matrix of the same shape as <paramref name="h"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="h"/> holds NaN or infinity; the message names <c>h</c>.</exception>
    /// <remarks>
    /// Hints: the backward pass has <c>h(t)</c> in the trace but not <c>a(t)</c>, and for these three
    /// functions <c>h</c> is all you need. Do <em>not</em> compute <c>1 − tanh²(h)</c>: that is
    /// tanh applied twice (analyzer rule RK0006 points at it). relu′ at exactly 0 is taken as 0.
    /// </remarks>
    public static Matrix<double> DerivativeFromOutput(Activation activation, Matrix<double> h) =>
        throw new NotImplementedException("Implement Activations.DerivativeFromOutput — see docs/02-elman-bptt.md#task-1-activations-and-their-derivatives");
}
