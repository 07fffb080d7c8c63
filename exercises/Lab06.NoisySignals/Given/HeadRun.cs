using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab06;

/// <summary>What <see cref="DenseReluHead.Forward"/> computes and <see cref="DenseReluHead.Backward"/> needs.</summary>
/// <param name="Input">h, batch × H (the recurrent layer's last hidden state).</param>
/// <param name="PreActivation">z = h·W1ᵀ + b1, batch × K.</param>
/// <param name="Activation">a = relu(z), batch × K.</param>
/// <param name="Output">ŷ = a·W2ᵀ + b2, batch × O.</param>
public sealed record HeadRun(Matrix<double> Input, Matrix<double> PreActivation, Matrix<double> Activation, Matrix<double> Output);

/// <summary>The gradients of a loss through <see cref="DenseReluHead"/>, each shaped like what it differentiates.</summary>
/// <param name="Weight1">∂L/∂W1, K × H.</param>
/// <param name="Bias1">∂L/∂b1, K.</param>
/// <param name="Weight2">∂L/∂W2, O × K.</param>
/// <param name="Bias2">∂L/∂b2, O.</param>
/// <param name="Input">∂L/∂h, batch × H (what the recurrent layer's backward pass starts from).</param>
public sealed record HeadGradients(Matrix<double> Weight1, Vector<double> Bias1, Matrix<double> Weight2, Vector<double> Bias2, Matrix<double> Input);
