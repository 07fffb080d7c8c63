namespace RnnKata.Engine;

/// <summary>What data a <see cref="BenchmarkConfiguration"/> trains on (all from <see cref="BenchmarkData"/>).</summary>
public enum DataKind
{
    /// <summary>Sine windows of T steps; target: the next value (last-step head).</summary>
    SineNextValue,

    /// <summary>Sine windows of T + 1 values; inputs the first T, targets the last T (per-step head).</summary>
    SineEveryStep,

    /// <summary>Sine windows of 2T values; inputs the first T, targets the next T (seq2seq).</summary>
    SineForecast,

    /// <summary>One-hot random characters; target the class of the next one (last-step head, cross-entropy).</summary>
    OneHotChars,

    /// <summary>Standard normal inputs and targets (per-step head).</summary>
    Gaussian,
}
