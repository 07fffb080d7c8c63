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
/// RK0010: a bias correction <c>1 − Math.Pow(β, t)</c> whose counter t is still 0 the first time
/// the member gets there. Reported on the power when t is
/// <list type="bullet">
/// <item>a field or auto-property of the class that starts at 0 (no initializer, or <c>= 0</c>), is
/// never set to anything but 0, and is counted up (<c>t++</c>, <c>++t</c>, <c>t += …</c>) only in
/// this member, after the power; or</item>
/// <item>a local declared <c>= 0</c> (a <c>for</c> loop's counter included), never set to anything
/// else, and counted up in this member after the power (a <c>for</c> loop's own increment runs after
/// its body).</item>
/// </list>
/// </summary>
/// <remarks>
/// Deliberately conservative: not reported when the exponent is anything but the bare counter
/// (<c>t + 1</c>), when a condition in the member tests the counter before or around the power
/// (<c>if (t &gt; 0)</c>, <c>t == 0 ? … : …</c>; a loop's upper bound <c>t &lt; n</c> lets t = 0 through
/// and does not count), when the power or the increment is inside a lambda or
/// a local function (their order is unknown), or when another member also counts t.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BiasCorrectionAtStepZeroAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.BiasCorrectionAtStepZero);

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

        foreach (var power in block.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (Counter(power, model, cancellationToken) is not { } counter || InsideFunction(power, block))
                continue;
            var scope = counter is ILocalSymbol ? block : block.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            if (scope is null || !StartsAtZero(counter, scope, model, cancellationToken))
                continue;

            var increments = Accesses.Of(counter, scope, model, cancellationToken)
                .Where(a => Accesses.Classify(a) == AccessKind.Update)
                .ToList();
            if (increments.Count == 0
                || increments.Any(i => !block.Span.Contains(i.Span) || InsideFunction(i, block) || !RunsAfter(i, power))
                || TestedBefore(counter, power, block, model, cancellationToken))
                continue;

            context.ReportDiagnostic(Diagnostic.Create(
                KataDiagnostics.BiasCorrectionAtStepZero, power.GetLocation(), power.ToString(), counter.Name));
        }
    }

    // The t of 1 - Math.Pow(beta, t), when t is a local, a field or a property of a number type.
    private static ISymbol? Counter(InvocationExpressionSyntax power, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Expressions.MethodName(power) != "Pow" || power.ArgumentList.Arguments.Count != 2)
            return null;
        ExpressionSyntax node = power;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            node = (ExpressionSyntax)node.Parent;
        if (node.Parent is not BinaryExpressionSyntax difference || difference.Right != node
            || Expressions.OneMinus(difference, model, cancellationToken) is null)
            return null;

        var exponent = Expressions.Strip(power.ArgumentList.Arguments[1].Expression);
        if (exponent is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax }))
            return null;
        var symbol = model.GetSymbolInfo(exponent, cancellationToken).Symbol;
        var type = symbol switch
        {
            ILocalSymbol local => local.Type,
            IFieldSymbol { IsConst: false } field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };
        return type is not null && IsNumber(type) ? symbol : null;
    }

    private static bool IsNumber(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Int16 or SpecialType.System_Double
        or SpecialType.System_Single;

    // Declared with no initializer (a field, an auto-property) or = 0, and never set to anything but 0.
    private static bool StartsAtZero(ISymbol counter, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        var declaration = counter.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).FirstOrDefault();
        var initializer = declaration switch
        {
            VariableDeclaratorSyntax declarator when counter is ILocalSymbol && declarator.Initializer is null => null,
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value ?? ZeroByDefault,
            PropertyDeclarationSyntax property when IsAutoProperty(property) => property.Initializer?.Value ?? ZeroByDefault,
            _ => null,
        };
        if (initializer is null || initializer != ZeroByDefault && !Expressions.IsConstant(initializer, 0, model, cancellationToken))
            return false;

        return Accesses.Of(counter, scope, model, cancellationToken).All(access => Accesses.Classify(access) switch
        {
            AccessKind.Overwrite => Accesses.WalkUpParentheses(access).Parent is AssignmentExpressionSyntax assignment
                                    && Expressions.IsConstant(assignment.Right, 0, model, cancellationToken),
            _ => Accesses.WalkUpParentheses(access).Parent is not ArgumentSyntax argument
                 || argument.RefKindKeyword.IsKind(SyntaxKind.None) || argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword),
        });
    }

    // Stands for "no initializer": a field or an auto-property starts at 0.
    private static readonly ExpressionSyntax ZeroByDefault = SyntaxFactory.LiteralExpression(
        SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(0));

    private static bool IsAutoProperty(PropertyDeclarationSyntax property) =>
        property.AccessorList is { } accessors
        && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    // The increment runs after the power: it comes later in the text, or it is the increment of a
    // for loop whose condition or body holds the power.
    private static bool RunsAfter(SyntaxNode increment, SyntaxNode power) =>
        increment.SpanStart > power.SpanStart
        || increment.Ancestors().OfType<ForStatementSyntax>().Any(loop =>
            loop.Incrementors.Any(i => i.Span.Contains(increment.Span))
            && (loop.Statement.Span.Contains(power.Span) || loop.Condition?.Span.Contains(power.Span) == true));

    // A condition that mentions the counter before the power or around it, other than a loop's upper
    // bound on it.
    private static bool TestedBefore(ISymbol counter, SyntaxNode power, SyntaxNode block, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in block.DescendantNodes().Where(n => n.SpanStart < power.SpanStart))
        {
            var condition = node switch
            {
                IfStatementSyntax choice => choice.Condition,
                ConditionalExpressionSyntax choice => choice.Condition,
                WhileStatementSyntax loop => loop.Condition,
                DoStatementSyntax loop => loop.Condition,
                ForStatementSyntax loop => loop.Condition,
                SwitchStatementSyntax choice => choice.Expression,
                SwitchExpressionSyntax choice => choice.GoverningExpression,
                IsPatternExpressionSyntax test => test,
                _ => null,
            };
            if (condition is not null && Expressions.Mentions(condition, counter, model, cancellationToken)
                && !IsUpperBound(condition, counter, model, cancellationToken))
                return true;
        }
        return false;
    }

    // t < n, t <= n, n > t: a loop's bound lets t = 0 through.
    private static bool IsUpperBound(ExpressionSyntax condition, ISymbol counter, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Expressions.Strip(condition) is not BinaryExpressionSyntax comparison)
            return false;
        var bounded = comparison.Kind() switch
        {
            SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression => comparison.Left,
            SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression => comparison.Right,
            _ => null,
        };
        return bounded is not null && SymbolEqualityComparer.Default.Equals(
            model.GetSymbolInfo(Expressions.Strip(bounded), cancellationToken).Symbol, counter);
    }

    private static bool InsideFunction(SyntaxNode node, SyntaxNode block) =>
        node.Ancestors().TakeWhile(a => a != block).Any(Loops.IsFunction);
}
