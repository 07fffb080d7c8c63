using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab04;

/// <summary>A loss's value and its gradient ∂loss/∂P, shaped like the predictions.</summary>
public sealed record LossResult(double Value, Matrix<double> Gradient);
