using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0010: Adam counts t = 1, 2, …; a bias correction 1 − βᵗ computed while the counter is still 0
/// is 1 − β⁰ = 0, and the step divides by it.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class BiasCorrectionAtStepZeroAnalyzerTests
{
    // An optimizer class with a step counter; members are the test's.
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string members) =>
        AnalyzerHarness.DiagnoseAsync(new BiasCorrectionAtStepZeroAnalyzer(), $$"""
            using System;
            namespace Lab;
            public sealed class Adam
            {
                private readonly double lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
                private readonly double[] m = new double[3], v = new double[3];
                {{members}}

                private void Update(double[] p, double[] g, double c1, double c2)
                {
                    for (int i = 0; i < p.Length; i++)
                    {
                        m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                        v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                        p[i] -= lr * (m[i] / c1) / (Math.Sqrt(v[i] / c2) + eps);
                    }
                }
            }
            """);

    [TestCase("""
        public int Steps { get; private set; }
        public void Step(double[] p, double[] g)
        {
            double c1 = 1 - Math.Pow(beta1, Steps), c2 = 1 - Math.Pow(beta2, Steps);
            Update(p, g, c1, c2);
            Steps++;
        }
        """, "Math.Pow(beta1, Steps)", "Steps")]
    [TestCase("""
        private int t = 0;
        public void Step(double[] p, double[] g)
        {
            Update(p, g, 1.0 - Math.Pow(beta1, this.t), 1.0 - Math.Pow(beta2, this.t));
            t += 1;
        }
        """, "Math.Pow(beta1, this.t)", "t")]
    [TestCase("""
        private long t;
        public void Reset() => t = 0;
        public void Step(double[] p, double[] g)
        {
            var c1 = (float)(1 - Math.Pow(beta1, t));
            Update(p, g, c1, 1);
            ++t;
        }
        """, "Math.Pow(beta1, t)", "t")]
    [TestCase("""
        public void Train(double[] p, Func<double[], double[]> gradient, int iterations)
        {
            for (int t = 0; t < iterations; t++)
                Update(p, gradient(p), 1 - Math.Pow(beta1, t), 1);
        }
        """, "Math.Pow(beta1, t)", "t")]
    [TestCase("""
        public void Train(double[] p, Func<double[], double[]> gradient, int iterations)
        {
            int step = 0;
            while (step < iterations)
            {
                Update(p, gradient(p), 1 - Math.Pow(beta1, step), 1);
                step++;
            }
        }
        """, "Math.Pow(beta1, step)", "step")]
    public async Task A_correction_before_the_counter_is_counted_is_a_warning_on_the_power(string members, string flagged, string counter)
    {
        var diagnostics = await Diagnose(members);

        diagnostics.Should().NotBeEmpty();
        diagnostics.Should().OnlyContain(d => d.Id == "RK0010" && d.Severity == DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
        diagnostics[0].GetMessage().Should().Contain($"the step counter '{counter}'");
    }

    [Test]
    public async Task The_message_names_the_counter_and_the_division_by_zero()
    {
        var diagnostics = await Diagnose("""
            public int Steps { get; private set; }
            public void Step(double[] p, double[] g)
            {
                Update(p, g, 1 - Math.Pow(beta1, Steps), 1);
                Steps++;
            }
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'Math.Pow(beta1, Steps)' uses the step counter 'Steps' before it is counted up, so on the first step Steps = 0 "
            + "and 1 - beta^0 = 0: the bias correction divides by zero and the parameters become infinite or NaN. "
            + "Adam counts t = 1, 2, ...: increment 'Steps' before the correction uses it.");
    }

    [TestCase("""
        public int Steps { get; private set; }
        public void Step(double[] p, double[] g)
        {
            Steps++;
            Update(p, g, 1 - Math.Pow(beta1, Steps), 1 - Math.Pow(beta2, Steps));
        }
        """, TestName = "Counting_first_is_not_reported")]
    [TestCase("""
        public int Steps { get; private set; }
        public void Step(double[] p, double[] g)
        {
            Update(p, g, 1 - Math.Pow(beta1, Steps + 1), 1 - Math.Pow(beta2, Steps + 1));
            Steps++;
        }
        """, TestName = "An_exponent_of_the_counter_plus_one_is_not_reported")]
    [TestCase("""
        private int t = 1;
        public void Step(double[] p, double[] g)
        {
            Update(p, g, 1 - Math.Pow(beta1, t), 1 - Math.Pow(beta2, t));
            t++;
        }
        """, TestName = "A_counter_that_starts_at_one_is_not_reported")]
    [TestCase("""
        private int t;
        public Adam(int resumeAt) => t = resumeAt;
        public void Step(double[] p, double[] g)
        {
            Update(p, g, 1 - Math.Pow(beta1, t), 1 - Math.Pow(beta2, t));
            t++;
        }
        """, TestName = "A_counter_set_elsewhere_to_another_value_is_not_reported")]
    [TestCase("""
        private int t;
        public void Tick() => t++;
        public void Step(double[] p, double[] g)
        {
            Update(p, g, 1 - Math.Pow(beta1, t), 1 - Math.Pow(beta2, t));
            t++;
        }
        """, TestName = "A_counter_also_counted_in_another_member_is_not_reported")]
    [TestCase("""
        private int t;
        public void Step(double[] p, double[] g)
        {
            if (t == 0) { t = 0; }
            Update(p, g, t > 0 ? 1 - Math.Pow(beta1, t) : 1, 1);
            t++;
        }
        """, TestName = "A_correction_guarded_by_a_test_of_the_counter_is_not_reported")]
    [TestCase("""
        public void Train(double[] p, Func<double[], double[]> gradient, int iterations)
        {
            for (int t = 1; t <= iterations; t++)
                Update(p, gradient(p), 1 - Math.Pow(beta1, t), 1 - Math.Pow(beta2, t));
        }
        """, TestName = "A_loop_from_one_is_not_reported")]
    [TestCase("""
        public void Train(double[] p, Func<double[], double[]> gradient, int iterations)
        {
            for (int t = 0; t < iterations; t++)
                Update(p, gradient(p), 1 - Math.Pow(beta1, t + 1), 1 - Math.Pow(beta2, t + 1));
        }
        """, TestName = "A_loop_from_zero_with_exponent_t_plus_one_is_not_reported")]
    [TestCase("""
        public void Decay(double[] p, int epochs)
        {
            for (int e = 0; e < epochs; e++)
                for (int i = 0; i < p.Length; i++)
                    p[i] *= Math.Pow(0.5, e);
        }
        """, TestName = "A_power_that_is_no_correction_is_not_reported")]
    public async Task Counters_that_are_counted_first_or_start_at_one_are_not_reported(string members)
    {
        var diagnostics = await Diagnose(members);

        diagnostics.Should().BeEmpty();
    }
}
