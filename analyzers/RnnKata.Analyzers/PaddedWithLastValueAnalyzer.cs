using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0013: a series padded at its end with copies of its own last value before it is cut into windows (the lecture's
/// mistake in chapter 6): the windows that reach into the padding get targets that never happened. Reported on the
/// last value <c>s[^1]</c>, <c>s[s.Count - 1]</c>, <c>s[s.Length - 1]</c> or <c>s.Last()</c> when it is added to a
/// sequence that holds s itself:
/// <c>s.Concat(Enumerable.Repeat(s[^1], n))</c>, <c>s.Append(s[^1])</c>, <c>[.. s, .. Enumerable.Repeat(s[^1], n)]</c>,
/// <c>padded.Add(s[^1])</c> or <c>padded.AddRange(Enumerable.Repeat(s[^1], n))</c> where <c>padded</c> is s or a local
/// initialised from it (<c>new List&lt;double&gt;(s)</c>, <c>s.ToList()</c>).
/// </summary>
/// <remarks>
/// Deliberately conservative: the last value repeated on its own (a naive forecast, <c>Enumerable.Repeat(s[^1], h)</c>)
/// or added to another collection (the last value of each window as a baseline) is not padding and stays quiet; so does a
/// list filled from s by a loop before the padding is added (the rule does not follow the list's contents).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PaddedWithLastValueAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.SeriesPaddedWithLastValue);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeElementAccess, SyntaxKind.ElementAccessExpression);
        context.RegisterSyntaxNodeAction(AnalyzeLastCall, SyntaxKind.InvocationExpression);
    }

    private static void AnalyzeElementAccess(SyntaxNodeAnalysisContext context)
    {
        var access = (ElementAccessExpressionSyntax)context.Node;
        if (access.ArgumentList.Arguments.Count != 1 || !IsLastIndex(access.ArgumentList.Arguments[0].Expression, access.Expression, context))
            return;
        Check(context, access, access.Expression);
    }

    private static void AnalyzeLastCall(SyntaxNodeAnalysisContext context)
    {
        var call = (InvocationExpressionSyntax)context.Node;
        if (call.ArgumentList.Arguments.Count != 0 || Expressions.MethodName(call) is not ("Last" or "LastOrDefault")
            || Expressions.Receiver(call) is not { } series)
            return;
        Check(context, call, series);
    }

    // ^1, or s.Count - 1 / s.Length - 1 of the same s.
    private static bool IsLastIndex(ExpressionSyntax index, ExpressionSyntax series, SyntaxNodeAnalysisContext context)
    {
        index = Expressions.Strip(index);
        if (index is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.IndexExpression } hat)
            return Expressions.IsConstant(hat.Operand, 1, context.SemanticModel, context.CancellationToken);
        return index is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } minus
               && Expressions.IsConstant(minus.Right, 1, context.SemanticModel, context.CancellationToken)
               && Expressions.Strip(minus.Left) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Count" or "Length" } size
               && Expressions.Same(size.Expression, series, context.SemanticModel, context.CancellationToken);
    }

    // The last value reported where it pads a sequence holding the series it came from.
    private static void Check(SyntaxNodeAnalysisContext context, ExpressionSyntax last, ExpressionSyntax series)
    {
        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        if (model.GetSymbolInfo(Expressions.Strip(series), cancellationToken).Symbol is not
            { Kind: SymbolKind.Local or SymbolKind.Parameter or SymbolKind.Field or SymbolKind.Property } symbol)
            return;

        // The value itself, or Enumerable.Repeat(value, n).
        SyntaxNode added = last;
        if (Parent(last) is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax repeat } } first
            && repeat.ArgumentList.Arguments[0] == first && Expressions.MethodName(repeat) == "Repeat"
            && model.GetSymbolInfo(repeat, cancellationToken).Symbol is IMethodSymbol { ContainingType.Name: "Enumerable" })
            added = repeat;

        if (!Pads(added, symbol, model, cancellationToken))
            return;
        context.ReportDiagnostic(Diagnostic.Create(KataDiagnostics.SeriesPaddedWithLastValue, added.GetLocation(), added.ToString(), series.ToString()));
    }

    private static bool Pads(SyntaxNode added, ISymbol series, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (Parent(added))
        {
            // s.Concat(…), s.Append(…), padded.Add(…), padded.AddRange(…)
            case ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } }
                when Expressions.MethodName(call) is "Concat" or "Append" or "Add" or "AddRange" && Expressions.Receiver(call) is { } receiver:
                return Holds(receiver, series, model, cancellationToken);
            // [.. s, .. Enumerable.Repeat(s[^1], n)] or [.. s, s[^1]]
            case SpreadElementSyntax { Parent: CollectionExpressionSyntax collection }:
                return SpreadsSeries(collection, series, model, cancellationToken);
            case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }:
                return SpreadsSeries(collection, series, model, cancellationToken);
            default:
                return false;
        }
    }

    private static bool SpreadsSeries(CollectionExpressionSyntax collection, ISymbol series, SemanticModel model, CancellationToken cancellationToken) =>
        collection.Elements.OfType<SpreadElementSyntax>().Any(spread => Holds(spread.Expression, series, model, cancellationToken));

    // The receiver names the series (s, s.ToList()), or is a local initialised from it (new List<double>(s)).
    private static bool Holds(ExpressionSyntax receiver, ISymbol series, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Expressions.Mentions(receiver, series, model, cancellationToken))
            return true;
        return model.GetSymbolInfo(Expressions.Strip(receiver), cancellationToken).Symbol is ILocalSymbol local
               && local.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<VariableDeclaratorSyntax>()
                   .Any(d => d.Initializer is { } init && Expressions.Mentions(init.Value, series, model, cancellationToken));
    }

    // The node around an expression, past parentheses and casts.
    private static SyntaxNode? Parent(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            parent = parent.Parent;
        return parent;
    }
}
