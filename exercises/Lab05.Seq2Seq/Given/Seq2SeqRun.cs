using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;

namespace RnnKata.Lab05;

/// <summary>What <see cref="Seq2SeqModel.Forward"/> keeps for the backward pass.</summary>
/// <param name="Encoder">Each encoder layer's run, bottom first.</param>
/// <param name="Decoder">Each decoder layer's run, bottom first (started from the encoder layer's final state).</param>
/// <param name="HeadOutputs">a(t) = h(t)·Wᵀ + b for the decoder's top layer, before the scale: T matrices, B × O.</param>
/// <param name="Predictions">ŷ(t) = s·a(t): T matrices, B × O.</param>
public sealed record Seq2SeqRun(IReadOnlyList<LayerRun> Encoder, IReadOnlyList<LayerRun> Decoder,
                                IReadOnlyList<Matrix<double>> HeadOutputs, IReadOnlyList<Matrix<double>> Predictions);
