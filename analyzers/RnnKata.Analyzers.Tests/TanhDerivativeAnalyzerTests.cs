using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0006: tanh′(a) = 1 − tanh(a)² is computed from tanh's output h, never from the
/// pre-activation a that went into it.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class TanhDerivativeAnalyzerTests
{
    // One Elman step forward and back in the same method, batch rows, as a student might write it.
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string body) =>
        AnalyzerHarness.DiagnoseAsync(new TanhDerivativeAnalyzer(), $$"""
            using System;
            using System.Linq;
            using MathNet.Numerics;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public static class Step
            {
                public static Matrix<double> ForwardAndBack(Matrix<double> x, Matrix<double> hPrev, Matrix<double> U,
                    Matrix<double> W, Matrix<double> dh, double[] xs, double u)
                {
                    var a = x.TransposeAndMultiply(U) + hPrev.TransposeAndMultiply(W);
                    {{body}}
                }
            }
            """, typeof(Matrix<double>));

    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(1 - a.PointwisePower(2));", "1 - a.PointwisePower(2)")]
    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(1.0 - a.PointwisePower(2.0));", "1.0 - a.PointwisePower(2.0)")]
    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(1 - a.PointwiseMultiply(a));", "1 - a.PointwiseMultiply(a)")]
    [TestCase("var h = a.Map(Math.Tanh); return dh.PointwiseMultiply(a.PointwisePower(2).SubtractFrom(1));", "a.PointwisePower(2).SubtractFrom(1)")]
    [TestCase("var h = a.Map(v => Math.Tanh(v)); return dh.PointwiseMultiply(a.Map(v => 1 - v * v));", "1 - v * v")]
    [TestCase("var h = a.PointwiseTanh(); var ones = Matrix<double>.Build.Dense(a.RowCount, a.ColumnCount, 1.0); return dh.PointwiseMultiply(ones - a.PointwisePower(2));", "ones - a.PointwisePower(2)")]
    [TestCase("var h = a.PointwiseTanh(); var ones = Matrix<double>.Build.Dense(a.RowCount, a.ColumnCount, 1); return dh.PointwiseMultiply(ones.Subtract(a.PointwiseMultiply(a)));", "ones.Subtract(a.PointwiseMultiply(a))")]
    public async Task One_minus_the_squared_pre_activation_is_a_warning_on_the_expression(string body, string flagged)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0006");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
    }

    [Test]
    public async Task The_message_names_the_pre_activation_and_gives_the_derivative_from_the_output()
    {
        var diagnostics = await Diagnose("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(1 - a.PointwisePower(2));");

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'1 - a.PointwisePower(2)' takes tanh's derivative at its input: this method passes 'a' to tanh, but "
            + "tanh'(a) = 1 - tanh(a)^2 = 1 - h^2, with h the output of tanh. Square the output instead.");
    }

    [TestCase("""
        var grad = new double[xs.Length];
        for (int i = 0; i < xs.Length; i++)
        {
            double pre = xs[i] * u;
            double h = Math.Tanh(pre);
            grad[i] = 1 - pre * pre;
        }
        return a;
        """, "1 - pre * pre")]
    [TestCase("""
        var pre = xs.Select(v => v * u).ToArray();
        var h = pre.Select(Trig.Tanh).ToArray();
        var grad = Enumerable.Range(0, pre.Length).Select(i => 1 - Math.Pow(pre[i], 2)).ToArray();
        return a;
        """, "1 - Math.Pow(pre[i], 2)")]
    [TestCase("""
        var h = new double[xs.Length];
        var grad = new double[xs.Length];
        for (int i = 0; i < xs.Length; i++) h[i] = Math.Tanh(xs[i]);
        for (int i = 0; i < xs.Length; i++) grad[i] = 1 - xs[i] * xs[i];
        return a;
        """, "1 - xs[i] * xs[i]")]
    public async Task Scalar_and_array_code_is_checked_too(string body, string flagged)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be(flagged);
    }

    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(1 - h.PointwisePower(2));")]
    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(h.PointwiseMultiply(h).SubtractFrom(1.0));")]
    [TestCase("var h = a.Map(v => Math.Tanh(v)); return dh.PointwiseMultiply(h.Map(v => 1 - v * v));")]
    [TestCase("return dh.PointwiseMultiply(a.Map(v => 1 - Math.Tanh(v) * Math.Tanh(v)));")]
    [TestCase("a = a.PointwiseTanh(); return dh.PointwiseMultiply(1 - a.PointwisePower(2));")]
    [TestCase("a.MapInplace(Math.Tanh); return dh.PointwiseMultiply(1 - a.PointwisePower(2));")]
    [TestCase("a.PointwiseTanh(a); return dh.PointwiseMultiply(1 - a.PointwisePower(2));")]
    [TestCase("var s = a.Map(v => 1 / (1 + Math.Exp(-v))); return dh.PointwiseMultiply(s.PointwiseMultiply(1 - s));")]
    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(2 - a.PointwisePower(2));")]
    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(1 - a.PointwisePower(3));")]
    [TestCase("var h = a.PointwiseTanh(); return dh.PointwiseMultiply(1 - a.PointwiseMultiply(h));")]
    public async Task Derivatives_from_the_output_and_other_expressions_are_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }

    [Test]
    public async Task Element_loops_that_square_the_output_are_not_reported()
    {
        var diagnostics = await Diagnose("""
            var grad = new double[xs.Length];
            for (int i = 0; i < xs.Length; i++)
            {
                double pre = xs[i] * u;
                double h = Math.Tanh(pre);
                grad[i] = 1 - h * h;
                xs[i] = Math.Tanh(xs[i]);
                grad[i] *= 1 - xs[i] * xs[i];
            }
            return a;
            """);

        diagnostics.Should().BeEmpty();
    }
}
