using MathNet.Numerics.LinearAlgebra;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>RK0001: every stub that still throws NotImplementedException is on the to-do list.</summary>
[TestFixture]
[Category("Analyzers")]
public sealed class NotImplementedStubAnalyzerTests
{
    private static Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> Diagnose(string source, params Type[] extra) =>
        AnalyzerHarness.DiagnoseAsync(new NotImplementedStubAnalyzer(), source, extra);

    [Test]
    public async Task A_throw_statement_is_reported_on_the_throw_with_the_stub_message()
    {
        var diagnostics = await Diagnose("""
            using System;
            namespace Lab;
            public static class Cell
            {
                public static double Step(double x)
                {
                    throw new NotImplementedException("Implement Cell.Step — see docs/01-two-step-rnn.md#task-1");
                }
            }
            """);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0001");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostics[0].FlaggedText().Should().StartWith("throw new NotImplementedException(");
        diagnostics[0].GetMessage().Should().Be(
            "Cell.Step is not implemented yet: Implement Cell.Step — see docs/01-two-step-rnn.md#task-1");
    }

    [Test]
    public async Task A_throw_expression_in_an_expression_bodied_member_is_reported()
    {
        var diagnostics = await Diagnose("""
            using System;
            namespace Lab;
            public static class Cell
            {
                public static double Step(double x) => throw new NotImplementedException("Implement Cell.Step");
            }
            """);

        diagnostics.Should().ContainSingle()
            .Which.FlaggedText().Should().Be("""throw new NotImplementedException("Implement Cell.Step")""");
    }

    [Test]
    public async Task Every_stub_of_the_lab_01_shape_is_reported_once()
    {
        var diagnostics = await Diagnose("""
            using System;
            using MathNet.Numerics.LinearAlgebra;
            namespace RnnKata.Lab01;
            public static class TwoStepRnn
            {
                public static Matrix<double> FirstStep(Matrix<double> x0) =>
                    throw new NotImplementedException("Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step");
                public static Matrix<double> SecondStep(Matrix<double> y0, Matrix<double> x1) =>
                    throw new NotImplementedException("Implement TwoStepRnn.SecondStep — see docs/01-two-step-rnn.md#task-2-the-second-step");
            }
            """, typeof(Matrix<double>));

        diagnostics.Select(d => d.GetMessage()).Should().SatisfyRespectively(
            first => first.Should().StartWith("TwoStepRnn.FirstStep is not implemented yet: Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step"),
            second => second.Should().StartWith("TwoStepRnn.SecondStep is not implemented yet: Implement TwoStepRnn.SecondStep"));
    }

    [Test]
    public async Task A_stub_without_a_message_points_at_its_docs_chapter()
    {
        var diagnostics = await Diagnose("""
            using System;
            namespace Lab;
            public sealed class Cell
            {
                public void Reset() => throw new NotImplementedException();
            }
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "Cell.Reset is not implemented yet: see its docs chapter");
    }

    [TestCase("public double Loss => throw new NotImplementedException();", "Cell.Loss")]
    [TestCase("public double Loss { get { throw new NotImplementedException(); } }", "Cell.Loss")]
    [TestCase("public Cell() { throw new NotImplementedException(); }", "The Cell constructor")]
    [TestCase("public sealed class Gate { public void Open() => throw new NotImplementedException(); }", "Cell.Gate.Open")]
    public async Task The_message_names_the_member_a_student_would_look_for(string member, string expectedName)
    {
        var diagnostics = await Diagnose($$"""
            using System;
            namespace Lab;
            public sealed class Cell
            {
                {{member}}
            }
            """);

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().StartWith(expectedName + " is not implemented yet");
    }

    [TestCase("throw new ArgumentException(\"x has the wrong shape\", nameof(x));")]
    [TestCase("throw new InvalidOperationException(\"Call Forward first.\");")]
    [TestCase("throw new NotSupportedException();")]
    [TestCase("try { return x; } catch (NotImplementedException) { throw; }")]
    [TestCase("var e = new NotImplementedException(); return e.Message.Length;")]
    public async Task Other_exceptions_rethrows_and_unthrown_instances_are_not_reported(string body)
    {
        var diagnostics = await Diagnose($$"""
            using System;
            namespace Lab;
            public static class Cell
            {
                public static double Step(double x)
                {
                    {{body}}
                }
            }
            """);

        diagnostics.Should().BeEmpty();
    }
}
