using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0015: probabilities divided by a temperature (<c>Softmax(z) / temperature</c>, <c>probs[i] /= temperature</c>,
/// <c>p.Divide(temperature)</c>) where the logits should be (<c>Softmax(z / temperature)</c>). Reported on the division.
/// </summary>
/// <remarks>
/// The divisor must name a temperature: an identifier or member containing <c>temperature</c> (any case). The dividend
/// must be a probability: a call of a method whose name contains <c>softmax</c> or <c>probabilit</c> (or a call on one,
/// <c>Softmax(m).Row(0)</c>), an identifier
/// whose name contains <c>prob</c>, an element of either, or a local initialised from such a call. <c>Math.Log(p) / T</c>
/// (log-probabilities are logits up to a constant) and <c>Math.Pow(p, 1 / T)</c> (the right way to temper
/// probabilities) are not reported: their dividend is no probability.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TemperedProbabilitiesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.TemperedProbabilities);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeDivision, SyntaxKind.DivideExpression, SyntaxKind.DivideAssignmentExpression);
        context.RegisterSyntaxNodeAction(AnalyzeDivideCall, SyntaxKind.InvocationExpression);
    }

    private static void AnalyzeDivision(SyntaxNodeAnalysisContext context)
    {
        var (dividend, divisor) = context.Node switch
        {
            BinaryExpressionSyntax b => (b.Left, b.Right),
            AssignmentExpressionSyntax a => (a.Left, a.Right),
            _ => (null!, null!),
        };
        Report(context, context.Node, dividend, divisor);
    }

    private static void AnalyzeDivideCall(SyntaxNodeAnalysisContext context)
    {
        var call = (InvocationExpressionSyntax)context.Node;
        if (Expressions.MethodName(call) is "Divide" && call.ArgumentList.Arguments.Count >= 1 && Expressions.Receiver(call) is { } receiver)
            Report(context, call, receiver, call.ArgumentList.Arguments[0].Expression);
    }

    private static void Report(SyntaxNodeAnalysisContext context, SyntaxNode division, ExpressionSyntax dividend, ExpressionSyntax divisor)
    {
        if (NamesTemperature(divisor) && IsProbability(dividend, context.SemanticModel, context.CancellationToken, depth: 0))
            context.ReportDiagnostic(Diagnostic.Create(KataDiagnostics.TemperedProbabilities, division.GetLocation(), dividend.ToString(), divisor.ToString()));
    }

    private static bool NamesTemperature(ExpressionSyntax divisor) =>
        Strip(divisor).DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText.IndexOf("temperature", StringComparison.OrdinalIgnoreCase) >= 0);

    private static bool IsProbability(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken, int depth)
    {
        switch (Strip(expression))
        {
            case InvocationExpressionSyntax call:
                // Softmax(z) itself, or a piece of it: Softmax(m).Row(0), probs.ToArray().
                return NameSays(Expressions.MethodName(call), "softmax", "probabilit")
                    || Expressions.Receiver(call) is { } receiver && IsProbability(receiver, model, cancellationToken, depth);
            case ElementAccessExpressionSyntax element:
                return IsProbability(element.Expression, model, cancellationToken, depth);
            case MemberAccessExpressionSyntax member:
                return NameSays(member.Name.Identifier.ValueText, "prob");
            case IdentifierNameSyntax name:
                if (NameSays(name.Identifier.ValueText, "prob"))
                    return true;
                // A local initialised from a softmax: var p = Softmax(z); … p / temperature.
                return depth < 2 && model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol local
                    && local.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<VariableDeclaratorSyntax>()
                        .Any(d => d.Initializer is { } init && init.Value is InvocationExpressionSyntax
                                  && IsProbability(init.Value, model, cancellationToken, depth + 1));
            default:
                return false;
        }
    }

    private static bool NameSays(string? name, params string[] parts) =>
        name is not null && parts.Any(p => name.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0);

    private static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    break;
                case CastExpressionSyntax c:
                    expression = c.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }
}
