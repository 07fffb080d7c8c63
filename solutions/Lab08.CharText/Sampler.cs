using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab08;

/// <summary>Greedy and temperature sampling of the next character.</summary>
public static class Sampler
{
    /// <summary>The index of the largest logit, the first on a tie.</summary>
    public static int Greedy(Vector<double> logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.Count == 0 || logits.Any(double.IsNaN))
            throw new ArgumentException(logits.Count == 0 ? "There are no logits to choose from." : "The logits hold NaN.", nameof(logits));
        return logits.MaximumIndex();
    }

    /// <summary>softmax(logits / temperature).</summary>
    public static Vector<double> Probabilities(Vector<double> logits, double temperature)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (!(temperature > 0) || !double.IsFinite(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must be a positive finite number.");
        if (logits.Count == 0)
            throw new ArgumentException("There are no logits to choose from.", nameof(logits));
        Require.Finite(logits, nameof(logits));
        var scaled = logits / temperature;
        double max = scaled.Maximum();
        var e = scaled.Map(v => Math.Exp(v - max));
        return e / e.Sum();
    }

    /// <summary>An index drawn from <see cref="Probabilities"/> with one <c>random.NextDouble()</c>.</summary>
    public static int Sample(Vector<double> logits, double temperature, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var p = Probabilities(logits, temperature);
        double u = random.NextDouble(), cumulative = 0;
        for (int i = 0; i < p.Count; i++)
        {
            cumulative += p[i];
            if (cumulative > u)
                return i;
        }
        return p.Count - 1;
    }
}
