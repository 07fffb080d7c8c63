using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>
/// Adam's moment updates in one member, as RK0009 sees them: <c>m = β₁·m + (1 − β₁)·g</c> (the
/// first moment) and <c>v = β₂·v + (1 − β₂)·g²</c> (the second), with the factors in any order, the
/// coefficients written <c>1 - beta</c> or as literals (<c>0.9 * m + 0.1 * g</c>), the square as
/// <c>g * g</c>, <c>Math.Pow(g, 2)</c>, <c>g.PointwisePower(2)</c> or <c>g.PointwiseMultiply(g)</c>.
/// A local initialised so (<c>var mi = b1 * m[i] + (1 - b1) * g</c>) is a moment as well as the
/// <c>m[i]</c> it starts from.
/// </summary>
internal sealed class AdamMoments
{
    private readonly List<ExpressionSyntax> _first = new();
    private readonly List<ExpressionSyntax> _second = new();
    private readonly List<ISymbol> _firstLocals = new();
    private readonly List<ISymbol> _secondLocals = new();
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Finds the moment updates in <paramref name="block"/>.</summary>
    public AdamMoments(SyntaxNode block, SemanticModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _cancellationToken = cancellationToken;
        foreach (var node in block.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    if (Update(assignment.Right) is { } update && Expressions.Same(update.Old, assignment.Left, model, cancellationToken))
                        (update.Second ? _second : _first).Add(Expressions.Strip(assignment.Left));
                    break;
                case VariableDeclaratorSyntax { Initializer: { } initializer } declarator:
                    if (Update(initializer.Value) is { } start && model.GetDeclaredSymbol(declarator, cancellationToken) is { } local)
                    {
                        (start.Second ? _second : _first).Add(start.Old);
                        (start.Second ? _secondLocals : _firstLocals).Add(local);
                    }
                    break;
            }
        }
    }

    /// <summary>Whether the member updates both moments.</summary>
    public bool Found => (_first.Count > 0 || _firstLocals.Count > 0) && (_second.Count > 0 || _secondLocals.Count > 0);

    /// <summary>Whether <paramref name="expression"/> is the first moment, m, as updated.</summary>
    public bool IsFirst(ExpressionSyntax expression) => Is(expression, _first, _firstLocals);

    /// <summary>Whether <paramref name="expression"/> is the second moment, v, as updated.</summary>
    public bool IsSecond(ExpressionSyntax expression) => Is(expression, _second, _secondLocals);

    private bool Is(ExpressionSyntax expression, List<ExpressionSyntax> moments, List<ISymbol> locals)
    {
        expression = Expressions.Strip(expression);
        if (expression is IdentifierNameSyntax name && _model.GetSymbolInfo(name, _cancellationToken).Symbol is ILocalSymbol local
            && locals.Contains(local, SymbolEqualityComparer.Default))
            return true;
        return moments.Any(m => Expressions.Same(m, expression, _model, _cancellationToken));
    }

    // β·old + c·fresh, either way round: the old moment and whether fresh is a square (the second moment).
    private (ExpressionSyntax Old, bool Second)? Update(ExpressionSyntax value)
    {
        if (Expressions.Strip(value) is not BinaryExpressionSyntax sum || !sum.IsKind(SyntaxKind.AddExpression))
            return null;
        return Update(sum.Left, sum.Right) ?? Update(sum.Right, sum.Left);
    }

    private (ExpressionSyntax Old, bool Second)? Update(ExpressionSyntax decayTerm, ExpressionSyntax freshTerm)
    {
        var decay = Expressions.Factors(decayTerm);
        var fresh = Expressions.Factors(freshTerm);
        if (decay.Count != 2 || fresh.Count is < 2 or > 3)
            return null;

        // The fresh term's coefficient: 1 - β (then β is a factor of the decay term) or a literal.
        for (var c = 0; c < fresh.Count; c++)
        {
            var rest = fresh.Where((_, i) => i != c).ToList();
            ExpressionSyntax? old = null;
            if (Expressions.OneMinus(fresh[c], _model, _cancellationToken) is { } beta)
                old = Other(decay, f => Expressions.Same(f, beta, _model, _cancellationToken));
            else if (Expressions.IsNumericConstant(fresh[c], _model, _cancellationToken))
                old = Other(decay, f => Expressions.IsNumericConstant(f, _model, _cancellationToken));
            if (old is null || Expressions.IsNumericConstant(old, _model, _cancellationToken))
                continue;

            if (rest.Count == 1)
                return (old, IsSquare(rest[0]));
            if (Expressions.Same(rest[0], rest[1], _model, _cancellationToken))
                return (old, true);
        }
        return null;
    }

    // The factor of a two-factor product that is not the coefficient.
    private static ExpressionSyntax? Other(List<ExpressionSyntax> decay, System.Func<ExpressionSyntax, bool> isCoefficient) =>
        isCoefficient(decay[0]) && !isCoefficient(decay[1]) ? decay[1]
        : isCoefficient(decay[1]) && !isCoefficient(decay[0]) ? decay[0]
        : null;

    // g * g, Math.Pow(g, 2), g.PointwisePower(2), g.PointwiseMultiply(g).
    private bool IsSquare(ExpressionSyntax expression)
    {
        switch (Expressions.Strip(expression))
        {
            case BinaryExpressionSyntax product when product.IsKind(SyntaxKind.MultiplyExpression):
                return Expressions.Same(product.Left, product.Right, _model, _cancellationToken);
            case InvocationExpressionSyntax call:
                var arguments = call.ArgumentList.Arguments;
                var receiver = Expressions.Receiver(call);
                return Expressions.MethodName(call) switch
                {
                    "Pow" => arguments.Count == 2 && Expressions.IsConstant(arguments[1].Expression, 2, _model, _cancellationToken),
                    "PointwisePower" => arguments.Count == 1 && Expressions.IsConstant(arguments[0].Expression, 2, _model, _cancellationToken),
                    "PointwiseMultiply" => arguments.Count == 1 && receiver is not null
                                           && Expressions.Same(receiver, arguments[0].Expression, _model, _cancellationToken),
                    _ => false,
                };
            default:
                return false;
        }
    }
}
