using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>RK0002: every generator is seeded, so the tests see the same numbers on every run.</summary>
[TestFixture]
[Category("Analyzers")]
public sealed class UnseededRandomAnalyzerTests
{
    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Diagnose(string body) =>
        AnalyzerHarness.DiagnoseAsync(new UnseededRandomAnalyzer(), $$"""
            using System;
            namespace Lab;
            public static class Init
            {
                public static double Draw()
                {
                    {{body}}
                }
            }
            """);

    [TestCase("return new Random().NextDouble();", "new Random()")]
    [TestCase("return new System.Random().NextDouble();", "new System.Random()")]
    [TestCase("Random random = new(); return random.NextDouble();", "new()")]
    [TestCase("return Random.Shared.NextDouble();", "Random.Shared")]
    [TestCase("var shared = System.Random.Shared; return shared.NextDouble();", "System.Random.Shared")]
    public async Task Unseeded_randomness_is_a_warning_on_the_expression(string body, string flagged)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0002");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
    }

    [Test]
    public async Task The_message_says_why_and_names_the_seeded_alternatives()
    {
        var diagnostics = await Diagnose("return new Random().NextDouble();");

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "new Random() gives different numbers on every run, so the tests cannot reproduce your results. "
            + "Use KataRandom.Create(seed) from RnnKata.Given, or new Random(seed).");
    }

    [TestCase("return new Random(42).NextDouble();")]
    [TestCase("Random random = new(7); return random.NextDouble();")]
    [TestCase("const int seed = 1; var random = new System.Random(seed); return random.NextDouble();")]
    [TestCase("Random? none = null; return none?.NextDouble() ?? 0.0;")]
    public async Task Seeded_generators_are_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }

    [Test]
    public async Task A_type_of_your_own_named_Random_is_not_reported()
    {
        var diagnostics = await AnalyzerHarness.DiagnoseAsync(new UnseededRandomAnalyzer(), """
            using System;
            namespace Lab;
            public sealed class Random
            {
                public static Random Shared { get; } = new Random();
                public double NextDouble() => 0.5;
            }
            public static class Init
            {
                public static double Draw() => new Random().NextDouble() + Random.Shared.NextDouble();
            }
            """);

        diagnostics.Should().BeEmpty();
    }
}
