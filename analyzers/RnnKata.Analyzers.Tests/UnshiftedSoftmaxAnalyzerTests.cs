using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0007: softmax and log-sum-exp subtract the maximum before exponentiating, or large logits
/// overflow to infinity and the probabilities become NaN. The rule stays quiet whenever the code
/// may have shifted: a false alarm on a correct softmax is worse than a missed one.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class UnshiftedSoftmaxAnalyzerTests
{
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string members) =>
        AnalyzerHarness.DiagnoseAsync(new UnshiftedSoftmaxAnalyzer(), $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public static class Output
            {
                {{members}}
            }
            """, typeof(Matrix<double>));

    [TestCase("""
        public static Vector<double> Softmax(Vector<double> z)
        {
            var e = z.PointwiseExp();
            return e / e.Sum();
        }
        """, "z.PointwiseExp()")]
    [TestCase("""
        public static Matrix<double> Softmax(Matrix<double> logits)
        {
            var e = logits.PointwiseExp();
            var sums = e.RowSums();
            return Matrix<double>.Build.Dense(e.RowCount, e.ColumnCount, (i, j) => e[i, j] / sums[i]);
        }
        """, "logits.PointwiseExp()")]
    [TestCase("""
        public static double[] Softmax(double[] z)
        {
            var e = new double[z.Length];
            double sum = 0;
            for (int j = 0; j < z.Length; j++)
            {
                e[j] = Math.Exp(z[j]);
                sum += e[j];
            }
            var p = new double[z.Length];
            for (int j = 0; j < z.Length; j++)
                p[j] = e[j] / sum;
            return p;
        }
        """, "Math.Exp(z[j])")]
    [TestCase("""
        public static double[] Softmax(double[] z)
        {
            var exps = z.Select(Math.Exp).ToArray();
            var total = exps.Sum();
            return exps.Select(v => v / total).ToArray();
        }
        """, "z.Select(Math.Exp)")]
    [TestCase("""
        public static Vector<double> Softmax(Vector<double> z)
        {
            var e = z.Map(Math.Exp);
            return e.Divide(e.Sum());
        }
        """, "z.Map(Math.Exp)")]
    [TestCase("""
        public static Matrix<double> Probabilities(Matrix<double> scores) => scores.PointwiseExp().NormalizeRows(1.0);
        """, "scores.PointwiseExp()")]
    [TestCase("""
        public static void SoftmaxInPlace(double[] z)
        {
            double sum = 0;
            for (int j = 0; j < z.Length; j++) { z[j] = Math.Exp(z[j]); sum += z[j]; }
            for (int j = 0; j < z.Length; j++) z[j] /= sum;
        }
        """, "Math.Exp(z[j])")]
    [TestCase("""
        public static Func<Vector<double>, Vector<double>> Softmax { get; } =
            v => v.PointwiseExp() / v.PointwiseExp().Sum();
        """, "v.PointwiseExp()")]
    public async Task A_softmax_that_does_not_subtract_the_maximum_is_a_warning_on_the_exponential(string members, string flagged)
    {
        var diagnostics = await Diagnose(members);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0007");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
    }

    [Test]
    public async Task The_message_names_what_is_exponentiated_and_gives_the_shift()
    {
        var diagnostics = await Diagnose("""
            public static Vector<double> Softmax(Vector<double> z) => z.Map(v => Math.Exp(v)) / z.Map(v => Math.Exp(v)).Sum();
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'z' is exponentiated and divided by the sum of the exponentials (softmax) without subtracting the maximum "
            + "first: exp(710) is already infinite in double precision, and infinity / infinity is NaN. Subtract the "
            + "maximum m before exponentiating: softmax(z) = softmax(z - m), log(sum(exp(z))) = m + log(sum(exp(z - m))).");
    }

    [TestCase("""
        public static double LogSumExp(double[] z) => Math.Log(z.Sum(v => Math.Exp(v)));
        """, "Math.Exp(v)")]
    [TestCase("""
        public static double Loss(Vector<double> logits, int target)
        {
            var sum = logits.PointwiseExp().Sum();
            return Math.Log(sum) - logits[target];
        }
        """, "logits.PointwiseExp()")]
    public async Task A_log_sum_exp_without_the_shift_is_reported_as_such(string members, string flagged)
    {
        var diagnostics = await Diagnose(members);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be(flagged);
        diagnostics[0].GetMessage().Should().Contain("summed inside a logarithm (log-sum-exp)");
    }

    [TestCase("""
        public static Vector<double> Softmax(Vector<double> z)
        {
            var e = (z - z.Maximum()).PointwiseExp();
            return e / e.Sum();
        }
        """)]
    [TestCase("""
        public static Matrix<double> Softmax(Matrix<double> logits)
        {
            var shifted = logits.Clone();
            for (int i = 0; i < logits.RowCount; i++)
            {
                var m = logits.Row(i).Maximum();
                for (int j = 0; j < logits.ColumnCount; j++) shifted[i, j] -= m;
            }
            var e = shifted.PointwiseExp();
            var sums = e.RowSums();
            return Matrix<double>.Build.Dense(e.RowCount, e.ColumnCount, (i, j) => e[i, j] / sums[i]);
        }
        """)]
    [TestCase("""
        public static double[] Softmax(double[] z)
        {
            double best = z[0];
            foreach (var v in z) if (v > best) best = v;
            var e = z.Select(v => Math.Exp(v - best)).ToArray();
            var s = e.Sum();
            return e.Select(v => v / s).ToArray();
        }
        """)]
    [TestCase("""
        public static double LogSumExp(double[] z)
        {
            double m = z.Max();
            return m + Math.Log(z.Sum(v => Math.Exp(v - m)));
        }
        """)]
    [TestCase("""
        public static Vector<double> Softmax(Vector<double> z)
        {
            var e = Centre(z).PointwiseExp();   // a helper of the project's own may have shifted
            return e / e.Sum();
        }
        private static Vector<double> Centre(Vector<double> z) => z - z.Maximum();
        """)]
    public async Task A_softmax_that_subtracts_the_maximum_is_not_reported(string members)
    {
        var diagnostics = await Diagnose(members);

        diagnostics.Should().BeEmpty();
    }

    [TestCase("""
        public static Matrix<double> Sigmoid(Matrix<double> a) => a.Map(v => 1.0 / (1.0 + Math.Exp(-v)));
        """)]
    [TestCase("""
        public static double Sigmoid(double x)
        {
            var denominator = 1 + Math.Exp(-x);
            return 1 / denominator;
        }
        """)]
    [TestCase("""
        public static double Tanh(double a) => (Math.Exp(a) - Math.Exp(-a)) / (Math.Exp(a) + Math.Exp(-a));
        """)]
    [TestCase("""
        public static double Softplus(double x) => Math.Log(1 + Math.Exp(x));
        """)]
    [TestCase("""
        public static double Partition(Vector<double> z) => z.PointwiseExp().Sum();
        """)]
    [TestCase("""
        public static double MeanExp(double[] z, double[] w)
        {
            var e = z.Select(Math.Exp).ToArray();
            return e.Sum() / z.Length + w.Sum() / w.Length;
        }
        """)]
    [TestCase("""
        public static double CrossEntropy(Matrix<double> probabilities, int[] targets)
        {
            double loss = 0;
            for (int i = 0; i < targets.Length; i++) loss -= Math.Log(probabilities[i, targets[i]]);
            return loss / targets.Length;
        }
        """)]
    [TestCase("""
        public static Matrix<double> GruGates(Matrix<double> a)
        {
            var r = a.Map(v => 1 / (1 + Math.Exp(-v)));
            var n = a.PointwiseTanh();
            return r.PointwiseMultiply(n) / a.ColumnSums().Sum();
        }
        """)]
    public async Task Other_uses_of_exp_are_not_reported(string members)
    {
        var diagnostics = await Diagnose(members);

        diagnostics.Should().BeEmpty();
    }
}
