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
/// RK0011: window targets not shifted. Reported on a value stored as targets when the same member
/// stores the very same read of a series as inputs (<see cref="WindowRoles"/> says which is which):
/// <c>targets[i, t] = series[i + t]</c> beside <c>inputs[i, t] = series[i + t]</c>,
/// <c>values.SubMatrix(0, b, 0, n)</c> for both, or <c>Dense(r, n, (i, t) =&gt; series[i + t])</c> for
/// both (lambda parameters match by position).
/// </summary>
/// <remarks>
/// Deliberately conservative. Only reads count: the value must index something (<c>s[i]</c>,
/// <c>s[a..b]</c>), slice it (<c>Skip</c>, <c>Take</c>, <c>SubMatrix</c>, <c>SubVector</c>,
/// <c>GetRange</c>, <c>Slice</c>, <c>Row</c>, <c>Column</c>) or call a delegate (<c>series(t0 + k * dt)</c>),
/// so two empty matrices filled later are not compared. Not reported when anything the read names is
/// changed between the two (<c>start++</c>), or when a name says both or neither role.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnshiftedWindowTargetAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] SliceMethods =
        { "Skip", "Take", "SubMatrix", "SubVector", "GetRange", "Slice", "Row", "Column", "AsSpan", "AsMemory" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.UnshiftedWindowTarget);

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

        var stored = WindowRoles.Find(block, model, cancellationToken);
        var inputs = stored.Where(s => s.Role == WindowRole.Input && Reads(s.Value, model, cancellationToken)).Select(s => s.Value).ToList();
        if (inputs.Count == 0)
            return;

        var reported = new HashSet<ExpressionSyntax>();
        foreach (var target in stored.Where(s => s.Role == WindowRole.Target).Select(s => s.Value))
        {
            if (reported.Contains(target))
                continue;
            var input = inputs.FirstOrDefault(i => i != target && Equivalent(i, target, model, cancellationToken)
                                                   && !ChangedBetween(i, target, block, model, cancellationToken));
            if (input is null)
                continue;
            reported.Add(target);
            context.ReportDiagnostic(Diagnostic.Create(
                KataDiagnostics.UnshiftedWindowTarget, target.GetLocation(), target.ToString(), input.ToString()));
        }
    }

    // Whether the value reads a series: an element access, a slice, a call of a delegate.
    private static bool Reads(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken) =>
        value.DescendantNodesAndSelf().Any(node => node switch
        {
            ElementAccessExpressionSyntax => true,
            InvocationExpressionSyntax call => SliceMethods.Contains(Expressions.MethodName(call))
                                               || model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke },
            _ => false,
        });

    // The same syntax, every name bound to the same symbol, except that the parameters of lambdas
    // match when they stand at the same position of their lambdas.
    private static bool Equivalent(ExpressionSyntax left, ExpressionSyntax right, SemanticModel model, CancellationToken cancellationToken)
    {
        left = Expressions.Strip(left);
        right = Expressions.Strip(right);
        if (!SyntaxFactory.AreEquivalent(left, right, topLevel: false))
            return false;
        var leftNames = left.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().ToList();
        var rightNames = right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().ToList();
        return leftNames.Count == rightNames.Count && leftNames.Zip(rightNames, (l, r) =>
        {
            var (a, b) = (model.GetSymbolInfo(l, cancellationToken).Symbol, model.GetSymbolInfo(r, cancellationToken).Symbol);
            return SymbolEqualityComparer.Default.Equals(a, b)
                || a is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } pa
                   && b is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } pb
                   && pa.Ordinal == pb.Ordinal;
        }).All(same => same);
    }

    // Whether a variable the read names is written anywhere between the two reads.
    private static bool ChangedBetween(ExpressionSyntax first, ExpressionSyntax second, SyntaxNode block,
                                       SemanticModel model, CancellationToken cancellationToken)
    {
        var (start, end) = first.SpanStart < second.SpanStart ? (first.Span.End, second.SpanStart) : (second.Span.End, first.SpanStart);
        var named = first.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Select(n => model.GetSymbolInfo(n, cancellationToken).Symbol)
            .Where(s => s is ILocalSymbol or IFieldSymbol or IPropertySymbol or IParameterSymbol)
            .Distinct(SymbolEqualityComparer.Default);
        return named.Any(symbol => Accesses.Of(symbol!, block, model, cancellationToken).Any(access =>
            access.SpanStart >= start && access.SpanStart < end
            && (Accesses.Classify(access) != AccessKind.Read || Accesses.IsElementOverwrite(access))));
    }
}
