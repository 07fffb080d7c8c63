using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab05;

/// <summary>
/// The seed's loss (chapter 5, "The seed's loss"): Σ_t ½‖ŷ(t) − y(t)‖² summed over the batch and the features
/// (TensorFlow's <c>tf.nn.l2_loss</c> of each step's error), plus λ·Σ ½w² over a chosen set of parameters; and the
/// per-element mean squared error the chapter reports beside it.
/// </summary>
public static class SeedLoss
{
    /// <summary>Task 3: L = Σ_t ½ Σ_{b,f} (ŷ(t) − y(t))²; ∂L/∂ŷ(t) = ŷ(t) − y(t).</summary>
    /// <exception cref="ArgumentException">No steps, a different number of target steps, a target shaped unlike its prediction,
    /// or a NaN or infinity (the exception names the argument and the step).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Hint: check each step with <see cref="Require.Shape"/> and <see cref="Require.Finite(Matrix{double}, string)"/>.</remarks>
    public static SequenceLoss HalfSumOfSquares(IReadOnlyList<Matrix<double>> predictions, IReadOnlyList<Matrix<double>> targets) =>
        throw new NotImplementedException("Implement SeedLoss.HalfSumOfSquares — see docs/05-seq2seq.md#task-3-the-seeds-loss");

    /// <summary>Task 3: the mean over every entry of every step of (ŷ − y)² (batch size and length do not change its scale).</summary>
    /// <exception cref="ArgumentException">As for <see cref="HalfSumOfSquares"/>.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static double MeanSquaredError(IReadOnlyList<Matrix<double>> predictions, IReadOnlyList<Matrix<double>> targets) =>
        throw new NotImplementedException("Implement SeedLoss.MeanSquaredError — see docs/05-seq2seq.md#task-3-the-seeds-loss");

    /// <summary>Task 3: the L2 term λ·Σ_i m_i·½w_i² and its gradient λ·m_i·w_i, for a mask m of 0s and 1s
    /// (<see cref="Seq2SeqParameters.L2Mask"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="mask"/> has another length than <paramref name="parameters"/> or holds
    /// something other than 0 and 1, or <paramref name="parameters"/> holds NaN or infinity (the exception names it).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Penalty L2Penalty(Vector<double> parameters, Vector<double> mask, double lambda) =>
        throw new NotImplementedException("Implement SeedLoss.L2Penalty — see docs/05-seq2seq.md#task-3-the-seeds-loss");
}
