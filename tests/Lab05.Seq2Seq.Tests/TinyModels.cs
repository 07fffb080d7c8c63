using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab05.Tests;

/// <summary>Small seeded models and batches for the wiring's tests.</summary>
internal static class TinyModels
{
    /// <summary>Two GRU layers of 3 units reading 2 features, with a scale away from 1 so that a forgotten s shows.</summary>
    public static Seq2SeqParameters Parameters(int layers = 2, int hidden = 3, int input = 2, int seed = 7)
    {
        var parameters = Seq2SeqParameters.Seeded(new Seq2SeqSpec(input, hidden, layers), seed);
        parameters.Scale[0] = 1.7;
        return parameters;
    }

    /// <summary>T steps of B × I values drawn from N(0, 1).</summary>
    public static Matrix<double>[] Steps(int steps, int batch, int features, int seed) =>
        Enumerable.Range(0, steps).Select(t => KataRandom.Normal(batch, features, seed * 100 + t)).ToArray();

    /// <summary>Σ_t ½‖ŷ(t) − y(t)‖², computed here so the gradient tests do not depend on your loss.</summary>
    public static double HalfSumOfSquares(IReadOnlyList<Matrix<double>> predictions, IReadOnlyList<Matrix<double>> targets) =>
        predictions.Zip(targets, (p, y) => 0.5 * (p - y).PointwisePower(2).Enumerate().Sum()).Sum();
}
