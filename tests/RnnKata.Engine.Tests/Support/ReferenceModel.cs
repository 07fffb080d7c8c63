using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Engine.Tests.Support;

/// <summary>
/// The double-precision image of a configuration's model: loss and gradient of a flat θ laid out as the
/// issue says (layer after layer: weight_ih, weight_hh, bias_ih, bias_hh; then the head's tensors, see
/// <see cref="ReferenceHead"/>), with the layers of <see cref="ReferenceLayer"/>, the <see cref="ReferenceHead"/> and the
/// losses written out here.
/// The offsets are computed here, independently of <see cref="ParameterLayout"/>.
/// </summary>
public static class ReferenceModel
{
    /// <summary>A named range of θ, for messages.</summary>
    public sealed record Tensor(string Name, int Offset, int Length);

    /// <summary>The tensors of <paramref name="config"/>'s model in θ's order (a seq2seq with <paramref name="options"/>, default from config.L2).</summary>
    public static IReadOnlyList<Tensor> Tensors(BenchmarkConfiguration config, Seq2SeqOptions? options = null)
    {
        var list = new List<Tensor>();
        var offset = 0;
        var g = config.Network.Cell switch { CellKind.Gru => 3, CellKind.Lstm => 4, _ => 1 };
        var stacks = config.Model == ModelKind.Seq2Seq ? new[] { "encoder", "decoder" } : new[] { "stack" };
        foreach (var stack in stacks)
        {
            for (var l = 0; l < config.Network.Layers; l++)
            {
                var input = l == 0 ? config.Network.Input : config.Network.Hidden;
                foreach (var (name, length) in new[]
                         {
                             ("weight_ih", g * config.Network.Hidden * input), ("weight_hh", g * config.Network.Hidden * config.Network.Hidden),
                             ("bias_ih", g * config.Network.Hidden), ("bias_hh", g * config.Network.Hidden),
                         })
                {
                    list.Add(new Tensor($"{stack}[{l}].{name}", offset, length));
                    offset += length;
                }
            }
        }
        list.AddRange(ReferenceHead.Tensors(offset, config.Network.Hidden, config.Network.HeadHidden, config.Network.Output, LearnsScale(config, options)));
        return list;
    }

    /// <summary>The loss (with the L2 term for seq2seq) and ∂loss/∂θ.</summary>
    /// <param name="config">The model.</param>
    /// <param name="theta">Its parameters.</param>
    /// <param name="batch">The data.</param>
    /// <param name="initialState">h_0 (and c_0) of every layer of a recurrent network, a constant (no gradient flows into it); null: zeros.</param>
    /// <param name="options">A seq2seq's options; null: <c>new Seq2SeqOptions { L2 = config.L2 }</c> (the benchmark's).</param>
    public static (double Loss, double[] Gradient) LossAndGradient(
        BenchmarkConfiguration config, double[] theta, SequenceBatch batch, RecurrentState? initialState = null, Seq2SeqOptions? options = null)
    {
        var n = config.Network;
        var gradient = new double[theta.Length];
        var xs = Sequence(batch.Inputs.ToTimeMajor(), n.Steps, n.Batch, n.Input);
        var offset = 0;
        var stack = Stack(config, theta, ref offset);
        var headOffset = config.Model == ModelKind.Seq2Seq ? offset + stack.Sum(l => l.Length) : offset;
        var head = new ReferenceHead(theta, headOffset, n.Hidden, n.HeadHidden, n.Output, LearnsScale(config, options));

        if (config.Model == ModelKind.RecurrentNetwork)
        {
            var outputs = Forward(stack, xs, States(initialState?.Hidden, n), States(initialState?.Cell, n));
            var last = n.Head == HeadPlacement.LastStep;
            var predictions = head.Forward(last ? outputs[^1] : Rows(outputs));
            var (loss, dPredictions) = Loss(n.Loss, predictions, batch.Targets.ToTimeMajor());
            var dHeadIn = head.Backward(dPredictions, gradient);
            var dOutputs = last
                ? outputs.Select((o, t) => t == outputs.Length - 1 ? dHeadIn : Matrix<double>.Build.Dense(o.RowCount, o.ColumnCount)).ToArray()
                : Split(dHeadIn, n.Steps);
            Backward(stack, dOutputs, null, null, gradient);
            return (loss, gradient);
        }

        options ??= new Seq2SeqOptions { L2 = config.L2 };
        var decoder = Stack(config, theta, ref offset);
        Forward(stack, xs, null, null);
        var fed = options.DecoderFeed == DecoderFeed.ShiftedTargets ? Sequence(batch.Targets.ToTimeMajor(), n.Steps, n.Batch, n.Output) : xs;
        var decoderInputs = fed.Select((x, t) => t == 0 ? Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount) : fed[t - 1]).ToArray();
        var decoded = Forward(decoder, decoderInputs, stack.Select(l => l.LastHidden).ToArray(), stack.Select(l => l.LastCell).ToArray());
        var forecast = head.Forward(Rows(decoded));
        var (dataLoss, dForecast) = Loss(n.Loss, forecast, batch.Targets.ToTimeMajor());
        var (dh0, dc0) = Backward(decoder, Split(head.Backward(dForecast, gradient), n.Steps), null, null, gradient);
        var zeros = xs.Select(_ => Matrix<double>.Build.Dense(n.Batch, n.Hidden)).ToArray();
        Backward(stack, zeros, dh0, dc0, gradient);

