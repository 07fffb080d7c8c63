using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0004: a gradient of weights shared across time must accumulate over the loop; an <c>=</c>
/// that the loop never reads keeps only the last step. Samples are shaped like Lab 2's backward pass.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class GradientOverwriteAnalyzerTests
{
    // Lab 2's backward pass with batch rows: hs[t + 1] is h(t), hs[0] the initial state.
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string body) =>
        AnalyzerHarness.DiagnoseAsync(new GradientOverwriteAnalyzer(), $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public sealed class Grads
            {
                public Matrix<double> DU { get; set; } = null!;
                public Matrix<double> DW { get; set; } = null!;
                public Vector<double> DB { get; set; } = null!;
                public Matrix<double> V { get; set; } = null!;
            }
            public static class Elman
            {
                public static Matrix<double> Backward(IReadOnlyList<Matrix<double>> xs, IReadOnlyList<Matrix<double>> hs,
                    IReadOnlyList<Matrix<double>> dOutputs, Matrix<double> U, Matrix<double> W, Matrix<double> V, Grads grads)
                {
                    int T = xs.Count, B = xs[0].RowCount, H = W.RowCount, I = U.ColumnCount;
                    var dU = Matrix<double>.Build.Dense(H, I);
                    var dW = Matrix<double>.Build.Dense(H, H);
                    var dB = Vector<double>.Build.Dense(H);
                    var dhNext = Matrix<double>.Build.Dense(B, H);
                    var dXs = new Matrix<double>[T];
                    {{body}}
                    return dU + dW + dhNext;
                }

                private static Matrix<double> Da(Matrix<double> dh, Matrix<double> h) => dh.PointwiseMultiply(1 - h.PointwisePower(2));
                private static (Matrix<double>, Vector<double>) Step(int t) => (Matrix<double>.Build.Dense(1, 1), Vector<double>.Build.Dense(1));
                private static void Apply(Grads grads) { }
            }
            """, typeof(Matrix<double>));

    private const string Lab2Loop = """
        for (int t = T - 1; t >= 0; t--)
        {
            var dh = dOutputs[t] * V + dhNext;
            var da = Da(dh, hs[t + 1]);
            dU += da.TransposeThisAndMultiply(xs[t]);
            {0}
            dB += da.ColumnSums();
            dhNext = da * W;
        }
        """;

    [TestCase("dW = da.TransposeThisAndMultiply(hs[t]);", "dW = da.TransposeThisAndMultiply(hs[t])")]
    [TestCase("grads.DW = da.TransposeThisAndMultiply(hs[t]);", "grads.DW = da.TransposeThisAndMultiply(hs[t])")]
    [TestCase("grads.V = da.TransposeThisAndMultiply(hs[t]);", "grads.V = da.TransposeThisAndMultiply(hs[t])")]
    [TestCase("dW = (da.TransposeThisAndMultiply(hs[t]));", "dW = (da.TransposeThisAndMultiply(hs[t]))")]
    [TestCase("using (var scope = new System.IO.StringWriter()) { dW = da.TransposeThisAndMultiply(hs[t]); }", "dW = da.TransposeThisAndMultiply(hs[t])")]
    public async Task An_overwritten_weight_gradient_in_the_backward_loop_is_a_warning_on_the_assignment(string line, string flagged)
    {
        var diagnostics = await Diagnose(Lab2Loop.Replace("{0}", line));

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0004");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
    }

    [Test]
    public async Task The_message_names_the_gradient_and_the_loop_and_says_to_accumulate()
    {
        var diagnostics = await Diagnose(Lab2Loop.Replace("{0}", "dW = da.TransposeThisAndMultiply(hs[t]);"));

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'dW' is overwritten with '=' inside the for loop over t and never read there, so only the last iteration's "
            + "value survives. Weights shared by every time step collect a gradient from every step: accumulate with "
            + "'dW += ...'.");
    }

    [TestCase("foreach (var step in xs) { dB = step.ColumnSums(); }", "dB = step.ColumnSums()", "the foreach loop over step")]
    [TestCase("int t = T - 1; while (t >= 0) { dU = xs[t].TransposeThisAndMultiply(xs[t]); t--; }", "dU = xs[t].TransposeThisAndMultiply(xs[t])", "the while loop")]
    [TestCase("int t = 0; do { dW = hs[t].TransposeThisAndMultiply(hs[t]); t++; } while (t < T);", "dW = hs[t].TransposeThisAndMultiply(hs[t])", "the do-while loop")]
    [TestCase("for (int t = T - 1; t >= 0; t--) for (int i = 0; i < H; i++) dB[i] = dOutputs[t][0, i];", "dB[i] = dOutputs[t][0, i]", "the for loop over t")]
    public async Task Every_kind_of_loop_is_checked(string body, string flagged, string loop)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be(flagged);
        diagnostics[0].GetMessage().Should().Contain("inside " + loop + " and never read there");
    }

    [Test]
    public async Task Element_by_element_code_that_overwrites_one_entry_per_step_is_reported()
    {
        var diagnostics = await Diagnose("""
            for (int t = T - 1; t >= 0; t--)
            {
                var da = Da(dOutputs[t] * V + dhNext, hs[t + 1]);
                for (int i = 0; i < H; i++)
                    for (int j = 0; j < da.ColumnCount; j++)
                        dW[i, j] = da.Column(i) * hs[t].Column(j);
                dhNext = da * W;
            }
            """);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be("dW[i, j] = da.Column(i) * hs[t].Column(j)");
    }

    [Test]
    public async Task Each_gradient_a_deconstruction_overwrites_is_reported_on_its_own_element()
    {
        var diagnostics = await Diagnose("""
            Matrix<double> dWx; Vector<double> db;
            for (int t = 0; t < T; t++)
                (dWx, db) = Step(t);
            """);

        diagnostics.Select(d => d.FlaggedText()).Should().Equal("dWx", "db");
    }

    [Test]
    public async Task Scalar_gradients_in_array_code_and_fields_are_checked_too()
    {
        var diagnostics = await AnalyzerHarness.DiagnoseAsync(new GradientOverwriteAnalyzer(), """
            namespace Lab;
            public sealed class ScalarRnn
            {
                private double _dw;
                public double Dw => _dw;

                public void Backward(double[] x, double[] h, double[] dy, double w)
                {
                    double dbh = 0, dhnext = 0;
                    for (int t = x.Length - 1; t >= 0; t--)
                    {
                        double da = (dy[t] + dhnext) * (1 - h[t + 1] * h[t + 1]);
                        _dw = da * h[t];
                        dbh = da;
                        dhnext = da * w;
                    }
                }
            }
            """);

        diagnostics.Select(d => d.FlaggedText()).Should().Equal("_dw = da * h[t]", "dbh = da");
    }

    [TestCase(Lab2Loop, "dW += da.TransposeThisAndMultiply(hs[t]);")]
    [TestCase(Lab2Loop, "dW = dW + da.TransposeThisAndMultiply(hs[t]);")]
    [TestCase(Lab2Loop, "dW = da.TransposeThisAndMultiply(hs[t]) + dW;")]
    [TestCase(Lab2Loop, "grads.DW += da.TransposeThisAndMultiply(hs[t]);")]
    [TestCase(Lab2Loop, "dXs[t] = da * U;")]
    [TestCase(Lab2Loop, "if (t == 0) dW = da * W;")]
    public async Task Accumulated_carried_per_step_and_conditional_assignments_are_not_reported(string loop, string line)
    {
        var diagnostics = await Diagnose(loop.Replace("{0}", line));

        diagnostics.Should().BeEmpty();
    }

    [TestCase("""
        Matrix<double> dh, da;
        for (int t = T - 1; t >= 0; t--)
        {
            dh = dOutputs[t] * V + dhNext;   // temporaries declared up front, C style: read in the loop
            da = Da(dh, hs[t + 1]);
            dU += da.TransposeThisAndMultiply(xs[t]);
            dhNext = da * W;
        }
        """)]
    [TestCase("""
        for (int t = T - 1; t >= 0; t--)
            dXs[t] = dOutputs[t] * V;
        dW = dXs[0].TransposeThisAndMultiply(hs[0]);   // after the loop
        """)]
    [TestCase("""
        for (int t = T - 1; t >= 0; t--)
        {
            dW = dOutputs[t].TransposeThisAndMultiply(hs[t]);
            if (dW.FrobeniusNorm() > 1) break;
        }
        """)]
    [TestCase("""
        for (int t = T - 1; t >= 0; t--)
        {
            dW = dOutputs[t].TransposeThisAndMultiply(hs[t]);
            break;
        }
        """)]
    [TestCase("""
        for (int epoch = 0; epoch < 3; epoch++)
        {
            dW = Matrix<double>.Build.Dense(H, H);   // reset per pass, then accumulated
            for (int t = T - 1; t >= 0; t--)
                dW += dOutputs[t].TransposeThisAndMultiply(hs[t]);
        }
        """)]
    [TestCase("""
        for (int t = T - 1; t >= 0; t--)
            for (int i = 0; i < H; i++)
                for (int j = 0; j < H; j++)
                    dW[i, j] += dOutputs[t][0, i] * hs[t][0, j];
        """)]
    [TestCase("""
        var gradient = Matrix<double>.Build.Dense(H, H);   // FiniteDifferences: one entry per iteration
        for (var r = 0; r < H; r++)
            for (var c = 0; c < H; c++)
                gradient[r, c] = W[r, c] * 2;
        """)]
    [TestCase("""
        for (int t = T - 1; t >= 0; t--)
        {
            grads.DW = dOutputs[t].TransposeThisAndMultiply(hs[t]);
            grads.DB = dOutputs[t].ColumnSums();
            Apply(grads);
        }
        """)]
    [TestCase("""
        var last = hs[0];
        for (int t = 0; t < T; t++)
            last = hs[t + 1];   // not a gradient
        """)]
    [TestCase("""
        foreach (var x in xs)
        {
            var dStep = x * 2;   // declared in the loop: a fresh value per step
            dU += dStep;
        }
        """)]
    [TestCase("""
        for (int t = T - 1; t >= 0; t--)
        {
            Func<Matrix<double>> later = () => dW;   // read by a lambda in the loop
            dW = dOutputs[t].TransposeThisAndMultiply(hs[t]);
            dU += later();
        }
        """)]
    public async Task Correct_backward_code_shaped_like_lab_2_is_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }

    [Test]
    public async Task An_element_whose_index_moves_with_the_outer_loop_is_a_per_step_result()
    {
        var diagnostics = await Diagnose("""
            var dInputs = Matrix<double>.Build.Dense(T, H);
            for (int t = T - 1; t >= 0; t--)
                for (int i = 0; i < H; i++)
                    dInputs[t, i] = dOutputs[t][0, i];
            var dSteps = Matrix<double>.Build.Dense(T, H);
            for (int t = T - 1; t >= 0; t--)
                for (int k = t; k < T; k++)
                    dSteps[k, 0] = dOutputs[t][0, 0];
            """);

        diagnostics.Should().BeEmpty("dInputs[t, i] and dSteps[k, 0] name a different entry at every step");
    }
}
