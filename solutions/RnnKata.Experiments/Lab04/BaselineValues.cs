using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab04;

namespace RnnKata.Experiments.Lab04;

/// <summary>The two naive forecasts every experiment reports beside its model.</summary>
internal static class BaselineValues
{
    /// <summary>Repeat-last and linear extrapolation on <paramref name="inputs"/> (next-value targets), under <paramref name="loss"/>;
    /// <paramref name="data"/> says what they are measured on.</summary>
    public static IEnumerable<SeedValue> For(string experiment, Matrix<double> inputs, Matrix<double> targets, LossFunction loss, string data) =>
    [
        new($"{experiment}: baseline repeat last value", $"ŷ = x(n − 1); {data}", Losses.Compute(loss, Baselines.RepeatLast(inputs), targets).Value),
        new($"{experiment}: baseline linear extrapolation", $"ŷ = 2·x(n − 1) − x(n − 2); {data}", Losses.Compute(loss, Baselines.LinearExtrapolation(inputs), targets).Value),
    ];
}
