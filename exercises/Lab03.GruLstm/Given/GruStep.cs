using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>
/// One GRU step: the new state and everything <see cref="GruCell.Backward"/> needs (the cache).
/// Every matrix is batch × hidden except <paramref name="X"/> (batch × input).
/// </summary>
/// <param name="X">The step's input x.</param>
/// <param name="H">The previous hidden state h.</param>
/// <param name="R">Reset gate r = σ(…), in (0, 1).</param>
/// <param name="Z">Update gate z = σ(…), in (0, 1).</param>
/// <param name="N">Candidate n = tanh(…), in (−1, 1).</param>
/// <param name="HiddenN">The hidden term of n's pre-activation before the reset gate meets it:
/// <c>h·W_hnᵀ + b_hn</c> when the reset gate comes after the product, <c>(r⊙h)·W_hnᵀ + b_hn</c> when it comes before.</param>
/// <param name="HNext">The new hidden state h' = (1 − z)⊙n + z⊙h.</param>
public sealed record GruStep(
    Matrix<double> X, Matrix<double> H,
    Matrix<double> R, Matrix<double> Z, Matrix<double> N, Matrix<double> HiddenN,
    Matrix<double> HNext);
