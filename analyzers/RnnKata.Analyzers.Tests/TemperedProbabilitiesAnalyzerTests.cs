using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0015: a sampling temperature divides the logits, softmax(z / T); dividing the probabilities by T changes nothing once
/// they are renormalised. The rule needs a divisor named for a temperature and a dividend that is a probability.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class TemperedProbabilitiesAnalyzerTests
{
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string body) =>
        AnalyzerHarness.DiagnoseAsync(new TemperedProbabilitiesAnalyzer(), $$"""
            using System;
            using System.Linq;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public static class Sampling
            {
                public static Vector<double> Softmax(Vector<double> z) => z;
                public static object Tempered(Vector<double> logits, double[] probs, double temperature)
                {
                    {{body}}
                }
            }
            """, typeof(Matrix<double>));

    [TestCase("return Softmax(logits) / temperature;", "Softmax(logits) / temperature", TestName = "A_softmax_divided_by_the_temperature")]
    [TestCase("var p = Softmax(logits); return p / temperature;", "p / temperature", TestName = "A_local_holding_a_softmax")]
    [TestCase("for (int i = 0; i < probs.Length; i++) probs[i] /= temperature; return probs;", "probs[i] /= temperature", TestName = "Probabilities_divided_in_place")]
    [TestCase("return Softmax(logits).ToArray()[0] / temperature;", "Softmax(logits).ToArray()[0] / temperature", TestName = "An_element_of_a_piece_of_a_softmax")]
    [TestCase("return Softmax(logits).Divide(temperature);", "Softmax(logits).Divide(temperature)", TestName = "MathNets_Divide")]
    public async Task Probabilities_divided_by_the_temperature_are_a_warning_on_the_division(string body, string flagged)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0015");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
        diagnostics[0].GetMessage().Should().Contain("softmax(z / T)");
    }

    [TestCase("return Softmax(logits / temperature);", TestName = "The_logits_divided_first")]
    [TestCase("var scaled = logits / temperature; return Softmax(scaled);", TestName = "Scaled_logits_in_a_local")]
    [TestCase("return probs.Select(p => Math.Pow(p, 1 / temperature)).ToArray();", TestName = "Probabilities_raised_to_one_over_T")]
    [TestCase("return probs.Select(p => Math.Log(p) / temperature).ToArray();", TestName = "Log_probabilities_divided_by_T")]
    [TestCase("return probs[0] / probs.Sum();", TestName = "Probabilities_renormalised_without_a_temperature")]
    [TestCase("double scale = 2; return Softmax(logits) / scale;", TestName = "A_divisor_that_is_no_temperature")]
    public async Task Correct_tempering_and_other_divisions_are_not_reported(string body) =>
        (await Diagnose(body)).Should().BeEmpty();
}
