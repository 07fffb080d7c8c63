using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07;

/// <summary>∂L/∂θ for every parameter of <see cref="SentimentRnn"/>, each shaped like its parameter.</summary>
/// <param name="WeightXh">∂L/∂W_xh, H × V.</param>
/// <param name="WeightHh">∂L/∂W_hh, H × H.</param>
/// <param name="WeightHy">∂L/∂W_hy, C × H.</param>
/// <param name="BiasH">∂L/∂b_h, H.</param>
/// <param name="BiasY">∂L/∂b_y, C.</param>
public sealed record RnnGradients(Matrix<double> WeightXh, Matrix<double> WeightHh, Matrix<double> WeightHy, Vector<double> BiasH, Vector<double> BiasY);
