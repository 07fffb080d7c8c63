using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab01.Tests;

/// <summary>Hand-checkable weights for closed-form tests.</summary>
internal static class Weights
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    /// <summary>Wx routes input k to neuron k (k &lt; 3); Wy and b as given (zero by default).</summary>
    public static RnnWeights InputToSameNeuron(Matrix<double>? wy = null, Vector<double>? b = null)
    {
        var wx = M.Dense(3, 5);
        for (var k = 0; k < 3; k++)
            wx[k, k] = 1;
        return new RnnWeights(wx, wy ?? M.Dense(5, 5), b ?? Vector<double>.Build.Dense(5));
    }

    /// <summary>Every weight of Wx equal to <paramref name="value"/>; Wy and b zero.</summary>
    public static RnnWeights UniformInput(double value, int inputs = 3, int neurons = 5) =>
        new(M.Dense(inputs, neurons, value), M.Dense(neurons, neurons), Vector<double>.Build.Dense(neurons));

    public static Matrix<double> Identity5 => M.DenseIdentity(5);

    public static Matrix<double> Batch(double[,] values) => M.DenseOfArray(values);
}
