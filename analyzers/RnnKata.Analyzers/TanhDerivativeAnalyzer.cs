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
/// RK0006: tanh's derivative computed from its input. Reported on <c>1 − a²</c> (<c>1 - a * a</c>,
/// <c>1 - a.PointwisePower(2)</c>, <c>1 - a.PointwiseMultiply(a)</c>, <c>1 - Math.Pow(a, 2)</c>,
/// <c>a.PointwisePower(2).SubtractFrom(1)</c>, <c>ones - …</c>, <c>ones.Subtract(…)</c>, and
/// <c>a.Map(v =&gt; 1 - v * v)</c>) when the same member passes <c>a</c> to tanh
/// (<c>Math.Tanh(a)</c>, <c>a.PointwiseTanh()</c>, <c>Trig.Tanh(a)</c>, <c>a.Map(Math.Tanh)</c>).
/// An element <c>a[i]</c> counts as <c>a</c>: element-wise code treats every entry alike.
/// </summary>
/// <remarks>
/// Not reported: <c>1 − h²</c> with <c>h</c> tanh's output, <c>1 - Math.Tanh(a) * Math.Tanh(a)</c>,
/// and a variable that is overwritten with its own tanh (<c>a = a.PointwiseTanh()</c>,
/// <c>a.MapInplace(Math.Tanh)</c>): it holds the output by the time it is squared.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TanhDerivativeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.TanhDerivativeFromInput);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCodeBlockAction(Analyze);
    }

    private static void Analyze(CodeBlockAnalysisContext context)
    {
        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;

        var inputs = new List<ExpressionSyntax>();
        var outputs = new List<ExpressionSyntax>();
        foreach (var invocation in context.CodeBlock.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (TanhInput(invocation, model, cancellationToken) is not { } input)
                continue;
            inputs.Add(Collection(input, model, cancellationToken));
            if (Holder(invocation, model, cancellationToken) is { } holder)
                outputs.Add(Collection(holder, model, cancellationToken));
        }
        if (inputs.Count == 0)
            return;

        foreach (var node in context.CodeBlock.DescendantNodes().OfType<ExpressionSyntax>())
        {
            if (SquaredInOneMinus(node, model, cancellationToken) is not { } squared)
                continue;
            var variable = Collection(squared, model, cancellationToken);
            if (inputs.Any(i => Expressions.Same(i, variable, model, cancellationToken))
                && !outputs.Any(o => Expressions.Same(o, variable, model, cancellationToken)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    KataDiagnostics.TanhDerivativeFromInput, node.GetLocation(), node.ToString(), variable.ToString()));
            }
        }
    }

    // The matrix, vector or array an expression is part of: a for a, for a[i] and for the v of
    // a.Map(v => …). Element-wise code treats every element of a the same way, whatever the index
    // is called in each loop.
    private static ExpressionSyntax Collection(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var resolved = Expressions.Resolve(expression, model, cancellationToken);
        while (resolved is ElementAccessExpressionSyntax element)
            resolved = Expressions.Resolve(element.Expression, model, cancellationToken);
        return resolved;
    }

    // What tanh is applied to: a in Math.Tanh(a), Trig.Tanh(a), a.PointwiseTanh(), a.Map(Math.Tanh).
    private static ExpressionSyntax? TanhInput(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Expressions.IsScalarMath(invocation, "Tanh", model, cancellationToken))
            return invocation.ArgumentList.Arguments[0].Expression;
        var method = Expressions.MethodName(invocation);
        if (method == "PointwiseTanh")
            return Expressions.Receiver(invocation);
        if (method is "Map" or "MapInplace" or "MapConvert" or "Select"
            && invocation.ArgumentList.Arguments.FirstOrDefault() is { } mapped
            && Expressions.IsScalarMathGroup(mapped.Expression, "Tanh", model, cancellationToken))
            return Expressions.Receiver(invocation);
        return null;
    }

    // Where a tanh's output is stored back: a = Math.Tanh(…), a.PointwiseTanh(a), a.Map(Math.Tanh, a),
    // a.MapInplace(Math.Tanh), a.MapInplace(v => Math.Tanh(v)). Such an a holds tanh's output.
    private static ExpressionSyntax? Holder(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        var node = Accesses.WalkUpParentheses(invocation);
        if (node.Parent is AssignmentExpressionSyntax assignment && assignment.Right == node
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
            return assignment.Left;

        var method = Expressions.MethodName(invocation);
        var arguments = invocation.ArgumentList.Arguments;
        if (method == "PointwiseTanh" && arguments.Count == 1)
            return arguments[0].Expression;
        if (method == "Map" && arguments.Count >= 2)
            return arguments[1].Expression;
        if (method == "MapInplace")
            return Expressions.Receiver(invocation);

        // Math.Tanh(v) inside a.MapInplace(v => …).
        var lambda = invocation.Ancestors().OfType<LambdaExpressionSyntax>().FirstOrDefault();
        return lambda?.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outer } }
               && Expressions.MethodName(outer) is "MapInplace" or "MapIndexedInplace"
            ? Expressions.Receiver(outer)
            : null;
    }

    // The a of 1 − a², in the shapes the class summary lists; null for any other expression.
    private static ExpressionSyntax? SquaredInOneMinus(ExpressionSyntax node, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case BinaryExpressionSyntax difference when difference.IsKind(SyntaxKind.SubtractExpression)
                                                        && IsOne(difference.Left, model, cancellationToken):
                return Squared(difference.Right, model, cancellationToken);
            case InvocationExpressionSyntax call when Expressions.MethodName(call) == "Subtract"
                                                      && call.ArgumentList.Arguments.Count == 1
                                                      && Expressions.Receiver(call) is { } ones
                                                      && IsOne(ones, model, cancellationToken):
                return Squared(call.ArgumentList.Arguments[0].Expression, model, cancellationToken);
            case InvocationExpressionSyntax call when Expressions.MethodName(call) == "SubtractFrom"
                                                      && call.ArgumentList.Arguments.Count == 1
                                                      && IsOne(call.ArgumentList.Arguments[0].Expression, model, cancellationToken)
                                                      && Expressions.Receiver(call) is { } square:
                return Squared(square, model, cancellationToken);
            default:
                return null;
        }
    }

    // The a of a * a, a.PointwisePower(2), a.PointwiseMultiply(a), Math.Pow(a, 2).
    private static ExpressionSyntax? Squared(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (Expressions.Strip(expression))
        {
            case BinaryExpressionSyntax product when product.IsKind(SyntaxKind.MultiplyExpression)
                                                     && Expressions.Same(product.Left, product.Right, model, cancellationToken):
                return Expressions.Strip(product.Left);
            case InvocationExpressionSyntax call:
                var arguments = call.ArgumentList.Arguments;
                var receiver = Expressions.Receiver(call);
                switch (Expressions.MethodName(call))
                {
                    case "PointwisePower" when receiver is not null && arguments.Count == 1
                                               && Expressions.IsConstant(arguments[0].Expression, 2, model, cancellationToken):
                        return receiver;
                    case "PointwiseMultiply" when receiver is not null && arguments.Count == 1
                                                  && Expressions.Same(receiver, arguments[0].Expression, model, cancellationToken):
                        return receiver;
                    case "Pow" when arguments.Count == 2 && Expressions.IsConstant(arguments[1].Expression, 2, model, cancellationToken)
                                    && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { IsStatic: true }:
                        return arguments[0].Expression;
                }
                return null;
            default:
                return null;
        }
    }

    // 1, 1.0, 1d; a matrix or vector of ones (Matrix<double>.Build.Dense(r, c, 1.0)); a local
    // initialised to either.
    private static bool IsOne(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken, int depth = 0)
    {
        expression = Expressions.Strip(expression);
        if (Expressions.IsConstant(expression, 1, model, cancellationToken))
            return true;
        if (expression is InvocationExpressionSyntax call && Expressions.MethodName(call) == "Dense"
            && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol dense
            && dense.OriginalDefinition.Parameters.LastOrDefault()?.Type is ITypeParameterSymbol
            && call.ArgumentList.Arguments.Count == dense.Parameters.Length
            && Expressions.IsConstant(call.ArgumentList.Arguments.Last().Expression, 1, model, cancellationToken))
            return true;
        return depth < 2
            && expression is IdentifierNameSyntax name
            && model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol local
            && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
            && IsOne(initializer.Value, model, cancellationToken, depth + 1);
    }
}
