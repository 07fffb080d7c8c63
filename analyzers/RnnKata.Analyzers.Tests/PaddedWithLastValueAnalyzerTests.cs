using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0013: a series padded at its end with copies of its last value before windowing (the lecture's mistake in
/// chapter 6) gives the last windows targets that never happened; N values have only N − T windows.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class PaddedWithLastValueAnalyzerTests
{
    // Lab 6's Sliding: one windowing method over a series whose body is the test's.
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string body) =>
        AnalyzerHarness.DiagnoseAsync(new PaddedWithLastValueAnalyzer(), $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public sealed record WindowSet(Matrix<double> Inputs, Matrix<double> Targets);
            public static class SeriesWindows
            {
                public static WindowSet Sliding(IReadOnlyList<double> series, int steps, double[] values)
                {
                    {{body}}
                }

                private static WindowSet Cut(IReadOnlyList<double> s, int steps) =>
                    new(Matrix<double>.Build.Dense(s.Count - steps, steps, (i, t) => s[i + t]),
                        Matrix<double>.Build.Dense(s.Count - steps, 1, (i, _) => s[i + steps]));
            }
            """, typeof(Matrix<double>));

    [TestCase("""
        var padded = series.Concat(Enumerable.Repeat(series[^1], steps)).ToList();
        return Cut(padded, steps);
        """, "Enumerable.Repeat(series[^1], steps)", "series")]
    [TestCase("""
        var padded = new List<double>(series);
        for (int k = 0; k < steps; k++)
            padded.Add(series[series.Count - 1]);
        return Cut(padded, steps);
        """, "series[series.Count - 1]", "series")]
    [TestCase("""
        var padded = series.ToList();
        padded.AddRange(Enumerable.Repeat(series.Last(), steps));
        return Cut(padded, steps);
        """, "Enumerable.Repeat(series.Last(), steps)", "series")]
    [TestCase("""
        double[] padded = [.. values, .. Enumerable.Repeat(values[values.Length - 1], steps)];
        return Cut(padded, steps);
        """, "Enumerable.Repeat(values[values.Length - 1], steps)", "values")]
    [TestCase("""
        return Cut(series.Append(series[^1]).ToList(), steps);
        """, "series[^1]", "series")]
    public async Task Padding_a_series_with_its_last_value_is_a_warning_on_the_padding(string body, string flagged, string series)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0013");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
        diagnostics[0].GetMessage().Should().StartWith($"'{flagged}' pads the series '{series}' with copies of its last value");
    }

    [Test]
    public async Task The_message_says_why_and_what_to_do_instead()
    {
        var diagnostics = await Diagnose("""
            return Cut(series.Concat(Enumerable.Repeat(series[^1], steps)).ToList(), steps);
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'Enumerable.Repeat(series[^1], steps)' pads the series 'series' with copies of its last value: every window that "
            + "reaches into the padding is given a target that never happened (the last value again), and the model is "
            + "trained and scored on made-up data. Cut only the windows the series has: N values give N - T windows of T.");
    }

    [TestCase("""
        return Cut(series, steps);
        """, TestName = "Windows_cut_from_the_series_alone_are_not_reported")]
    [TestCase("""
        var forecast = Enumerable.Repeat(series[^1], steps).ToList();
        return Cut(forecast, 1);
        """, TestName = "The_last_value_repeated_on_its_own_as_a_naive_forecast_is_not_reported")]
    [TestCase("""
        var lastOfEach = new List<double>();
        for (int i = 0; i + steps <= series.Count; i++)
        {
            var window = series.Skip(i).Take(steps).ToList();
            lastOfEach.Add(window[^1]);
        }
        return Cut(lastOfEach, 1);
        """, TestName = "The_last_value_of_each_window_collected_elsewhere_is_not_reported")]
    [TestCase("""
        var other = values.ToList();
        other.Add(series[^1]);
        return Cut(other, steps);
        """, TestName = "Another_series_last_value_added_to_a_list_of_other_values_is_not_reported")]
    [TestCase("""
        var extended = series.Concat(Enumerable.Repeat(series[0], steps)).ToList();
        return Cut(extended, steps);
        """, TestName = "Repeating_a_value_other_than_the_last_is_not_reported")]
    public async Task Code_that_does_not_pad_the_series_with_its_last_value_is_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }
}
