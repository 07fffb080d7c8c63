namespace RnnKata.Engine.Conformance.Tests.Support;

/// <summary>PyTorch's update rules, written out in double precision, one parameter at a time.</summary>
public static class OptimizerReference
{
    /// <summary>Runs <paramref name="gradients"/>.Length steps from <paramref name="start"/> and returns the parameters after each.</summary>
    public static double[][] Run(OptimizerSettings s, float[] start, IReadOnlyList<float[]> gradients)
    {
        var n = start.Length;
        var p = start.Select(v => (double)v).ToArray();
        var first = new double[n];  // m (Adam), s (RMSProp, Adagrad), buf (SGD)
        var second = new double[n]; // v (Adam), buf (RMSProp)
        var history = new List<double[]>();
        for (var step = 1; step <= gradients.Count; step++)
        {
            for (var i = 0; i < n; i++)
            {
                double g = gradients[step - 1][i];
                switch (s.Kind)
                {
                    case OptimizerKind.Sgd:
                        if (s.Momentum > 0)
                        {
                            first[i] = step == 1 ? g : s.Momentum * first[i] + g;
                            p[i] -= s.LearningRate * first[i];
                        }
                        else
                            p[i] -= s.LearningRate * g;
                        break;
                    case OptimizerKind.Adam:
                        first[i] = s.Beta1 * first[i] + (1 - s.Beta1) * g;
                        second[i] = s.Beta2 * second[i] + (1 - s.Beta2) * g * g;
                        var mHat = first[i] / (1 - Math.Pow(s.Beta1, step));
                        var vHat = second[i] / (1 - Math.Pow(s.Beta2, step));
                        p[i] -= s.LearningRate * mHat / (Math.Sqrt(vHat) + s.Epsilon);
                        break;
                    case OptimizerKind.RmsProp:
                        first[i] = s.Decay * first[i] + (1 - s.Decay) * g * g;
                        var average = Math.Sqrt(first[i]) + s.Epsilon;
                        if (s.Momentum > 0)
                        {
                            second[i] = s.Momentum * second[i] + g / average;
                            p[i] -= s.LearningRate * second[i];
                        }
                        else
                            p[i] -= s.LearningRate * g / average;
                        break;
                    case OptimizerKind.Adagrad:
                        first[i] += g * g;
                        p[i] -= s.LearningRate * g / (Math.Sqrt(first[i]) + s.Epsilon);
                        break;
                }
            }
            history.Add((double[])p.Clone());
        }
        return [.. history];
    }
}
