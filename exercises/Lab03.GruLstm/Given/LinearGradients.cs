using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>The gradients of <see cref="Linear.Backward"/>: one per argument of <see cref="Linear.Forward"/>.</summary>
/// <param name="DX">∂L/∂X, batch × in (the shape of <c>x</c>).</param>
/// <param name="DWeight">∂L/∂W, out × in (the shape of <c>weight</c>).</param>
/// <param name="DBias">∂L/∂b, length out.</param>
public sealed record LinearGradients(Matrix<double> DX, Matrix<double> DWeight, Vector<double> DBias);
