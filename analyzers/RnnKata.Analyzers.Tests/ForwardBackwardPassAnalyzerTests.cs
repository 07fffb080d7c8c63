using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0005: backpropagation through time starts at the last step. A backward pass whose loop over
/// time counts up while handing a gradient from one step to the next is reported.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class ForwardBackwardPassAnalyzerTests
{
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string body, string method = "Backward") =>
        AnalyzerHarness.DiagnoseAsync(new ForwardBackwardPassAnalyzer(), $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public static class Elman
            {
                public static Matrix<double> {{method}}(IReadOnlyList<Matrix<double>> xs, IReadOnlyList<Matrix<double>> hs,
                    IReadOnlyList<Matrix<double>> dOutputs, Matrix<double> U, Matrix<double> W, Matrix<double> V)
                {
                    int T = xs.Count, B = xs[0].RowCount, H = W.RowCount, I = U.ColumnCount;
                    var dU = Matrix<double>.Build.Dense(H, I);
                    var dW = Matrix<double>.Build.Dense(H, H);
                    var dhNext = Matrix<double>.Build.Dense(B, H);
                    {{body}}
                    return dU + dW + dhNext;
                }

                private static Matrix<double> Da(Matrix<double> dh, Matrix<double> h) => dh.PointwiseMultiply(1 - h.PointwisePower(2));
            }
            """, typeof(Matrix<double>));

    private const string LoopBody = """
        {
            var dh = dOutputs[t] * V + dhNext;
            var da = Da(dh, hs[t + 1]);
            dU += da.TransposeThisAndMultiply(xs[t]);
            dW += da.TransposeThisAndMultiply(hs[t]);
            dhNext = da * W;
        }
        """;

    [TestCase("for (int t = 0; t < T; t++)")]
    [TestCase("for (int t = 0; t < T; ++t)")]
    [TestCase("for (int t = 0; t < T; t += 1)")]
    [TestCase("for (int t = 0; t <= T - 1; t = t + 1)")]
    [TestCase("for (var t = 0; t != T; t++)")]
    public async Task A_backward_loop_that_counts_up_and_carries_dhNext_is_a_warning_on_its_header(string header)
    {
        var diagnostics = await Diagnose(header + "\n" + LoopBody);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0005");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(header);
    }

    [Test]
    public async Task The_message_names_the_method_the_counter_and_the_carried_gradient_and_says_why()
    {
        var diagnostics = await Diagnose("for (int t = 0; t < T; t++)\n" + LoopBody);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "The backward pass Backward walks time forward: its loop over t counts up but carries 'dhNext' from one "
            + "step to the next. BPTT must start at the last step, because dL/dh(t) needs dL/dh(t+1): count down, "
            + "'for (int t = T - 1; t >= 0; t--)'.");
    }

    [TestCase("Bptt")]
    [TestCase("BackPropagateThroughTime")]
    [TestCase("ComputeGradients")]
    [TestCase("BackwardSequence")]
    public async Task Any_method_named_as_a_backward_pass_is_checked(string method)
    {
        var diagnostics = await Diagnose("for (int t = 0; t < T; t++)\n" + LoopBody, method);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().StartWith($"The backward pass {method} walks time forward");
    }

    [Test]
    public async Task A_local_backward_function_is_checked_too()
    {
        var diagnostics = await Diagnose("""
            Matrix<double> Backward()
            {
                var dh0 = Matrix<double>.Build.Dense(B, H);
                for (int t = 0; t < T; t++)
                    dh0 = Da(dOutputs[t] * V + dh0, hs[t + 1]) * W;
                return dh0;
            }
            dhNext = Backward();
            """, "Train");

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Contain("carries 'dh0'");
    }

    [Test]
    public async Task A_carried_gradient_updated_in_one_expression_or_element_by_element_is_reported()
    {
        var diagnostics = await Diagnose("""
            for (int t = 0; t < T; t++)
                dhNext = Da(dOutputs[t] * V + dhNext, hs[t + 1]) * W;
            var dh = new double[H];
            var dhnext = new double[H];
            for (int t = 0; t < T; t++)
                for (int i = 0; i < H; i++)
                {
                    dh[i] = dOutputs[t][0, i] + dhnext[i];
                    dhnext[i] = dh[i] * W[i, i];
                }
            """);

        diagnostics.Select(d => d.GetMessage()).Should().SatisfyRespectively(
            first => first.Should().Contain("carries 'dhNext'"),
            second => second.Should().Contain("loop over t counts up but carries 'dhnext'"));
    }

    [Test]
    public async Task A_carried_value_with_any_name_counts_when_it_feeds_an_accumulated_gradient()
    {
        // Lab 2's reference solution calls the carried gradient fromNextStep.
        var diagnostics = await Diagnose("""
            var fromNextStep = Matrix<double>.Build.Dense(B, H);
            for (int t = 0; t < T; t++)
            {
                var deltaH = dOutputs[t] * V + fromNextStep;
                var deltaA = Da(deltaH, hs[t + 1]);
                dW += deltaA.TransposeThisAndMultiply(hs[t]);
                fromNextStep = deltaA * W;
            }
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Contain("carries 'fromNextStep'");
    }

    [Test]
    public async Task A_forward_recomputation_inside_a_backward_pass_is_not_reported()
    {
        // h is carried forward, but it is a hidden state: it feeds no gradient the loop accumulates.
        var diagnostics = await Diagnose("""
            var h = Matrix<double>.Build.Dense(B, H);
            var states = new Matrix<double>[T];
            for (int t = 0; t < T; t++)
            {
                h = (xs[t].TransposeAndMultiply(U) + h.TransposeAndMultiply(W)).PointwiseTanh();
                states[t] = h;
            }
            for (int t = T - 1; t >= 0; t--)
            {
                var da = Da(dOutputs[t] * V + dhNext, states[t]);
                dW += da.TransposeThisAndMultiply(t == 0 ? hs[0] : states[t - 1]);
                dhNext = da * W;
            }
            """);

        diagnostics.Should().BeEmpty();
    }

    [TestCase("for (int t = T - 1; t >= 0; t--)\n" + LoopBody)]
    [TestCase("for (int t = T - 1; t >= 0; --t)\n" + LoopBody)]
    [TestCase("for (int t = T; t-- > 0;)\n" + LoopBody)]
    [TestCase("""
        for (int k = 0; k < T; k++)   // counts up, but walks time backwards
        {
            int t = T - 1 - k;
            var da = Da(dOutputs[t] * V + dhNext, hs[t + 1]);
            dhNext = da * W;
        }
        """)]
    [TestCase("""
        for (int k = 0; k < T; k++)
        {
            var da = Da(dOutputs[^(k + 1)] * V + dhNext, hs[^(k + 1)]);
            dhNext = da * W;
        }
        """)]
    [TestCase("""
        var reversed = dOutputs.Reverse().ToList();
        var states = hs.Skip(1).Reverse().ToList();
        for (int k = 0; k < T; k++)
            dhNext = Da(reversed[k] * V + dhNext, states[k]) * W;
        """)]
    public async Task Loops_that_walk_time_backwards_are_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }

    [TestCase("""
        for (int t = 0; t < T; t++)   // only sums: the order does not matter
        {
            dU += dOutputs[t].TransposeThisAndMultiply(xs[t]);
            dW = dW + dOutputs[t].TransposeThisAndMultiply(hs[t]);
        }
        """)]
    [TestCase("""
        var dWs = new Matrix<double>[T];
        for (int t = 0; t < T; t++)   // zeroes per-step buffers
            dWs[t] = Matrix<double>.Build.Dense(H, H);
        dW = Matrix<double>.Build.Dense(H, H);
        for (int t = 0; t < T; t++)
        {
            dW = Matrix<double>.Build.Dense(H, H);
            dW += dOutputs[t].TransposeThisAndMultiply(hs[t]);
            dWs[t] = dW;
        }
        """)]
    [TestCase("""
        for (int n = 0; n < B; n++)   // over sequences: dhNext starts from zero for each
        {
            dhNext = Matrix<double>.Build.Dense(1, H);
            for (int t = T - 1; t >= 0; t--)
                dhNext = Da(dOutputs[t].SubMatrix(n, 1, 0, V.RowCount) * V + dhNext, hs[t + 1].SubMatrix(n, 1, 0, H)) * W;
        }
        """)]
    [TestCase("""
        for (int i = 0; i < H; i++)   // element loops that only read gradients
            dW[i, i] += dhNext[0, i];
        """)]
    public async Task Forward_loops_that_carry_no_gradient_are_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }

    [TestCase("Forward")]
    [TestCase("Train")]
    [TestCase("Step")]
    public async Task Methods_that_are_not_backward_passes_are_not_reported(string method)
    {
        var diagnostics = await Diagnose("for (int t = 0; t < T; t++)\n" + LoopBody, method);

        diagnostics.Should().BeEmpty();
    }
}
