using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0009: Adam without bias correction. Reported on the ratio <c>m / (√v + ε)</c> (<c>/</c> or
/// <c>PointwiseDivide</c>, with <c>lr</c> or other factors beside m, and √ as in
/// <see cref="Expressions.SqrtArgument"/>) when the same member updates both moments
/// (<see cref="AdamMoments"/>) and the m and v in the ratio are the updated moments themselves.
/// </summary>
/// <remarks>
/// Deliberately conservative. Not reported when the ratio divides m by anything (<c>m / c1</c>) or
/// takes the root of anything but v (<c>Math.Sqrt(v / c2)</c>), or when the class that holds the
/// member (the member itself outside a class) corrects the bias some other way: a power with a
/// variable exponent (<c>Math.Pow(beta1, t)</c>), a running product of a scalar (<c>b1t *= beta1</c>,
/// <c>b1t = b1t * beta1</c>), or any name that speaks of a correction (<c>correction1</c>,
/// <c>biasCorrected</c>, <c>mHat</c>, <c>v_hat</c>). Kingma and Ba's cheaper form, which folds both
/// corrections into the learning rate and steps with the bare ratio, has such a power.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AdamBiasCorrectionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.AdamWithoutBiasCorrection);

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

        var moments = new AdamMoments(block, model, cancellationToken);
        if (!moments.Found)
            return;
        var scope = (SyntaxNode?)block.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? block;
        if (CorrectsBias(scope, model, cancellationToken))
            return;

        foreach (var node in block.DescendantNodes())
        {
            if (Ratio(node) is { } ratio && IsMomentTimesFactors(ratio.Numerator, moments)
                && IsRootOfSecondMomentPlusEpsilon(ratio.Denominator, moments, model, cancellationToken))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    KataDiagnostics.AdamWithoutBiasCorrection, node.GetLocation(), node.ToString()));
            }
        }
    }

    // n / d and n.PointwiseDivide(d).
    private static (ExpressionSyntax Numerator, ExpressionSyntax Denominator)? Ratio(SyntaxNode node) => node switch
    {
        BinaryExpressionSyntax division when division.IsKind(SyntaxKind.DivideExpression) => (division.Left, division.Right),
        InvocationExpressionSyntax call when Expressions.MethodName(call) == "PointwiseDivide"
                                             && call.ArgumentList.Arguments.Count == 1
                                             && Expressions.Receiver(call) is { } receiver =>
            (receiver, call.ArgumentList.Arguments[0].Expression),
        _ => null,
    };

    // m, lr * m, -lr * m: one factor is the first moment, and none divides or is the second moment.
    private static bool IsMomentTimesFactors(ExpressionSyntax numerator, AdamMoments moments)
    {
        var factors = Expressions.Factors(numerator);
        return factors.Count(moments.IsFirst) == 1
            && !factors.Any(f => moments.IsSecond(f) || f.DescendantNodesAndSelf().Any(n => Ratio(n) is not null));
    }

    // √v + ε, ε + √v, √v.Add(ε).
    private static bool IsRootOfSecondMomentPlusEpsilon(ExpressionSyntax denominator, AdamMoments moments,
                                                        SemanticModel model, CancellationToken cancellationToken)
    {
        bool IsRoot(ExpressionSyntax e) =>
            Expressions.SqrtArgument(e, model, cancellationToken) is { } argument && moments.IsSecond(argument);

        return Expressions.Strip(denominator) switch
        {
            BinaryExpressionSyntax sum when sum.IsKind(SyntaxKind.AddExpression) => IsRoot(sum.Left) || IsRoot(sum.Right),
            InvocationExpressionSyntax call when Expressions.MethodName(call) == "Add" && call.ArgumentList.Arguments.Count == 1
                                                 && Expressions.Receiver(call) is { } receiver => IsRoot(receiver),
            _ => false,
        };
    }

    // Math.Pow(beta, t) with t not a constant, b *= beta or b = b * beta on a scalar, or a name that
    // speaks of a correction.
    private static bool CorrectsBias(SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken) =>
        scope.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && SpeaksOfCorrection(t.ValueText))
        || scope.DescendantNodes().Any(node => node switch
        {
            InvocationExpressionSyntax call => Expressions.MethodName(call) == "Pow" && call.ArgumentList.Arguments.Count == 2
                                               && !Expressions.IsNumericConstant(call.ArgumentList.Arguments[1].Expression, model, cancellationToken),
            AssignmentExpressionSyntax product when product.IsKind(SyntaxKind.MultiplyAssignmentExpression) =>
                IsScalar(product.Left, model, cancellationToken),
            AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) =>
                IsScalar(assignment.Left, model, cancellationToken)
                && Expressions.Factors(assignment.Right) is { Count: 2 } factors
                && factors.Any(f => Expressions.Same(f, assignment.Left, model, cancellationToken)),
            _ => false,
        });

    private static bool SpeaksOfCorrection(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Contains("correct") || lower.Contains("unbias") || lower.EndsWith("hat", System.StringComparison.Ordinal);
    }

    private static bool IsScalar(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetTypeInfo(expression, cancellationToken).Type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single
            or SpecialType.System_Decimal;
}
