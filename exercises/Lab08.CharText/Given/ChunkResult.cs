using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab08;

/// <summary>What <see cref="TruncatedBptt.Chunk"/> returns.</summary>
/// <param name="Loss">The chunk's mean cross-entropy, nats per character.</param>
/// <param name="Gradient">∂Loss/∂θ for every parameter of the network, flat (<see cref="CharRnn"/>'s order).</param>
/// <param name="FinalHidden">h after the chunk's last step, 1 × H: where the next chunk starts.</param>
public sealed record ChunkResult(double Loss, Vector<double> Gradient, Matrix<double> FinalHidden);
