namespace RnnKata.Given.Recurrent;

/// <summary>Where each first parameter is drawn from, in flat order: <c>Offset + Limit·(2u − 1)</c>, u uniform in [0, 1).</summary>
internal readonly record struct InitialRange(double Offset, double Limit)
{
    public double Draw(Random random) => Offset + (2 * random.NextDouble() - 1) * Limit;
}

/// <summary>The ranges of each <see cref="Initialization"/>, in the flat order of <see cref="RecurrentModel.GetParameters"/>.</summary>
internal static class InitialRanges
{
    public static IEnumerable<InitialRange> PyTorch(NetworkSpec spec, int count) =>
        Enumerable.Repeat(new InitialRange(0, 1 / Math.Sqrt(spec.Hidden)), count);

    public static IEnumerable<InitialRange> TensorFlow1(NetworkSpec spec)
    {
        int h = spec.Hidden, gh = spec.Gates * h;
        for (int layer = 0; layer < spec.Layers; layer++)
        {
            int inputs = layer == 0 ? spec.Input : h;
            // TF1 keeps one kernel over [x, h] per weight block: fan in = inputs + H; GRUCell has a gates kernel (r, z) and a candidate kernel.
            foreach (int columns in new[] { inputs, h })
                for (int row = 0; row < gh; row++)
                    for (int c = 0; c < columns; c++)
                        yield return new InitialRange(0, Glorot(inputs + h, KernelWidth(spec, row)));
            for (int row = 0; row < gh; row++)
                yield return new InitialRange(TensorFlow1Bias(spec.Cell, row / h), 0);
            for (int row = 0; row < gh; row++)
                yield return default;
        }
        for (int i = 0; i < spec.Output * h; i++)
            yield return new InitialRange(0, Glorot(h, spec.Output));
        for (int i = 0; i < spec.Output; i++)
            yield return default;
    }

    private static double Glorot(int fanIn, int fanOut) => Math.Sqrt(6.0 / (fanIn + fanOut));

    // The output width of the TF1 kernel that holds this gate row: LSTM one kernel of 4H, GRU gates 2H and candidate H, Elman H.
    private static int KernelWidth(NetworkSpec spec, int row) => spec.Cell switch
    {
        RecurrentCell.Lstm => 4 * spec.Hidden,
        RecurrentCell.Gru => row < 2 * spec.Hidden ? 2 * spec.Hidden : spec.Hidden,
        _ => spec.Hidden,
    };

    // Blocks: GRU r, z, n (gate biases 1.0); LSTM i, f, g, o (forget_bias 1.0).
    private static double TensorFlow1Bias(RecurrentCell cell, int block) => (cell, block) switch
    {
        (RecurrentCell.Gru, 0 or 1) => 1.0,
        (RecurrentCell.Lstm, 1) => 1.0,
        _ => 0.0,
    };
}
