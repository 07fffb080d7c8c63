namespace RnnKata.Engine;

/// <summary>Which model a <see cref="BenchmarkConfiguration"/> builds.</summary>
public enum ModelKind
{
    /// <summary>A <see cref="RecurrentNetwork"/>.</summary>
    RecurrentNetwork,

    /// <summary>A <see cref="Seq2SeqForecaster"/>.</summary>
    Seq2Seq,
}
