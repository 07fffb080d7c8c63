using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0009: an Adam step divides m by 1 − β₁ᵗ and v by 1 − β₂ᵗ; without that the first steps are
/// about √10 times too large. The rule stays quiet on every form of the correction it can see.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class AdamBiasCorrectionAnalyzerTests
{
    // An optimizer class as Lab 4 students write it: fields for the state, one Step method.
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string step) =>
        AnalyzerHarness.DiagnoseAsync(new AdamBiasCorrectionAnalyzer(), $$"""
            using System;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public sealed class Optimizer
            {
                private readonly double lr = 1e-3, beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
                private double[] m = new double[3], v = new double[3];
                private Vector<double> mv = Vector<double>.Build.Dense(3), vv = Vector<double>.Build.Dense(3);
                private double s1 = 1, s2 = 1;
                private int t;

                public void Step(double[] p, double[] g, Vector<double> pv, Vector<double> gv)
                {
                    t++;
                    {{step}}
                }
            }
            """, typeof(Matrix<double>));

    [TestCase("""
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            p[i] -= lr * m[i] / (Math.Sqrt(v[i]) + eps);
        }
        """, "lr * m[i] / (Math.Sqrt(v[i]) + eps)")]
    [TestCase("""
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = m[i] * 0.9 + g[i] * 0.1;
            v[i] = 0.999 * v[i] + 0.001 * Math.Pow(g[i], 2);
            p[i] = p[i] - lr * (m[i] / (eps + Math.Sqrt(v[i])));
        }
        """, "m[i] / (eps + Math.Sqrt(v[i]))")]
    [TestCase("""
        for (int i = 0; i < p.Length; i++)
        {
            var mi = beta1 * m[i] + (1 - beta1) * g[i];
            var vi = beta2 * v[i] + (1 - beta2) * (g[i] * g[i]);
            m[i] = mi;
            v[i] = vi;
            p[i] -= lr * mi / (Math.Sqrt(vi) + eps);
        }
        """, "lr * mi / (Math.Sqrt(vi) + eps)")]
    [TestCase("""
        mv = beta1 * mv + (1 - beta1) * gv;
        vv = beta2 * vv + (1 - beta2) * gv.PointwisePower(2);
        pv.Subtract(lr * mv.PointwiseDivide(vv.PointwiseSqrt() + eps), pv);
        """, "mv.PointwiseDivide(vv.PointwiseSqrt() + eps)")]
    [TestCase("""
        mv = beta1 * mv + (1 - beta1) * gv;
        vv = beta2 * vv + (1 - beta2) * gv.PointwiseMultiply(gv);
        pv.Subtract(lr * mv / vv.Map(Math.Sqrt).Add(eps), pv);
        """, "lr * mv / vv.Map(Math.Sqrt).Add(eps)")]
    public async Task A_step_with_the_raw_moments_is_a_warning_on_the_ratio(string step, string flagged)
    {
        var diagnostics = await Diagnose(step);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0009");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
    }

    [Test]
    public async Task The_message_says_the_uncorrected_steps_are_too_large_and_how_to_correct_them()
    {
        var diagnostics = await Diagnose("""
            for (int i = 0; i < p.Length; i++)
            {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                p[i] -= lr * m[i] / (Math.Sqrt(v[i]) + eps);
            }
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'lr * m[i] / (Math.Sqrt(v[i]) + eps)' steps with Adam's moments m and v, but nothing here divides them by the "
            + "bias corrections 1 - beta1^t and 1 - beta2^t. Without them the first steps are too large, not too small: "
            + "at t = 1 with the defaults m = 0.1*g and v = 0.001*g^2, so m/sqrt(v) is about 3.2 where the corrected ratio "
            + "is 1. Step with (m / (1 - Math.Pow(beta1, t))) / (Math.Sqrt(v / (1 - Math.Pow(beta2, t))) + eps).");
    }

    [TestCase("""
        double c1 = 1 - Math.Pow(beta1, t), c2 = 1 - Math.Pow(beta2, t);
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            p[i] -= lr * (m[i] / c1) / (Math.Sqrt(v[i] / c2) + eps);
        }
        """, TestName = "Corrections_from_Math_Pow_are_not_reported")]
    [TestCase("""
        double b1t = 1, b2t = 1;
        for (int k = 0; k < t; k++) { b1t *= beta1; b2t *= beta2; }
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            var rate = lr * Math.Sqrt(1 - b2t) / (1 - b1t);
            p[i] -= rate * m[i] / (Math.Sqrt(v[i]) + eps);
        }
        """, TestName = "Corrections_from_a_running_product_with_times_equals_are_not_reported")]
    [TestCase("""
        double b1t = 1, b2t = 1;
        for (int k = 0; k < t; k++) { b1t = b1t * beta1; b2t = beta2 * b2t; }
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            var rate = lr * Math.Sqrt(1 - b2t) / (1 - b1t);
            p[i] -= rate * m[i] / (Math.Sqrt(v[i]) + eps);
        }
        """, TestName = "Corrections_from_a_running_product_written_out_are_not_reported")]
    [TestCase("""
        var step = lr * Math.Sqrt(1 - Math.Pow(beta2, t)) / (1 - Math.Pow(beta1, t));
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            p[i] -= step * m[i] / (Math.Sqrt(v[i]) + eps);
        }
        """, TestName = "Kingma_and_Ba_folding_the_corrections_into_the_step_size_is_not_reported")]
    [TestCase("""
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            var a = m[i] / s1;
            var b = v[i] / s2;
            p[i] -= lr * a / (Math.Sqrt(b) + eps);
        }
        """, TestName = "Moments_divided_by_a_correction_kept_elsewhere_before_the_step_are_not_reported")]
    [TestCase("""
        var lrCorrected = lr * s1;
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            p[i] -= lrCorrected * m[i] / (Math.Sqrt(v[i]) + eps);
        }
        """, TestName = "A_step_size_whose_name_says_it_is_corrected_is_not_reported")]
    [TestCase("""
        for (int i = 0; i < p.Length; i++)
        {
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            p[i] -= lr * g[i] / (Math.Sqrt(v[i]) + eps);
        }
        """, TestName = "RMSProp_without_a_first_moment_is_not_reported")]
    [TestCase("""
        for (int i = 0; i < p.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i];
            p[i] -= lr * m[i] / (Math.Sqrt(v[i]) + eps);
        }
        """, TestName = "Two_averages_of_the_plain_gradient_are_no_Adam_and_not_reported")]
    public async Task Corrected_and_other_optimizers_are_not_reported(string step)
    {
        var diagnostics = await Diagnose(step);

        diagnostics.Should().BeEmpty();
    }

    [Test]
    public async Task A_correction_in_another_member_of_the_class_silences_the_rule_but_one_in_another_class_does_not()
    {
        const string stepMethod = """
            public void Step(double[] p, double[] g, double lr)
            {
                for (int i = 0; i < p.Length; i++)
                {
                    m[i] = 0.9 * m[i] + 0.1 * g[i];
                    v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                    p[i] -= lr * m[i] / (Math.Sqrt(v[i]) + 1e-8);
                }
            }
            """;
        const string scheduleMethod = "public static double Rate(double lr, int t) => lr * Math.Sqrt(1 - Math.Pow(0.999, t)) / (1 - Math.Pow(0.9, t));";

        var together = await AnalyzerHarness.DiagnoseAsync(new AdamBiasCorrectionAnalyzer(), $$"""
            using System;
            public sealed class Adam { private double[] m = new double[3], v = new double[3]; {{stepMethod}} {{scheduleMethod}} }
            """);
        var apart = await AnalyzerHarness.DiagnoseAsync(new AdamBiasCorrectionAnalyzer(), $$"""
            using System;
            public sealed class Adam { private double[] m = new double[3], v = new double[3]; {{stepMethod}} }
            public static class Schedule { {{scheduleMethod}} }
            """);

        together.Should().BeEmpty();
        apart.Should().ContainSingle().Which.Id.Should().Be("RK0009");
    }
}
