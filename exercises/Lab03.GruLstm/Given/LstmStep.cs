using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>
/// One LSTM step: the new states and everything <see cref="LstmCell.Backward"/> needs (the cache).
/// Every matrix is batch × hidden except <paramref name="X"/> (batch × input).
/// </summary>
/// <param name="X">The step's input x.</param>
/// <param name="H">The previous hidden state h.</param>
/// <param name="C">The previous cell state c.</param>
/// <param name="I">Input gate i = σ(…), in (0, 1).</param>
/// <param name="F">Forget gate f = σ(…), in (0, 1).</param>
/// <param name="G">Candidate g = tanh(…), in (−1, 1).</param>
/// <param name="O">Output gate o = σ(…), in (0, 1).</param>
/// <param name="CNext">The new cell state c' = f⊙c + i⊙g.</param>
/// <param name="HNext">The new hidden state h' = o⊙tanh(c').</param>
public sealed record LstmStep(
    Matrix<double> X, Matrix<double> H, Matrix<double> C,
    Matrix<double> I, Matrix<double> F, Matrix<double> G, Matrix<double> O,
    Matrix<double> CNext, Matrix<double> HNext);
