using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab01;

/// <summary>The layer's outputs at both time steps, each batch × neurons.</summary>
/// <param name="Y0">Outputs at t = 0.</param>
/// <param name="Y1">Outputs at t = 1.</param>
public sealed record TwoStepOutputs(Matrix<double> Y0, Matrix<double> Y1);
