using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab07;

/// <summary>The lecture's many-to-one Elman network: tanh recurrence over the words, one output from h_T, softmax.</summary>
public sealed class SentimentRnn
{
    /// <summary>A network holding (not copying) the given parameters.</summary>
    public SentimentRnn(Matrix<double> weightXh, Matrix<double> weightHh, Matrix<double> weightHy, Vector<double> biasH, Vector<double> biasY)
    {
        Require.Finite(weightXh, nameof(weightXh));
        Require.Shape(weightHh, weightXh.RowCount, weightXh.RowCount, nameof(weightHh));
        Require.Finite(weightHh, nameof(weightHh));
        Require.Finite(weightHy, nameof(weightHy));
        Require.Shape(weightHy, weightHy.RowCount, weightXh.RowCount, nameof(weightHy));
        Require.Length(biasH, weightXh.RowCount, nameof(biasH));
        Require.Finite(biasH, nameof(biasH));
        Require.Length(biasY, weightHy.RowCount, nameof(biasY));
        Require.Finite(biasY, nameof(biasY));
        (WeightXh, WeightHh, WeightHy, BiasH, BiasY) = (weightXh, weightHh, weightHy, biasH, biasY);
    }

    /// <summary>W_xh, H × V.</summary>
    public Matrix<double> WeightXh { get; }

    /// <summary>W_hh, H × H.</summary>
    public Matrix<double> WeightHh { get; }

    /// <summary>W_hy, C × H.</summary>
    public Matrix<double> WeightHy { get; }

    /// <summary>b_h, H.</summary>
    public Vector<double> BiasH { get; }

    /// <summary>b_y, C.</summary>
    public Vector<double> BiasY { get; }

    /// <summary>V, the length of an input vector.</summary>
    public int InputSize => WeightXh.ColumnCount;

    /// <summary>H, hidden units.</summary>
    public int HiddenSize => WeightXh.RowCount;

    /// <summary>The forward pass: h_0 = 0, h_t = tanh(W_xh·x_t + W_hh·h_(t−1) + b_h), y = W_hy·h_T + b_y, p = softmax(y).</summary>
    public ForwardRun Forward(IReadOnlyList<Vector<double>> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
            throw new ArgumentException("A phrase needs at least one word: there is no input.", nameof(inputs));
        var hidden = new List<Vector<double>>(inputs.Count + 1) { Vector<double>.Build.Dense(HiddenSize) };
        for (int t = 0; t < inputs.Count; t++)
        {
            var x = inputs[t] ?? throw new ArgumentNullException(nameof(inputs), $"Input {t} is null.");
            if (x.Count != InputSize || !x.All(double.IsFinite))
                throw new ArgumentException($"Input {t} must be {InputSize} finite numbers but is {x.Count} long{(x.All(double.IsFinite) ? "" : " and holds NaN or infinity")}.", nameof(inputs));
            hidden.Add((WeightXh * x + WeightHh * hidden[t] + BiasH).PointwiseTanh());
        }
        var logits = WeightHy * hidden[^1] + BiasY;
        return new ForwardRun(inputs.ToArray(), hidden, logits, Softmax.Of(logits));
    }

    /// <summary>∂(−ln p_c)/∂θ by BPTT from the last step.</summary>
    public RnnGradients Backward(ForwardRun run, int target)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Hidden.Count != run.Steps + 1 || run.Steps == 0 || run.Hidden.Any(h => h.Count != HiddenSize)
            || run.Inputs.Any(x => x.Count != InputSize) || run.Probabilities.Count != WeightHy.RowCount)
            throw new ArgumentException($"The run is not a forward pass of this network (V {InputSize}, H {HiddenSize}, C {WeightHy.RowCount}).", nameof(run));
        if (target < 0 || target >= WeightHy.RowCount)
            throw new ArgumentOutOfRangeException(nameof(target), target, $"The class must lie in 0 … {WeightHy.RowCount - 1}.");
        var dy = run.Probabilities.Clone();
        dy[target] -= 1;
        var dWhy = dy.OuterProduct(run.Hidden[^1]);
        var dWxh = Matrix<double>.Build.Dense(HiddenSize, InputSize);
        var dWhh = Matrix<double>.Build.Dense(HiddenSize, HiddenSize);
        var dbh = Vector<double>.Build.Dense(HiddenSize);
        var dh = WeightHy.TransposeThisAndMultiply(dy);
        for (int t = run.Steps; t >= 1; t--)
        {
            var g = (1 - run.Hidden[t].PointwisePower(2)).PointwiseMultiply(dh);
            dbh += g;
            dWhh += g.OuterProduct(run.Hidden[t - 1]);
            dWxh += g.OuterProduct(run.Inputs[t - 1]);
            dh = WeightHh.TransposeThisAndMultiply(g);
        }
        return new RnnGradients(dWxh, dWhh, dWhy, dbh, dy);
    }
}
