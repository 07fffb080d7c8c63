using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0005: a backward pass whose loop over time counts up. Reported on a <c>for</c> loop that
/// counts up (<c>t++</c>, <c>++t</c>, <c>t += 1</c>, <c>t = t + 1</c>) inside a method whose name
/// says it is a backward pass (<see cref="RnnNames.IsBackwardPass"/>), when the loop carries a
/// gradient from one iteration to the next (see <see cref="CarriedGradients"/>: the <c>dhNext</c> pattern).
/// </summary>
/// <remarks>
/// Not reported: loops that count down; loops that only sum or zero gradients (<c>dW += …</c>,
/// <c>dW = dW + …</c>, <c>dW = 0</c>); loops whose counter is turned round (<c>T - 1 - k</c>,
/// <c>^(k + 1)</c>) or methods that reverse a sequence; loops in methods that are not backward passes.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ForwardBackwardPassAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.BackwardWalksForward);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ForStatement);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var loop = (ForStatementSyntax)context.Node;
        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;

        var method = loop.Ancestors().FirstOrDefault(a =>
            a is MethodDeclarationSyntax m && RnnNames.IsBackwardPass(m.Identifier.ValueText)
            || a is LocalFunctionStatementSyntax f && RnnNames.IsBackwardPass(f.Identifier.ValueText));
        if (method is null
            || CountsUp(loop, model, cancellationToken) is not { } counter
            || IsTurnedRound(loop, counter, model, cancellationToken)
            || ReversesASequence(method))
            return;

        var carried = CarriedGradients.Find(loop, counter, model, cancellationToken);
        if (carried is null)
            return;

        var header = TextSpan.FromBounds(loop.ForKeyword.SpanStart, loop.CloseParenToken.Span.End);
        context.ReportDiagnostic(Diagnostic.Create(
            KataDiagnostics.BackwardWalksForward,
            Location.Create(loop.SyntaxTree, header),
            method is MethodDeclarationSyntax declared ? declared.Identifier.ValueText : ((LocalFunctionStatementSyntax)method).Identifier.ValueText,
            counter.Name,
            carried.Name));
    }

    // The counter of a loop whose every incrementor adds a positive constant to it: t++, ++t,
    // t += 1, t = t + 1.
    private static ISymbol? CountsUp(ForStatementSyntax loop, SemanticModel model, CancellationToken cancellationToken)
    {
        if (loop.Incrementors.Count == 0)
            return null;
        ISymbol? counter = null;
        foreach (var incrementor in loop.Incrementors)
        {
            var counted = incrementor switch
            {
                PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) => postfix.Operand,
                PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) => prefix.Operand,
                AssignmentExpressionSyntax add when add.IsKind(SyntaxKind.AddAssignmentExpression) && IsPositive(add.Right, model, cancellationToken) => add.Left,
                AssignmentExpressionSyntax { Right: BinaryExpressionSyntax sum } set when set.IsKind(SyntaxKind.SimpleAssignmentExpression)
                    && sum.IsKind(SyntaxKind.AddExpression) && Expressions.Same(sum.Left, set.Left, model, cancellationToken)
                    && IsPositive(sum.Right, model, cancellationToken) => set.Left,
                _ => null,
            };
            if (counted is null)
                return null;
            counter ??= model.GetSymbolInfo(counted, cancellationToken).Symbol;
        }
        return counter is ILocalSymbol or IParameterSymbol or IFieldSymbol ? counter : null;
    }

    private static bool IsPositive(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var constant = model.GetConstantValue(expression, cancellationToken);
        return constant.HasValue && constant.Value is int and > 0 or long and > 0;
    }

    // for (int k = 0; k < T; k++) { int t = T - 1 - k; … } walks time backwards with a counter
    // that counts up, and so does an index from the end, xs[^(k + 1)]. Only the arithmetic around
    // the counter counts: in 1 - hs[t + 1] the counter is an index, not subtracted.
    private static bool IsTurnedRound(ForStatementSyntax loop, ISymbol counter, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var reference in Accesses.Of(counter, loop.Statement, model, cancellationToken))
        {
            SyntaxNode term = reference;
            for (var parent = term.Parent; parent is not null; term = parent, parent = parent.Parent)
            {
                if (parent is BinaryExpressionSyntax subtraction && subtraction.IsKind(SyntaxKind.SubtractExpression) && subtraction.Right == term
                    || parent is PrefixUnaryExpressionSyntax fromEnd && fromEnd.IsKind(SyntaxKind.IndexExpression))
                    return true;
                if (parent is not (BinaryExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax or PrefixUnaryExpressionSyntax))
                    break;
            }
        }
        return false;
    }

    private static bool ReversesASequence(SyntaxNode method) =>
        method.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => Expressions.MethodName(i) is "Reverse" or "Reversed");
}
