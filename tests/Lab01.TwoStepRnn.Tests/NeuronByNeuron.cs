using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab01;

namespace RnnKata.Lab01.Tests;

/// <summary>
/// An independent reference: the layer computed one neuron at a time with scalar loops, the way
/// the chapter's equations read, sharing no code with the implementation under test.
/// </summary>
internal static class NeuronByNeuron
{
    public static Matrix<double> Step(Matrix<double> x, Matrix<double>? previous, RnnWeights weights)
    {
        var y = Matrix<double>.Build.Dense(x.RowCount, weights.Neurons);
        for (var instance = 0; instance < x.RowCount; instance++)
            for (var neuron = 0; neuron < weights.Neurons; neuron++)
            {
                var sum = weights.B[neuron];
                for (var input = 0; input < weights.Inputs; input++)
                    sum += x[instance, input] * weights.Wx[input, neuron];
                if (previous is not null)
                    for (var from = 0; from < weights.Neurons; from++)
                        sum += previous[instance, from] * weights.Wy[from, neuron];
                y[instance, neuron] = Math.Tanh(sum);
            }
        return y;
    }
}
