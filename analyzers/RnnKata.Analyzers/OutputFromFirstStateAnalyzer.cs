using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0014: a many-to-one network's output read from the first hidden state instead of the last. Reported on a product of
/// the output weights (a name like <c>Why</c>, <c>W_hy</c>, <c>WeightHy</c>, <c>_why</c>) with the state at index 0
/// (<c>hs[0]</c>, <c>run.Hidden[0]</c>, <c>states.First()</c>, or a local initialised from one of them), written as
/// <c>*</c> or as <c>Multiply</c>. Index 0 is h_0 (the zero state) where the list starts with it, and h_1 (the state
/// after the first word) where it does not: either way not h_T.
/// </summary>
/// <remarks>
/// Not reported: <c>hs[^1]</c>, <c>hs[T]</c>, <c>hs[hs.Count - 1]</c>, <c>hs.Last()</c>, and index 0 of anything
/// multiplied by another matrix (the inputs' <c>W_xh * xs[0]</c>, a recurrence from <c>W_hh * hs[0]</c>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OutputFromFirstStateAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.OutputFromFirstState);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeProduct, SyntaxKind.MultiplyExpression);
        context.RegisterSyntaxNodeAction(AnalyzeMultiply, SyntaxKind.InvocationExpression);
    }

    private static void AnalyzeProduct(SyntaxNodeAnalysisContext context)
    {
        var product = (BinaryExpressionSyntax)context.Node;
        Check(context, product, product.Left, product.Right);
        Check(context, product, product.Right, product.Left);
    }

    private static void AnalyzeMultiply(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (Expressions.MethodName(invocation) == "Multiply" && Expressions.Receiver(invocation) is { } receiver
            && invocation.ArgumentList.Arguments.Count == 1)
            Check(context, invocation, receiver, invocation.ArgumentList.Arguments[0].Expression);
    }

    private static void Check(SyntaxNodeAnalysisContext context, ExpressionSyntax node, ExpressionSyntax weights, ExpressionSyntax state)
    {
        if (!IsOutputWeights(Expressions.Strip(weights)))
            return;
        if (FirstState(Expressions.Strip(state), context.SemanticModel, context.CancellationToken) is not { } first)
            return;
        context.ReportDiagnostic(Diagnostic.Create(KataDiagnostics.OutputFromFirstState, node.GetLocation(), node.ToString(), first.ToString()));
    }

    // Why, W_hy, WeightHy, weightHy, _why, this.Why, network.WeightHy.
    private static bool IsOutputWeights(ExpressionSyntax expression)
    {
        var name = expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
            return false;
        var plain = name.Replace("_", string.Empty).ToLowerInvariant();
        return plain is "why" or "weighthy" or "whyweights";
    }

    // xs[0] or xs.First() / FirstOrDefault(), directly or through a local initialised with it.
    private static ExpressionSyntax? FirstState(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        if (expression is IdentifierNameSyntax identifier
            && model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local
            && local.DeclaringSyntaxReferences.Length == 1
            && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value })
            expression = Expressions.Strip(value);
        return expression switch
        {
            ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count == 1
                && Expressions.IsConstant(element.ArgumentList.Arguments[0].Expression, 0, model, cancellationToken) => expression,
            InvocationExpressionSyntax invocation when Expressions.MethodName(invocation) is "First" or "FirstOrDefault"
                && invocation.ArgumentList.Arguments.Count == 0 => expression,
            _ => null,
        };
    }
}
