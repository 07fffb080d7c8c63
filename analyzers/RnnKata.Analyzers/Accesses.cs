using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>How a piece of code uses a variable it names.</summary>
internal enum AccessKind
{
    /// <summary>Its value is used: an operand, an argument, a receiver, a <c>ref</c> argument.</summary>
    Read,

    /// <summary>It is replaced, its old value unused: the left of <c>=</c>, an <c>out</c> argument,
    /// an element of a tuple being deconstructed into.</summary>
    Overwrite,

    /// <summary>It is updated from its old value: <c>+=</c> and the other compound assignments, <c>++</c>, <c>--</c>.</summary>
    Update,
}

/// <summary>Where code names a variable, and how it uses it there.</summary>
internal static class Accesses
{
    /// <summary>
    /// The expressions inside <paramref name="scope"/> that name <paramref name="symbol"/>: an
    /// identifier, or <c>this.x</c> / <c>base.x</c> for a field or property (lambdas included).
    /// </summary>
    public static IEnumerable<ExpressionSyntax> Of(ISymbol symbol, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != symbol.Name)
                continue;
            var bound = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
            if (bound is null || !SymbolEqualityComparer.Default.Equals(bound.OriginalDefinition, symbol.OriginalDefinition))
                continue;
            yield return identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } access
                         && access.Name == identifier
                ? access
                : identifier;
        }
    }

    /// <summary>How the code around <paramref name="reference"/> uses what it names.</summary>
    public static AccessKind Classify(ExpressionSyntax reference)
    {
        var node = WalkUpParentheses(reference);
        switch (node.Parent)
        {
            case AssignmentExpressionSyntax assignment when assignment.Left == node:
                return assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? AccessKind.Overwrite : AccessKind.Update;
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression):
                return AccessKind.Update;
            case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression):
                return AccessKind.Update;
            case ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword):
                return AccessKind.Overwrite;
            case ArgumentSyntax { Parent: TupleExpressionSyntax tuple } when IsDeconstructionTarget(tuple):
                return AccessKind.Overwrite;
            default:
                return AccessKind.Read;
        }
    }

    /// <summary>
    /// Whether <paramref name="reference"/> is the receiver of an element that is overwritten:
    /// the <c>g</c> of <c>g[i, j] = …</c>.
    /// </summary>
    public static bool IsElementOverwrite(ExpressionSyntax reference) =>
        WalkUpParentheses(reference).Parent is ElementAccessExpressionSyntax element
        && element.Expression == WalkUpParentheses(reference)
        && Classify(element) == AccessKind.Overwrite;

    /// <summary>Whether <paramref name="symbol"/> is assigned, updated or passed by <c>ref</c>/<c>out</c> inside <paramref name="scope"/>.</summary>
    public static bool IsWrittenIn(ISymbol symbol, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken) =>
        Of(symbol, scope, model, cancellationToken).Any(reference =>
            Classify(reference) != AccessKind.Read
            || WalkUpParentheses(reference).Parent is ArgumentSyntax argument && argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword));

    /// <summary>The outermost parenthesised expression around <paramref name="expression"/>, or itself.</summary>
    public static ExpressionSyntax WalkUpParentheses(ExpressionSyntax expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
            expression = parenthesized;
        return expression;
    }

    // (a, b) = … and ((a, b), c) = …: every element is overwritten.
    private static bool IsDeconstructionTarget(TupleExpressionSyntax tuple)
    {
        ExpressionSyntax node = tuple;
        while (WalkUpParentheses(node).Parent is ArgumentSyntax { Parent: TupleExpressionSyntax outer })
            node = outer;
        node = WalkUpParentheses(node);
        return node.Parent is AssignmentExpressionSyntax assignment
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && assignment.Left == node;
    }
}
