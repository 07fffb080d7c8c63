using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03;

/// <summary>What one GRU step sends back: gradients for its inputs and for the parameters (this step's share).</summary>
/// <param name="DX">∂L/∂x, batch × input.</param>
/// <param name="DH">∂L/∂h for the previous hidden state, batch × hidden.</param>
/// <param name="Parameters">∂L/∂W_ih, ∂L/∂W_hh, ∂L/∂b_ih, ∂L/∂b_hh through this step only.</param>
public sealed record GruStepGradients(Matrix<double> DX, Matrix<double> DH, ParameterGradients Parameters);
