using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Engine.Tests.Support;

/// <summary>
/// The double-precision image of a configuration's model: loss and gradient of a flat θ laid out as the
/// issue says (layer after layer: weight_ih, weight_hh, bias_ih, bias_hh; then the head's W, b), with the
/// layers of <see cref="ReferenceLayer"/>, Lab 3's <see cref="Lab03.Linear"/> head and the losses written out here.
/// The offsets are computed here, independently of <see cref="ParameterLayout"/>.
/// </summary>
public static class ReferenceModel
{
    /// <summary>A named range of θ, for messages.</summary>
    public sealed record Tensor(string Name, int Offset, int Length);

    /// <summary>The tensors of <paramref name="config"/>'s model in θ's order.</summary>
    public static IReadOnlyList<Tensor> Tensors(BenchmarkConfiguration config)
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
        list.Add(new Tensor("head.weight", offset, config.Network.Output * config.Network.Hidden));
        list.Add(new Tensor("head.bias", offset + config.Network.Output * config.Network.Hidden, config.Network.Output));
        return list;
    }

    /// <summary>The loss (with the L2 term for seq2seq) and ∂loss/∂θ.</summary>
    /// <param name="config">The model.</param>
    /// <param name="theta">Its parameters.</param>
    /// <param name="batch">The data.</param>
    /// <param name="initialState">h_0 (and c_0) of every layer of a recurrent network, a constant (no gradient flows into it); null: zeros.</param>
    public static (double Loss, double[] Gradient) LossAndGradient(
        BenchmarkConfiguration config, double[] theta, SequenceBatch batch, RecurrentState? initialState = null)
    {
        var gradient = new double[theta.Length];
        var xs = Sequence(batch.Inputs.ToTimeMajor(), config.Network.Steps, config.Network.Batch, config.Network.Input);
        var offset = 0;
        var stack = Stack(config, theta, ref offset);
        var headOffset = config.Model == ModelKind.Seq2Seq ? offset + stack.Sum(l => l.Length) : offset;
        var weight = Matrix<double>.Build.Dense(config.Network.Output, config.Network.Hidden, (r, c) => theta[headOffset + r * config.Network.Hidden + c]);
        var bias = Vector<double>.Build.Dense(config.Network.Output, i => theta[headOffset + config.Network.Output * config.Network.Hidden + i]);

        if (config.Model == ModelKind.RecurrentNetwork)
        {
            var outputs = Forward(stack, xs, States(initialState?.Hidden, config.Network), States(initialState?.Cell, config.Network));
            var last = config.Network.Head == HeadPlacement.LastStep;
            var headIn = last ? outputs[^1] : Rows(outputs);
            var predictions = Lab03.Linear.Forward(headIn, weight, bias);
            var (loss, dPredictions) = Loss(config.Network.Loss, predictions, batch.Targets.ToTimeMajor());
            var head = Lab03.Linear.Backward(dPredictions, headIn, weight);
            AddHead(gradient, headOffset, head.DWeight, head.DBias);
            var dOutputs = last
                ? outputs.Select((o, t) => t == outputs.Length - 1 ? head.DX : Matrix<double>.Build.Dense(o.RowCount, o.ColumnCount)).ToArray()
                : Split(head.DX, config.Network.Steps);
            Backward(stack, dOutputs, null, null, gradient);
            return (loss, gradient);
        }

        var decoder = Stack(config, theta, ref offset);
        Forward(stack, xs, null, null);
        var decoderInputs = xs.Select((x, t) => t == 0 ? Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount) : xs[t - 1]).ToArray();
        var decoded = Forward(decoder, decoderInputs, stack.Select(l => l.LastHidden).ToArray(), stack.Select(l => l.LastCell).ToArray());
        var rows = Rows(decoded);
        var forecast = Lab03.Linear.Forward(rows, weight, bias);
        var (dataLoss, dForecast) = Loss(config.Network.Loss, forecast, batch.Targets.ToTimeMajor());
        var headGradients = Lab03.Linear.Backward(dForecast, rows, weight);
        AddHead(gradient, headOffset, headGradients.DWeight, headGradients.DBias);
        var (dh0, dc0) = Backward(decoder, Split(headGradients.DX, config.Network.Steps), null, null, gradient);
        var zeros = xs.Select(_ => Matrix<double>.Build.Dense(config.Network.Batch, config.Network.Hidden)).ToArray();
        Backward(stack, zeros, dh0, dc0, gradient);

        double penalty = 0;
        foreach (var layer in stack.Concat(decoder))
        {
            for (var i = layer.Offset; i < layer.Offset + layer.WeightLength; i++)
            {
                penalty += 0.5 * config.L2 * theta[i] * theta[i];
                gradient[i] += config.L2 * theta[i];
            }
        }
        return (dataLoss + penalty, gradient);
    }

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

    private static void AddHead(double[] gradient, int offset, Matrix<double> dWeight, Vector<double> dBias)
    {
        foreach (var value in ReferenceLayer.Flat(dWeight).Concat(dBias))
            gradient[offset++] += value;
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
