using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab07;

/// <summary>Softmax and its cross-entropy (you wrote them in Lab 2): <c>p = softmax(y)</c>, <c>L = −ln p_c</c>.</summary>
public static class Softmax
{
    /// <summary>The probabilities <c>exp(y_i − max y) / Σ_j exp(y_j − max y)</c> (the shift changes nothing but overflow).</summary>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty or holds NaN or infinity.</exception>
    public static Vector<double> Of(Vector<double> logits)
    {
        Require.Finite(logits, nameof(logits));
        if (logits.Count == 0)
            throw new ArgumentException("Softmax needs at least one logit.", nameof(logits));
        var shifted = logits - logits.Maximum();
        var exp = shifted.PointwiseExp();
        return exp / exp.Sum();
    }

    /// <summary>The cross-entropy <c>−ln p_c</c> of the class <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a class of <paramref name="probabilities"/>.</exception>
    public static double CrossEntropy(Vector<double> probabilities, int target)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (target < 0 || target >= probabilities.Count)
            throw new ArgumentOutOfRangeException(nameof(target), target, $"The class must lie in 0 … {probabilities.Count - 1}.");
        return -Math.Log(probabilities[target]);
    }
}
