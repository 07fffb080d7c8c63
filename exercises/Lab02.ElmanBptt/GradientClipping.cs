using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>
/// Gradient clipping, the usual guard against exploding gradients (chapter 2, Task 9). Both methods
/// act on the five parameter gradients in <c>Parameters</c> (<c>U, W, b, V, c</c>); <c>DH0</c> and <c>DXs</c> are passed through unchanged.
/// Neither changes its argument: they return new gradients.
/// </summary>
public static class GradientClipping
{
    /// <summary>
    /// Clips every entry of every parameter gradient to <c>[−limit, limit]</c>, as the lecture's
    /// <c>np.clip(d, -1, 1, out=d)</c> does with limit 1.
    /// </summary>
    /// <param name="gradients">The gradients to clip.</param>
    /// <param name="limit">The bound, positive and finite.</param>
    /// <returns>New gradients; an entry already inside the bound keeps its exact value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not positive and finite.</exception>
    /// <remarks>Hint: <c>Math.Clamp(value, -limit, limit)</c> with <c>Map</c>, on both matrices and vectors.</remarks>
    public static Gradients<ElmanParameters> ByValue(Gradients<ElmanParameters> gradients, double limit) =>
        throw new NotImplementedException("Implement GradientClipping.ByValue — see docs/02-elman-bptt.md#task-9-gradient-clipping");

    /// <summary>
    /// Clips by global norm: with <c>n = sqrt(Σ of the squares of every entry of dU, dW, dB, dV, dC)</c>,
    /// leaves the gradients unchanged when <c>n ≤ maxNorm</c> and otherwise multiplies all five by
    /// <c>maxNorm / n</c>, so that their global norm is exactly <c>maxNorm</c> and their direction is kept.
    /// </summary>
    /// <param name="gradients">The gradients to clip.</param>
    /// <param name="maxNorm">The bound, positive and finite.</param>
    /// <returns>New gradients.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNorm"/> is not positive and finite.</exception>
    /// <remarks>Hint: a matrix's <c>FrobeniusNorm()</c> is the square root of its sum of squares; square it back
    /// before adding. Scaling by the same factor keeps the direction; clipping by value does not.</remarks>
    public static Gradients<ElmanParameters> ByGlobalNorm(Gradients<ElmanParameters> gradients, double maxNorm) =>
        throw new NotImplementedException("Implement GradientClipping.ByGlobalNorm — see docs/02-elman-bptt.md#task-9-gradient-clipping");
}
