using MathNet.Numerics.LinearAlgebra;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// Whole, correct implementations written the ways students write them (arrays and index loops as
/// in Karpathy's min-char-rnn, MathNet with batch rows, a gradient checker, an optimiser), run
/// through all four RNN rules at once: none may fire. The reference solutions are one style; these
/// are the others.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class CorrectRnnCodeTests
{
    private const string MinCharRnn = """
        namespace Student;

        public sealed class MinCharRnn
        {
            private readonly double[,] _wxh, _whh, _why;
            private readonly double[] _bh, _by;

            public MinCharRnn(double[,] wxh, double[,] whh, double[,] why, double[] bh, double[] by) =>
                (_wxh, _whh, _why, _bh, _by) = (wxh, whh, why, bh, by);

            // Forward and backward over one sequence of one-hot inputs, as in min-char-rnn.
            public double LossAndGradients(int[] inputs, int[] targets, double[] hprev,
                double[,] dWxh, double[,] dWhh, double[,] dWhy, double[] dbh, double[] dby)
            {
                int T = inputs.Length, H = _bh.Length, V = _by.Length;
                var hs = new double[T + 1][];
                var ps = new double[T][];
                hs[0] = (double[])hprev.Clone();
                double loss = 0;
                for (int t = 0; t < T; t++)
                {
                    hs[t + 1] = new double[H];
                    for (int i = 0; i < H; i++)
                    {
                        double a = _wxh[i, inputs[t]] + _bh[i];
                        for (int j = 0; j < H; j++) a += _whh[i, j] * hs[t][j];
                        hs[t + 1][i] = Math.Tanh(a);
                    }
                    var y = new double[V];
                    double max = double.NegativeInfinity;
                    for (int k = 0; k < V; k++)
                    {
                        y[k] = _by[k];
                        for (int j = 0; j < H; j++) y[k] += _why[k, j] * hs[t + 1][j];
                        if (y[k] > max) max = y[k];
                    }
                    ps[t] = new double[V];
                    double sum = 0;
                    for (int k = 0; k < V; k++) { ps[t][k] = Math.Exp(y[k] - max); sum += ps[t][k]; }
                    for (int k = 0; k < V; k++) ps[t][k] /= sum;
                    loss -= Math.Log(ps[t][targets[t]]);
                }

                var dhnext = new double[H];
                for (int t = T - 1; t >= 0; t--)
                {
                    var dy = (double[])ps[t].Clone();
                    dy[targets[t]] -= 1;
                    var dh = new double[H];
                    for (int k = 0; k < V; k++)
                    {
                        dby[k] += dy[k];
                        for (int j = 0; j < H; j++) { dWhy[k, j] += dy[k] * hs[t + 1][j]; dh[j] += _why[k, j] * dy[k]; }
                    }
                    var dhraw = new double[H];
                    for (int i = 0; i < H; i++)
                    {
                        dh[i] += dhnext[i];
                        dhraw[i] = (1 - hs[t + 1][i] * hs[t + 1][i]) * dh[i];
                        dbh[i] += dhraw[i];
                        dWxh[i, inputs[t]] += dhraw[i];
                        for (int j = 0; j < H; j++) dWhh[i, j] += dhraw[i] * hs[t][j];
                    }
                    for (int j = 0; j < H; j++)
                    {
                        dhnext[j] = 0;
                        for (int i = 0; i < H; i++) dhnext[j] += _whh[i, j] * dhraw[i];
                    }
                }
                return loss;
            }
        }
        """;

    private const string BatchRowsWithCache = """
        using MathNet.Numerics.LinearAlgebra;

        namespace Student;

        public sealed record Cache(Matrix<double>[] X, Matrix<double>[] A, Matrix<double>[] H);

        public sealed record Grads(Matrix<double> DU, Matrix<double> DW, Vector<double> DB, Matrix<double> DH0);

        public static class Elman
        {
            public static Cache Forward(Matrix<double>[] xs, Matrix<double> h0, Matrix<double> u, Matrix<double> w, Vector<double> b)
            {
                int T = xs.Length;
                var a = new Matrix<double>[T];
                var h = new Matrix<double>[T + 1];
                h[0] = h0;
                for (int t = 0; t < T; t++)
                {
                    a[t] = xs[t].TransposeAndMultiply(u) + h[t].TransposeAndMultiply(w);
                    a[t] = a[t].MapIndexed((_, j, v) => v + b[j]);
                    h[t + 1] = a[t].PointwiseTanh();
                }
                return new Cache(xs, a, h);
            }

            public static Grads Backward(Cache cache, Matrix<double>[] dH, Matrix<double> u, Matrix<double> w)
            {
                int T = cache.X.Length;
                Matrix<double> dU = Matrix<double>.Build.Dense(u.RowCount, u.ColumnCount), dW = Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount);
                Vector<double> dB = Vector<double>.Build.Dense(w.RowCount);
                Matrix<double> dh, da;
                var dhNext = Matrix<double>.Build.Dense(cache.H[0].RowCount, w.RowCount);
                for (int t = T - 1; t >= 0; t--)
                {
                    dh = dH[t] + dhNext;
                    da = dh.PointwiseMultiply(1 - cache.H[t + 1].PointwisePower(2));
                    dU = dU + da.TransposeThisAndMultiply(cache.X[t]);
                    dW += da.TransposeThisAndMultiply(cache.H[t]);
                    dB += da.ColumnSums();
                    dhNext = da * w;
                }
                return new Grads(dU, dW, dB, dhNext);
            }

            public static Matrix<double> Softmax(Matrix<double> logits)
            {
                var shifted = logits.Clone();
                for (int r = 0; r < logits.RowCount; r++)
                    shifted.SetRow(r, logits.Row(r) - logits.Row(r).Maximum());
                var e = shifted.PointwiseExp();
                return e.NormalizeRows(1.0);
            }

            public static Matrix<double> NumericalGradient(Func<double> loss, Matrix<double> p, double eps = 1e-5)
            {
                var grad = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
                for (int i = 0; i < p.RowCount; i++)
                    for (int j = 0; j < p.ColumnCount; j++)
                    {
                        var old = p[i, j];
                        p[i, j] = old + eps;
                        var up = loss();
                        p[i, j] = old - eps;
                        var down = loss();
                        p[i, j] = old;
                        grad[i, j] = (up - down) / (2 * eps);
                    }
                return grad;
            }

            public static void AdamStep(Matrix<double> p, Matrix<double> grad, Matrix<double> m, Matrix<double> v, int step, double lr)
            {
                for (int i = 0; i < p.RowCount; i++)
                    for (int j = 0; j < p.ColumnCount; j++)
                    {
                        m[i, j] = 0.9 * m[i, j] + 0.1 * grad[i, j];
                        v[i, j] = 0.999 * v[i, j] + 0.001 * grad[i, j] * grad[i, j];
                        var mHat = m[i, j] / (1 - Math.Pow(0.9, step));
                        var vHat = v[i, j] / (1 - Math.Pow(0.999, step));
                        p[i, j] -= lr * mHat / (Math.Sqrt(vHat) + 1e-8);
                    }
            }
        }
        """;

    // Lab 4 written another way than the reference solution: MathNet vectors for Adam, index loops
    // and lists for the windows, a training loop that counts its own steps.
    private const string TimeSeries = """
        using MathNet.Numerics.LinearAlgebra;

        namespace Student;

        public sealed class VectorAdam(double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8)
        {
            private Vector<double>? m, v;
            private int t;

            public void Step(Vector<double> p, Vector<double> g)
            {
                m ??= Vector<double>.Build.Dense(p.Count);
                v ??= Vector<double>.Build.Dense(p.Count);
                t += 1;
                m = beta1 * m + (1 - beta1) * g;
                v = beta2 * v + (1 - beta2) * g.PointwisePower(2);
                var mHat = m / (1 - Math.Pow(beta1, t));
                var vHat = v / (1 - Math.Pow(beta2, t));
                p.Subtract(lr * mHat.PointwiseDivide(vHat.PointwiseSqrt() + eps), p);
            }
        }

        public static class StudentWindows
        {
            public static (Matrix<double> Inputs, Matrix<double> Targets) Shifted(double[] series, int[] starts, int n)
            {
                var inputs = Matrix<double>.Build.Dense(starts.Length, n);
                var targets = Matrix<double>.Build.Dense(starts.Length, n);
                for (int b = 0; b < starts.Length; b++)
                    for (int k = 0; k < n; k++)
                    {
                        inputs[b, k] = series[starts[b] + k];
                        targets[b, k] = series[starts[b] + k + 1];
                    }
                return (inputs, targets);
            }

            public static (List<double[]> Xs, List<double> Ys) Sliding(double[] series, int n)
            {
                var xs = new List<double[]>();
                var ys = new List<double>();
                for (int i = 0; i + n < series.Length; i++)
                {
                    xs.Add(series.Skip(i).Take(n).ToArray());
                    ys.Add(series[i + n]);
                }
                return (xs, ys);
            }
        }

        public static class StudentTraining
        {
            public static double[] Fit(double[] p, Func<double[], double[]> gradient, int iterations)
            {
                var (m, v) = (new double[p.Length], new double[p.Length]);
                int step = 0;
                for (int it = 0; it < iterations; it++)
                {
                    var g = gradient(p);
                    step++;
                    double c1 = 1 - Math.Pow(0.9, step), c2 = 1 - Math.Pow(0.999, step);
                    for (int i = 0; i < p.Length; i++)
                    {
                        m[i] = 0.9 * m[i] + 0.1 * g[i];
                        v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                        p[i] -= 1e-3 * (m[i] / c1) / (Math.Sqrt(v[i] / c2) + 1e-8);
                    }
                }
                return p;
            }
        }
        """;

    [TestCase(TimeSeries, TestName = "Lab_4_code_with_vector_Adam_index_loop_windows_and_a_counting_training_loop_raises_no_RNN_warning")]
    [TestCase(MinCharRnn, TestName = "Min_char_rnn_with_arrays_and_index_loops_raises_no_RNN_warning")]
    [TestCase(BatchRowsWithCache, TestName = "MathNet_code_with_a_cache_a_gradient_checker_and_Adam_raises_no_RNN_warning")]
    public async Task Correct_code_raises_no_RNN_warning(string source)
    {
        var diagnostics = await AnalyzerHarness.DiagnoseProjectAsync(RnnRules.Analyzers(), [("Student.cs", source)], typeof(Matrix<double>));

        diagnostics.Select(d => d.ToString()).Should().BeEmpty();
    }
}
