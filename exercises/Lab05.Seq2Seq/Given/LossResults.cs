using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab05;

/// <summary>A loss over a sequence of predictions and its gradient with respect to each of them.</summary>
/// <param name="Value">The loss.</param>
/// <param name="Gradients">∂loss/∂ŷ(t), shaped like the predictions.</param>
public sealed record SequenceLoss(double Value, IReadOnlyList<Matrix<double>> Gradients);

/// <summary>The L2 term and its gradient with respect to the flat parameters.</summary>
/// <param name="Value">λ·Σ ½w² over the covered parameters.</param>
/// <param name="Gradient">λ·w where covered, 0 elsewhere.</param>
public sealed record Penalty(double Value, Vector<double> Gradient);
