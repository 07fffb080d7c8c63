using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0012: a MathNet builder may call its init function from several threads at once, so the function must not
/// draw from a shared <c>System.Random</c>.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class RandomInParallelInitAnalyzerTests
{
    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Diagnose(string body, string members = "") =>
        AnalyzerHarness.DiagnoseAsync(new RandomInParallelInitAnalyzer(), $$"""
            using System;
            using MathNet.Numerics.Distributions;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public static class Init
            {
                public static object Weights(int n, double limit, Random random)
                {
                    {{body}}
                }
            {{members}}
            }
            """, typeof(Matrix<double>));

    [TestCase("return Vector<double>.Build.Dense(n, _ => (2 * random.NextDouble() - 1) * limit);",
              "_ => (2 * random.NextDouble() - 1) * limit", "random.NextDouble()", TestName = "Vector_Build_Dense_with_a_lambda")]
    [TestCase("return Matrix<double>.Build.Dense(n, n, (i, j) => random.NextDouble() - 0.5);",
              "(i, j) => random.NextDouble() - 0.5", "random.NextDouble()", TestName = "Matrix_Build_Dense_with_a_lambda")]
    [TestCase("return Matrix<float>.Build.Sparse(n, n, (i, j) => i == j ? (float)random.NextDouble() : 0f);",
              "(i, j) => i == j ? (float)random.NextDouble() : 0f", "random.NextDouble()", TestName = "Matrix_Build_Sparse_in_float")]
    [TestCase("return Matrix<double>.Build.Diagonal(n, n, i => limit * random.Next(2));",
              "i => limit * random.Next(2)", "random.Next(2)", TestName = "Matrix_Build_Diagonal")]
    [TestCase("return Vector<double>.Build.Dense(n, _ => Normal.Sample(random, 0, limit));",
              "_ => Normal.Sample(random, 0, limit)", "Normal.Sample(random, 0, limit)", TestName = "Normal_Sample_with_the_Random")]
    [TestCase("var normal = new Normal(0, limit, random); return Vector<double>.Build.Dense(n, _ => normal.Sample());",
              "_ => normal.Sample()", "normal.Sample()", TestName = "A_distributions_Sample")]
    [TestCase("return Vector<double>.Build.Dense(n, _ => Random.Shared.NextDouble());",
              "_ => Random.Shared.NextDouble()", "Random.Shared.NextDouble()", TestName = "Random_Shared")]
    [TestCase("return Vector<double>.Build.Dense(n, i => { double u = random.NextDouble(); return u * limit; });",
              "i => { double u = random.NextDouble(); return u * limit; }", "random.NextDouble()", TestName = "A_block_bodied_lambda")]
    [TestCase("return CreateVector.Dense<double>(n, _ => random.NextDouble());",
              "_ => random.NextDouble()", "random.NextDouble()", TestName = "CreateVector_Dense")]
    [TestCase("return MathNet.Numerics.LinearAlgebra.Double.DenseVector.Create(n, _ => random.NextDouble());",
              "_ => random.NextDouble()", "random.NextDouble()", TestName = "DenseVector_Create")]
    public async Task A_draw_from_a_shared_Random_in_an_init_function_is_a_warning_on_the_function(
        string body, string flagged, string draw)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0012");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(flagged);
        diagnostics[0].GetMessage().Should().StartWith($"'{draw}' draws from a Random inside the init function of ");
    }

    [TestCase("return Vector<double>.Build.Dense(n, Draw);",
              "private static readonly Random Shared = new(1); private static double Draw(int i) => Shared.NextDouble();",
              "Shared.NextDouble()", TestName = "A_method_reading_a_static_Random")]
    [TestCase("return Vector<double>.Build.Dense(n, i => Draw(random, i));",
              "private static double Draw(Random r, int i) => r.NextDouble() * i;",
              "Draw(random, i)", TestName = "A_helper_handed_the_Random")]
    public async Task Method_groups_and_helpers_that_draw_are_reported(string body, string members, string draw)
    {
        var diagnostics = await Diagnose(body, members);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().StartWith($"'{draw}' draws from a Random");
    }

    [Test]
    public async Task A_local_function_passed_as_a_method_group_is_reported_on_the_method_group()
    {
        var diagnostics = await Diagnose("""
            double Draw(int i) => (2 * random.NextDouble() - 1) * limit;
            return Vector<double>.Build.Dense(n, Draw);
            """);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be("Draw");
    }

    [Test]
    public async Task The_message_says_why_and_what_to_do_instead()
    {
        var diagnostics = await Diagnose("return Vector<double>.Build.Dense(n, _ => random.NextDouble());");

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "'random.NextDouble()' draws from a Random inside the init function of Build.Dense, and MathNet may call that "
            + "function from several threads at once: System.Random is not thread-safe, so the same seed gives different, "
            + "sometimes corrupt, numbers on every run. Draw the values one after another in a plain loop (then "
            + "DenseOfArray), or use Build.Random(..., distribution) with a distribution built on a seeded Random.");
    }

    [TestCase("return Matrix<double>.Build.Dense(n, n, (i, j) => i == j ? 1.0 : Math.Sin(i + j) * limit);",
              TestName = "A_pure_function_of_the_indices")]
    [TestCase("""
              var values = new double[n];
              for (int i = 0; i < n; i++)
                  values[i] = (2 * random.NextDouble() - 1) * limit;
              return Vector<double>.Build.Dense(n, i => values[i]);
              """, TestName = "A_Random_used_outside_the_lambda_and_a_captured_array_read")]
    [TestCase("double scale = random.NextDouble(); return Vector<double>.Build.Dense(n, i => scale * i);",
              TestName = "A_value_drawn_once_before_the_call")]
    [TestCase("return Vector<double>.Build.Random(n, new Normal(0, limit, random));",
              TestName = "Build_Random_with_a_seeded_distribution")]
    [TestCase("return Vector<double>.Build.Dense(n, i => new Random(i).NextDouble());",
              TestName = "A_Random_the_function_makes_for_itself")]
    [TestCase("return Vector<double>.Build.Dense(n, i => { var own = new Random(i); return own.NextDouble(); });",
              TestName = "A_local_Random_of_the_function")]
    [TestCase("return Vector<double>.Build.Dense(n).Map(x => x + limit);",
              TestName = "Other_MathNet_methods_taking_a_function")]
    [TestCase("return Array.ConvertAll(new int[n], _ => random.NextDouble());",
              TestName = "A_lambda_given_to_something_other_than_a_builder")]
    public async Task Init_functions_that_share_no_Random_are_not_reported(string body)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().BeEmpty();
    }

    private static IEnumerable<TestCaseData> Labs(string side) =>
        LabSources.Labs(side).Select(lab => new TestCaseData(side, lab).SetArgDisplayNames(side + "/" + lab));

    private static IEnumerable<TestCaseData> KataLabs() => Labs("solutions").Concat(Labs("exercises"));

    [TestCaseSource(nameof(KataLabs))]
    public async Task The_kata_itself_draws_no_Random_inside_an_init_function(string side, string lab)
    {
        var root = RepoRoot.Find();
        var files = side == "solutions" ? LabSources.Solution(root, lab) : LabSources.Exercise(root, lab);
        files.Should().NotBeEmpty("{0}/{1} must hold the lab's code", side, lab);

        var diagnostics = await AnalyzerHarness.DiagnoseProjectAsync([new RandomInParallelInitAnalyzer()], files, typeof(Matrix<double>),
                                                                     typeof(Given.Require), typeof(Engine.Backends), typeof(Engine.ComputeBackend));

        diagnostics.Select(d => d.ToString()).Should().BeEmpty("given code and reference solutions draw their random numbers one after another");
    }
}
