using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02;

/// <summary>A loss value and its gradient with respect to the network's outputs.</summary>
/// <param name="Value">The loss <c>J</c>, a mean over the batch of a sum over time steps.</param>
/// <param name="DOutputs"><c>∂J/∂o(t)</c> for every output step, each with its output's shape: what
/// the backward pass starts from.</param>
public sealed record LossResult(double Value, IReadOnlyList<Matrix<double>> DOutputs);