        double penalty = 0;
        foreach (var i in L2Entries(config, options))
        {
            penalty += 0.5 * options.L2 * theta[i] * theta[i];
            gradient[i] += options.L2 * theta[i];
        }
        return (dataLoss + penalty, gradient);
    }

    /// <summary>
    /// The entries of θ that a seq2seq's L2 term covers, found by the tensors' names: weight_ih and weight_hh of every layer,
    /// or every tensor but the output scale.
    /// </summary>
    public static IEnumerable<int> L2Entries(BenchmarkConfiguration config, Seq2SeqOptions options) =>
        Tensors(config, options)
            .Where(t => options.L2Scope == L2Scope.AllButOutputScale
                ? t.Name != "output_scale"
                : t.Name.EndsWith(".weight_ih", StringComparison.Ordinal) || t.Name.EndsWith(".weight_hh", StringComparison.Ordinal))
            .SelectMany(t => Enumerable.Range(t.Offset, t.Length));

    /// <summary>
    /// A seq2seq's free-running forecast [T·B × O] (time-major rows), one decoder step at a time: step t reads the
    /// prediction of step t − 1 (zeros at t = 0), each layer carrying its own h (and c) from step to step.
    /// </summary>
    public static double[] FreeRunning(BenchmarkConfiguration config, double[] theta, SequenceBatch batch, Seq2SeqOptions options)
    {
        var n = config.Network;
        var offset = 0;
        var encoder = Stack(config, theta, ref offset);
        var decoder = Stack(config, theta, ref offset);
        var head = new ReferenceHead(theta, offset, n.Hidden, n.HeadHidden, n.Output, options.LearnedOutputScale);
        Forward(encoder, Sequence(batch.Inputs.ToTimeMajor(), n.Steps, n.Batch, n.Input), null, null);
        var h = encoder.Select(l => l.LastHidden).ToArray();
        var c = encoder.Select(l => l.LastCell).ToArray();
        var input = Matrix<double>.Build.Dense(n.Batch, n.Input);
        var forecast = new List<double>();
        for (var t = 0; t < n.Steps; t++)
        {
            var x = input;
            for (var l = 0; l < decoder.Length; l++)
            {
                x = decoder[l].Forward([x], h[l], c[l])[0];
                (h[l], c[l]) = (decoder[l].LastHidden, decoder[l].LastCell);
            }
            input = head.Forward(x);
            for (var r = 0; r < n.Batch; r++)
                forecast.AddRange(input.Row(r));
        }
        return forecast.ToArray();
    }

    private static bool LearnsScale(BenchmarkConfiguration config, Seq2SeqOptions? options) =>
        config.Model == ModelKind.Seq2Seq && options is { LearnedOutputScale: true };

    /// <summary>Loss and ∂loss/∂p, each loss as <see cref="LossKind"/>'s docs define it.</summary>
    public static (double Loss, Matrix<double> Gradient) Loss(LossKind kind, Matrix<double> p, float[] targets)
    {
        var n = p.RowCount * p.ColumnCount;
        var dp = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
        double loss = 0;
        for (var r = 0; r < p.RowCount; r++)
        {
            if (kind == LossKind.SoftmaxCrossEntropy)
            {
                var row = p.Row(r);
                var max = row.Maximum();
                var sum = row.Sum(v => Math.Exp(v - max));
                var target = (int)targets[r];
                loss += (Math.Log(sum) + max - row[target]) / p.RowCount;
                for (var c = 0; c < p.ColumnCount; c++)
                    dp[r, c] = (Math.Exp(row[c] - max) / sum - (c == target ? 1 : 0)) / p.RowCount;
                continue;
            }
            for (var c = 0; c < p.ColumnCount; c++)
            {
                var e = p[r, c] - targets[r * p.ColumnCount + c];
                (loss, dp[r, c]) = kind switch
                {
                    LossKind.MeanSquaredError => (loss + e * e / n, 2 * e / n),
                    LossKind.MeanAbsoluteError => (loss + Math.Abs(e) / n, Math.Sign(e) / (double)n),
                    LossKind.RootMeanSquaredError => (loss + e * e / n, e / n), // finished below
                    _ => (loss + 0.5 * e * e, e),
                };
            }
        }
        if (kind != LossKind.RootMeanSquaredError)
            return (loss, dp);
        var rmse = Math.Sqrt(loss);
        return (rmse, rmse > 0 ? dp / rmse : dp * 0);
    }

    /// <summary>Host state rows [B × H] per layer as double matrices; null stays null.</summary>
    private static Matrix<double>[]? States(IReadOnlyList<float[]>? layers, NetworkShape shape) =>
        layers?.Select(h => Matrix<double>.Build.Dense(shape.Batch, shape.Hidden, (r, c) => h[r * shape.Hidden + c])).ToArray();

    private static ReferenceLayer[] Stack(BenchmarkConfiguration config, double[] theta, ref int offset)
    {
        var layers = new ReferenceLayer[config.Network.Layers];
        for (var l = 0; l < layers.Length; l++)
        {
            layers[l] = new ReferenceLayer(config.Network.Cell, l == 0 ? config.Network.Input : config.Network.Hidden, config.Network.Hidden, theta, offset);
            offset += layers[l].Length;
        }
        return layers;
    }

    private static Matrix<double>[] Forward(ReferenceLayer[] stack, Matrix<double>[] xs, Matrix<double>[]? h0, Matrix<double>?[]? c0)
    {
        for (var l = 0; l < stack.Length; l++)
            xs = stack[l].Forward(xs, h0?[l], c0?[l]);
        return xs;
    }

    private static (Matrix<double>[] DH0, Matrix<double>?[] DC0) Backward(
        ReferenceLayer[] stack, Matrix<double>[] dOutputs, Matrix<double>[]? dLastHidden, Matrix<double>?[]? dLastCell, double[] gradient)
    {
        var dh0 = new Matrix<double>[stack.Length];
        var dc0 = new Matrix<double>?[stack.Length];
        for (var l = stack.Length - 1; l >= 0; l--)
            (dOutputs, dh0[l], dc0[l]) = stack[l].Backward(dOutputs, dLastHidden?[l], dLastCell?[l], gradient);
        return (dh0, dc0);
    }

    /// <summary>Time-major floats [T × B × F] as T double matrices.</summary>
    public static Matrix<double>[] Sequence(float[] values, int steps, int batch, int features) =>
        Enumerable.Range(0, steps)
            .Select(t => Matrix<double>.Build.Dense(batch, features, (r, c) => values[(t * batch + r) * features + c]))
            .ToArray();

    private static Matrix<double> Rows(Matrix<double>[] steps) =>
        steps.Skip(1).Aggregate(steps[0], (all, step) => all.Stack(step));

    private static Matrix<double>[] Split(Matrix<double> rows, int steps)
    {
        var batch = rows.RowCount / steps;
        return Enumerable.Range(0, steps).Select(t => rows.SubMatrix(t * batch, batch, 0, rows.ColumnCount)).ToArray();
    }
}
