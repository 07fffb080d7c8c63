using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Experiments.Lab06;

/// <summary>Small helpers of the Lab 6 runs: a timed call, and a list of values as a column.</summary>
internal static class Timed
{
    /// <summary>The value <paramref name="work"/> returns and the seconds it took.</summary>
    public static (T Value, double Seconds) Run<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var value = work();
        return (value, clock.Elapsed.TotalSeconds);
    }

    /// <summary><paramref name="values"/> as a count × 1 matrix (the shape predictions and targets have).</summary>
    public static Matrix<double> Column(IEnumerable<double> values) => Matrix<double>.Build.DenseOfColumnArrays(values.ToArray());
}
