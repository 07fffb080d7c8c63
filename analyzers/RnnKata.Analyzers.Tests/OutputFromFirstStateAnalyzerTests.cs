using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>RK0014: a many-to-one network reads its output from h_T; W_hy times the state at index 0 is the classic slip.</summary>
[TestFixture]
[Category("Analyzers")]
public sealed class OutputFromFirstStateAnalyzerTests
{
    // Lab 7's forward pass, with the body under test after the recurrence.
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string body) =>
        AnalyzerHarness.DiagnoseAsync(new OutputFromFirstStateAnalyzer(), $$"""
            using System.Collections.Generic;
            using System.Linq;
            using MathNet.Numerics.LinearAlgebra;
            namespace Lab;
            public sealed class Net
            {
                public Matrix<double> Wxh = Matrix<double>.Build.Dense(2, 3), Whh = Matrix<double>.Build.Dense(2, 2), Why = Matrix<double>.Build.Dense(2, 2);
                public Matrix<double> WeightHy => Why;
                private readonly Matrix<double> _w_hy = Matrix<double>.Build.Dense(2, 2);
                public Vector<double> By = Vector<double>.Build.Dense(2);
                public Vector<double> Forward(IReadOnlyList<Vector<double>> xs)
                {
                    var hs = new List<Vector<double>> { Vector<double>.Build.Dense(2) };
                    foreach (var x in xs)
                        hs.Add((Wxh * x + Whh * hs[^1]).PointwiseTanh());
                    {{body}}
                }
            }
            """, typeof(Matrix<double>));

    [TestCase("return Why * hs[0] + By;", "Why * hs[0]")]
    [TestCase("return WeightHy * hs[0];", "WeightHy * hs[0]")]
    [TestCase("return this.Why * hs.First() + By;", "this.Why * hs.First()")]
    [TestCase("return _w_hy.Multiply(hs[0]);", "_w_hy.Multiply(hs[0])")]
    [TestCase("var h = hs[0]; return (Why * h) + By;", "Why * h")]
    [TestCase("return hs[0] * Why;", "hs[0] * Why")]
    public async Task The_output_from_the_first_state_is_reported(string body, string product)
    {
        var diagnostics = await Diagnose(body);

        diagnostics.Should().ContainSingle().Which.Id.Should().Be(KataDiagnostics.OutputFromFirstStateId);
        diagnostics[0].GetMessage().Should().Contain($"'{product}'").And.Contain("h_T");
    }

    [TestCase("return Why * hs[^1] + By;")]
    [TestCase("return Why * hs[xs.Count] + By;")]
    [TestCase("return Why * hs[hs.Count - 1] + By;")]
    [TestCase("return WeightHy * hs.Last();")]
    [TestCase("var h = hs[^1]; return Why * h;")]
    [TestCase("return Wxh * xs[0] + Whh * hs[0];")]
    [TestCase("var first = hs[0]; return Why * hs[^1] + first;")]
    public async Task The_output_from_the_last_state_and_other_products_at_index_0_are_not_reported(string body) =>
        (await Diagnose(body)).Should().BeEmpty();
}
