using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The lab's toy task (chapter 2, "The toy task"): read a sine wave one value at a time and predict
/// the next value. Sequence n is <c>x_n(t) = sin(ω t + φ_n)</c> with target <c>y_n(t) = x_n(t + 1)</c>,
/// each with its own seeded phase <c>φ_n</c>. One value does not say whether the wave is rising or
/// falling; the hidden state has to remember.
/// </summary>
public static class SineTask
{
    /// <summary>The angular step ω between consecutive values (about 12.6 steps per period).</summary>
    public const double Frequency = 0.5;

    /// <summary>The task's batch: <paramref name="batch"/> sequences of <paramref name="steps"/> values, one input and one output each.</summary>
    /// <param name="batch">Number of sequences, at least 1.</param>
    /// <param name="steps">Number of time steps T, at least 1.</param>
    /// <param name="seed">Seed of the phases: the same seed gives the same data.</param>
    public static SequenceData Create(int batch = 16, int steps = 20, int seed = KataRandom.DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var phases = KataRandom.Uniform(batch, 1, 0, 2 * Math.PI, seed);
        Matrix<double> Wave(int t) => Matrix<double>.Build.Dense(batch, 1, (n, _) => Math.Sin(Frequency * t + phases[n, 0]));
        var inputs = new Matrix<double>[steps];
        var targets = new Matrix<double>[steps];
        for (var t = 0; t < steps; t++)
        {
            inputs[t] = Wave(t);
            targets[t] = Wave(t + 1);
        }
        return new SequenceData(inputs, targets);
    }
}
