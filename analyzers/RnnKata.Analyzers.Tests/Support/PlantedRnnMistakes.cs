namespace RnnKata.Analyzers.Tests.Support;

/// <summary>
/// One classic RNN mistake per rule RK0004 to RK0007, RK0009 to RK0011, RK0013 and RK0014, in a file that compiles in any lab's
/// exercise or solution project (MathNet and the implicit usings). The comments mark the lines.
/// </summary>
internal static class PlantedRnnMistakes
{
    /// <summary>The file's text, in namespace <c>RnnKata.Planted</c>.</summary>
    public const string Source = """
        using MathNet.Numerics.LinearAlgebra;

        namespace RnnKata.Planted;

        // Planted to check that the kata's RNN rules fire: each method holds one classic mistake.
        internal static class PlantedRnnMistakes
        {
            internal static Matrix<double> Backward(IReadOnlyList<Matrix<double>> hs, IReadOnlyList<Matrix<double>> dOutputs, Matrix<double> w)
            {
                var dW = Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount);
                var dhNext = Matrix<double>.Build.Dense(hs[0].RowCount, w.RowCount);
                for (int t = 0; t < dOutputs.Count; t++)                                // RK0005: counts up
                {
                    var da = (dOutputs[t] + dhNext).PointwiseMultiply(1 - hs[t + 1].PointwisePower(2));
                    dW = da.TransposeThisAndMultiply(hs[t]);                            // RK0004: '=' for '+='
                    dhNext = da * w;
                }
                return dW;
            }

            internal static Matrix<double> TanhBackward(Matrix<double> a, Matrix<double> dh)
            {
                var h = a.PointwiseTanh();
                return dh.PointwiseMultiply(1 - a.PointwisePower(2));                   // RK0006: a, not h
            }

            internal static Vector<double> Softmax(Vector<double> z)
            {
                var e = z.PointwiseExp();                                               // RK0007: no max shift
                return e / e.Sum();
            }
        }

        internal sealed class PlantedAdam
        {
            private readonly double[] m = new double[1], v = new double[1];

            internal void Step(double[] p, double[] g)
            {
                for (int i = 0; i < p.Length; i++)
                {
                    m[i] = 0.9 * m[i] + 0.1 * g[i];
                    v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                    p[i] -= 1e-3 * m[i] / (Math.Sqrt(v[i]) + 1e-8);                     // RK0009: m, v uncorrected
                }
            }
        }

        internal sealed class PlantedAdamCounter
        {
            private int steps;

            internal double CorrectionBeforeCounting()
            {
                var correction = 1 - Math.Pow(0.9, steps);                              // RK0010: steps is 0 at first
                steps++;
                return correction;
            }
        }

        internal static class PlantedWindows
        {
            internal static (double[] Inputs, double[] Targets) Window(double[] series, int start, int length)
            {
                var inputs = new double[length];
                var targets = new double[length];
                for (int t = 0; t < length; t++)
                {
                    inputs[t] = series[start + t];
                    targets[t] = series[start + t];                                     // RK0011: not shifted
                }
                return (inputs, targets);
            }

            internal static double[] Padded(double[] series, int length) =>
                series.Concat(Enumerable.Repeat(series[^1], length)).ToArray();         // RK0013: made-up targets
        }

        internal static class PlantedManyToOne
        {
            internal static Vector<double> Output(IReadOnlyList<Vector<double>> hs, Matrix<double> why) =>
                why * hs[0];                                                            // RK0014: h_0, not h_T
        }

        internal static class PlantedSampling
        {
            internal static double[] Tempered(double[] probabilities, double temperature)
            {
                var tempered = new double[probabilities.Length];
                for (int i = 0; i < tempered.Length; i++)
                    tempered[i] = probabilities[i] / temperature;                        // RK0015: divide the logits
                return tempered;
            }
        }
        """;
}
