using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0007: softmax or log-sum-exp without subtracting the maximum first. Reported on an
/// exponential (<c>Math.Exp</c>, <c>PointwiseExp</c>, <c>.Map(Math.Exp)</c>) when the same member
/// divides by a sum of what it produced (<c>e / e.Sum()</c>, <c>e[i, j] / sums[i]</c>, <c>/= sum</c>,
/// <c>.Divide</c>, <c>.NormalizeRows(1)</c>) or takes the log of such a sum, and nothing in the
/// member speaks of a maximum.
/// </summary>
/// <remarks>
/// Deliberately conservative: a false alarm on a correct softmax teaches the wrong thing. The member
/// is left alone when any name in it mentions a maximum (<c>Max()</c>, <c>Maximum()</c>,
/// <c>Math.Max</c>, <c>AbsoluteMaximum</c>, <c>rowMax</c>), when it finds a maximum by comparison
/// (<c>if (z[j] &gt; m) m = z[j];</c>), when the exponent is a difference (<c>Math.Exp(z - m)</c>, or a
/// local set to one), and when the exponent comes from a method of the project's own, which may
/// have shifted it already. Sigmoids (<c>1 / (1 + Math.Exp(-x))</c>) divide by no sum.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnshiftedSoftmaxAnalyzer : DiagnosticAnalyzer
{
    private const string Softmax = "divided by the sum of the exponentials (softmax)";
    private const string LogSumExp = "summed inside a logarithm (log-sum-exp)";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.UnshiftedSoftmax);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCodeBlockAction(Analyze);
    }

    private static void Analyze(CodeBlockAnalysisContext context)
    {
        var block = context.CodeBlock;
        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;

        var exps = block.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => Exponent(i, model, cancellationToken) is not null)
            .ToList();
        if (exps.Count == 0 || SpeaksOfAMaximum(block, model, cancellationToken))
            return;

        var normalisations = Normalisations(block, model, cancellationToken).ToList();
        if (normalisations.Count == 0)
            return;

        var flow = new ExpFlow(block, model, cancellationToken);
        var derived = exps.ToDictionary(e => e, flow.DerivedFrom);
        var reported = new HashSet<InvocationExpressionSyntax>();
        foreach (var (operand, kind, normalisesItself) in normalisations)
        {
            // NormalizeRows(1) divides by the sums itself: what it normalises need only derive from exp.
            var feeding = exps.Where(e => normalisesItself ? flow.Derives(operand, e, derived[e]) : flow.IsSumOf(operand, e, derived[e]))
                .ToList();
            if (feeding.Count == 0 || feeding.Any(e => MayBeShifted(e, flow, model, cancellationToken)))
                continue;
            if (reported.Add(feeding[0]))
            {
                var exponent = Expressions.Resolve(Exponent(feeding[0], model, cancellationToken)!, model, cancellationToken);
                context.ReportDiagnostic(Diagnostic.Create(
                    KataDiagnostics.UnshiftedSoftmax, feeding[0].GetLocation(), exponent.ToString(), kind));
            }
        }
    }

    // What is exponentiated: a in Math.Exp(a), a.PointwiseExp(), a.Map(Math.Exp).
    private static ExpressionSyntax? Exponent(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Expressions.IsScalarMath(invocation, "Exp", model, cancellationToken))
            return invocation.ArgumentList.Arguments[0].Expression;
        var method = Expressions.MethodName(invocation);
        if (method == "PointwiseExp")
            return Expressions.Receiver(invocation);
        if (method is "Map" or "MapInplace" or "MapConvert" or "Select"
            && invocation.ArgumentList.Arguments.FirstOrDefault() is { } mapped
            && Expressions.IsScalarMathGroup(mapped.Expression, "Exp", model, cancellationToken))
            return Expressions.Receiver(invocation);
        return null;
    }

    // Divisions (/, /=, Divide, PointwiseDivide) with their divisor, logs with their argument, and
    // L1 normalisations (NormalizeRows(1), Normalize(1)) with what they normalise.
    private static IEnumerable<(ExpressionSyntax Operand, string Kind, bool NormalisesItself)> Normalisations(
        SyntaxNode block, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in block.DescendantNodes())
        {
            switch (node)
            {
                case BinaryExpressionSyntax division when division.IsKind(SyntaxKind.DivideExpression):
                    yield return (division.Right, Softmax, false);
                    break;
                case AssignmentExpressionSyntax division when division.IsKind(SyntaxKind.DivideAssignmentExpression):
                    yield return (division.Right, Softmax, false);
                    break;
                case InvocationExpressionSyntax call when Expressions.MethodName(call) is "Divide" or "PointwiseDivide"
                                                          && call.ArgumentList.Arguments.Count >= 1:
                    yield return (call.ArgumentList.Arguments[0].Expression, Softmax, false);
                    break;
                case InvocationExpressionSyntax call when Expressions.IsScalarMath(call, "Log", model, cancellationToken):
                    yield return (call.ArgumentList.Arguments[0].Expression, LogSumExp, false);
                    break;
                case InvocationExpressionSyntax call when IsNormalize(call)
                                                          && call.ArgumentList.Arguments.Count == 1
                                                          && Expressions.IsConstant(call.ArgumentList.Arguments[0].Expression, 1, model, cancellationToken)
                                                          && Expressions.Receiver(call) is { } normalised:
                    yield return (normalised, Softmax, true);
                    break;
            }
        }
    }

    private static bool IsNormalize(InvocationExpressionSyntax call) =>
        Expressions.MethodName(call) is "NormalizeRows" or "NormalizeColumns" or "Normalize";

    // Any identifier with "max" in it (softmax aside), or a maximum found by comparison: if (a > m) m = a;
    // m = a > m ? a : m.
    private static bool SpeaksOfAMaximum(SyntaxNode block, SemanticModel model, CancellationToken cancellationToken) =>
        block.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && MentionsMax(t.ValueText))
        || block.DescendantNodes().Any(node => node switch
        {
            IfStatementSyntax { Condition: BinaryExpressionSyntax comparison } choice =>
                IsComparison(comparison) && KeepsOneSide(choice.Statement, comparison, model, cancellationToken),
            ConditionalExpressionSyntax { Condition: BinaryExpressionSyntax comparison } choice =>
                IsComparison(comparison) && IsEither(choice.WhenTrue, comparison, model, cancellationToken)
                                         && IsEither(choice.WhenFalse, comparison, model, cancellationToken),
            _ => false,
        });

    // Softmax itself is no maximum: the method is likely called so.
    private static bool MentionsMax(string name)
    {
        var lower = name.ToLowerInvariant().Replace("softmax", string.Empty);
        return lower.Contains("max");
    }

    private static bool IsComparison(BinaryExpressionSyntax comparison) =>
        comparison.Kind() is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
            or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression;

    private static bool KeepsOneSide(StatementSyntax statement, BinaryExpressionSyntax comparison, SemanticModel model, CancellationToken cancellationToken)
    {
        if (statement is BlockSyntax { Statements.Count: 1 } block)
            statement = block.Statements[0];
        return statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && (Expressions.Same(assignment.Left, comparison.Left, model, cancellationToken) && Expressions.Same(assignment.Right, comparison.Right, model, cancellationToken)
                || Expressions.Same(assignment.Left, comparison.Right, model, cancellationToken) && Expressions.Same(assignment.Right, comparison.Left, model, cancellationToken));
    }

    private static bool IsEither(ExpressionSyntax value, BinaryExpressionSyntax comparison, SemanticModel model, CancellationToken cancellationToken) =>
        Expressions.Same(value, comparison.Left, model, cancellationToken) || Expressions.Same(value, comparison.Right, model, cancellationToken);

    // Whether the exponent may already have had something subtracted: it is, or comes from, a
    // difference, or it comes from a method of the project's own.
    private static bool MayBeShifted(InvocationExpressionSyntax exp, ExpFlow flow, SemanticModel model, CancellationToken cancellationToken)
    {
        var pending = new Stack<(ExpressionSyntax Expression, int Depth)>();
        pending.Push((Exponent(exp, model, cancellationToken)!, 0));
        while (pending.Count > 0)
        {
            var (expression, depth) = pending.Pop();
            var resolved = Expressions.Resolve(expression, model, cancellationToken);
            // Indices say where, not what: z[j - 1] is no shift, and neither is a loop counter's start.
            foreach (var node in new[] { expression, resolved }.SelectMany(e => e.DescendantNodesAndSelf(n => n is not BracketedArgumentListSyntax)))
            {
                if (node is BinaryExpressionSyntax difference && difference.IsKind(SyntaxKind.SubtractExpression)
                    || node is InvocationExpressionSyntax call && (Expressions.MethodName(call) is "Subtract" || IsOwnMethod(call, model, cancellationToken)))
                    return true;
                if (depth < 4 && node is IdentifierNameSyntax name
                    && model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol local)
                {
                    foreach (var value in flow.ValuesOf(local))
                        pending.Push((value, depth + 1));
                }
            }
        }
        return false;
    }

    private static bool IsOwnMethod(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method && method.Locations.Any(l => l.IsInSource);
}
