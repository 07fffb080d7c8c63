using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0011: a training window's targets are its inputs shifted one step; targets read at the same
/// index as the inputs teach the network to copy.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class UnshiftedWindowTargetAnalyzerTests
{
    // Lab 4's WindowBatch, and one windowing method whose body is the test's.
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string body) =>
        AnalyzerHarness.DiagnoseAsync(new UnshiftedWindowTargetAnalyzer(), $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public sealed record WindowBatch(Matrix<double> Inputs, Matrix<double> Targets);
            public static class Windows
            {
                public static WindowBatch Cut(IReadOnlyList<double> series, int length, Func<double, double> f,
                    IReadOnlyList<double> starts, double resolution)
                {
                    int rows = series.Count - length;
                    {{body}}
                }
            }
            """, typeof(Matrix<double>));

    [TestCase("""
        var inputs = Matrix<double>.Build.Dense(rows, length);
        var targets = Matrix<double>.Build.Dense(rows, length);
        for (int i = 0; i < rows; i++)
            for (int t = 0; t < length; t++)
            {
                inputs[i, t] = series[i + t];
                targets[i, t] = series[i + t];
            }
        return new WindowBatch(inputs, targets);
        """, "series[i + t]")]
    [TestCase("""
        var values = Matrix<double>.Build.Dense(starts.Count, length + 1, (b, k) => f(starts[b] + k * resolution));
        return new WindowBatch(values.SubMatrix(0, starts.Count, 0, length), values.SubMatrix(0, starts.Count, 0, length));
        """, "values.SubMatrix(0, starts.Count, 0, length)")]
    [TestCase("""
        var x = Matrix<double>.Build.Dense(rows, length, (i, t) => series[i + t]);
        var y = Matrix<double>.Build.Dense(rows, length, (i, t) => series[i + t]);
        return new WindowBatch(x, y);
        """, "Matrix<double>.Build.Dense(rows, length, (i, t) => series[i + t])")]
    [TestCase("""
        var xs = new List<double[]>();
        var ys = new List<double[]>();
        for (int start = 0; start < rows; start++)
        {
            xs.Add(series.Skip(start).Take(length).ToArray());
            ys.Add(series.Skip(start).Take(length).ToArray());
        }
        return new WindowBatch(Matrix<double>.Build.DenseOfRowArrays(xs), Matrix<double>.Build.DenseOfRowArrays(ys));
        """, "series.Skip(start).Take(length).ToArray()")]
    public async Task Targets_read_at_the_inputs_index_are_a_warning_on_the_targets(string body, string flagged)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0011");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
    }

    [Test]
    public async Task The_message_names_both_reads_and_asks_for_the_shift()
    {
        var diagnostics = await Diagnose("""
            var inputs = new double[length];
            var targets = new double[length];
            for (int t = 0; t < length; t++) { inputs[t] = series[t]; targets[t] = series[t]; }
            return new WindowBatch(Matrix<double>.Build.Dense(1, length, inputs), Matrix<double>.Build.Dense(1, length, targets));
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "The targets 'series[t]' read the series at the same index as the inputs 'series[t]', so every target equals "
            + "its own input and the network learns to copy, not to predict. The target of step t is the value one step "
            + "later: shift the targets' index by one.");
    }

    [TestCase("""
        var inputs = Matrix<double>.Build.Dense(rows, length);
        var targets = Matrix<double>.Build.Dense(rows, length);
        for (int i = 0; i < rows; i++)
            for (int t = 0; t < length; t++)
            {
                inputs[i, t] = series[i + t];
                targets[i, t] = series[i + t + 1];
            }
        return new WindowBatch(inputs, targets);
        """, TestName = "Targets_one_step_later_are_not_reported")]
    [TestCase("""
        return new WindowBatch(Matrix<double>.Build.Dense(rows, length, (i, t) => series[i + t]),
                               Matrix<double>.Build.Dense(rows, 1, (i, _) => series[i + length]));
        """, TestName = "The_value_after_the_window_as_target_is_not_reported")]
    [TestCase("""
        var values = Matrix<double>.Build.Dense(starts.Count, length + 1, (b, k) => f(starts[b] + k * resolution));
        return new WindowBatch(values.SubMatrix(0, starts.Count, 0, length), values.SubMatrix(0, starts.Count, 1, length));
        """, TestName = "Sub_matrices_one_column_apart_are_not_reported")]
    [TestCase("""
        var inputs = new double[length];
        var targets = new double[length];
        int k = 0;
        inputs[0] = series[k];
        k++;
        targets[0] = series[k];
        return new WindowBatch(Matrix<double>.Build.Dense(1, length, inputs), Matrix<double>.Build.Dense(1, length, targets));
        """, TestName = "The_same_read_after_its_index_moved_on_is_not_reported")]
    [TestCase("""
        var inputs = Matrix<double>.Build.Dense(rows, length);
        var targets = Matrix<double>.Build.Dense(rows, length);
        var means = Matrix<double>.Build.Dense(rows, length);
        for (int i = 0; i < rows; i++)
            for (int t = 0; t < length; t++)
            {
                inputs[i, t] = series[i + t];
                means[i, t] = series[i + t];
                targets[i, t] = series[i + t + 1];
            }
        return new WindowBatch(inputs, targets);
        """, TestName = "The_same_read_stored_under_a_name_of_no_role_is_not_reported")]
    public async Task Shifted_targets_and_reads_that_are_not_windows_are_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }
}
