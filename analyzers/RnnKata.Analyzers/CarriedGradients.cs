using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>
/// The gradient a loop hands from one iteration to the next, for RK0005: a variable declared
/// outside the loop that the loop overwrites (whole, or an element) and reads before any overwrite
/// in the same iteration, and that is a gradient: its name says so (<c>dhNext</c>, <c>deltaH</c>,
/// <see cref="RnnNames.IsGradientLike"/>), or what it carries flows into a gradient the loop
/// accumulates (<c>fromNextStep</c> → <c>deltaA</c> → <c>dW += …</c>). Summing (<c>+=</c>,
/// <c>x = x + …</c>) and resetting (<c>x = 0</c>) alone carry nothing, and neither does an element
/// indexed by the loop's own counter (<c>dh[i]</c> in the loop over <c>i</c>).
/// </summary>
internal static class CarriedGradients
{
    /// <summary>The first gradient <paramref name="loop"/> carries, or null.</summary>
    public static ISymbol? Find(ForStatementSyntax loop, ISymbol counter, SemanticModel model, CancellationToken cancellationToken)
    {
        var candidates = loop.Statement.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Select(identifier => model.GetSymbolInfo(identifier, cancellationToken).Symbol)
            .OfType<ISymbol>()
            .Where(symbol => symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol
                             && RnnNames.HoldsNumbers(TypeOf(symbol))
                             && !AssignedGradient.IsDeclaredIn(symbol, loop))
            .Distinct(SymbolEqualityComparer.Default)
            .ToList();
        return candidates.FirstOrDefault(symbol => IsCarried(symbol, loop, counter, model, cancellationToken)
            && (RnnNames.IsGradientLike(symbol.Name) || FeedsAnAccumulatedGradient(symbol, loop, model, cancellationToken)));
    }

    // A read that comes after an overwrite in the loop's text sees this iteration's value, as far
    // as this rule can tell (a conditional overwrite may not have run: such a loop is let off).
    // The carried read is one before every overwrite: dh = … + dhNext; …; dhNext = da * W.
    private static bool IsCarried(ISymbol symbol, ForStatementSyntax loop, ISymbol counter, SemanticModel model, CancellationToken cancellationToken)
    {
        var overwrites = new List<ExpressionSyntax>();
        var reads = new List<ExpressionSyntax>();
        foreach (var reference in Accesses.Of(symbol, loop.Statement, model, cancellationToken))
        {
            var node = Accesses.WalkUpParentheses(reference);
            // dh[i] inside the loop over i is a different element at every iteration: nothing is handed on.
            if (node.Parent is ElementAccessExpressionSyntax indexed && indexed.Expression == node
                && Expressions.Mentions(indexed.ArgumentList, counter, model, cancellationToken))
                continue;
            var target = Accesses.IsElementOverwrite(reference) ? (ExpressionSyntax)node.Parent! : node;
            if (IsInsideAccumulation(target, symbol, model, cancellationToken))
                continue;
            switch (Accesses.Classify(target))
            {
                case AccessKind.Overwrite:
                    overwrites.Add(target.Parent is AssignmentExpressionSyntax assignment ? assignment : target);
                    break;
                case AccessKind.Read:
                    reads.Add(reference);
                    break;
            }
        }
        return overwrites.Count > 0 && reads.Any(read => !overwrites.Any(w => w.Span.End <= read.SpanStart));
    }

    // Whether the loop accumulates into a gradient-named variable (g += …, g = g + …, g[i] += …,
    // grads.DW += …) a value computed from the carried one, through the loop's own locals.
    private static bool FeedsAnAccumulatedGradient(ISymbol carried, ForStatementSyntax loop, SemanticModel model, CancellationToken cancellationToken)
    {
        var derived = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { carried };
        bool Uses(SyntaxNode expression) => expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Any(name => model.GetSymbolInfo(name, cancellationToken).Symbol is { } symbol && derived.Contains(symbol));

        var stores = new List<(ISymbol Symbol, ExpressionSyntax Value)>();
        foreach (var node in loop.Statement.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
                && model.GetDeclaredSymbol(declarator, cancellationToken) is { } declared)
                stores.Add((declared, initializer.Value));
            else if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment
                     && model.GetSymbolInfo(left, cancellationToken).Symbol is ILocalSymbol local)
                stores.Add((local, assignment.Right));
        }
        bool grew;
        do
        {
            grew = false;
            foreach (var (symbol, value) in stores)
            {
                if (!derived.Contains(symbol) && Uses(value))
                    grew |= derived.Add(symbol);
            }
        }
        while (grew);

        return loop.Statement.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(assignment =>
            IsAccumulation(assignment, model, cancellationToken)
            && RnnNames.IsGradientLike(StoredName(assignment.Left))
            && Uses(assignment.Right));
    }

    private static bool IsAccumulation(AssignmentExpressionSyntax assignment, SemanticModel model, CancellationToken cancellationToken) =>
        assignment.IsKind(SyntaxKind.AddAssignmentExpression) || assignment.IsKind(SyntaxKind.SubtractAssignmentExpression)
        || assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
           && Expressions.Strip(assignment.Right) is BinaryExpressionSyntax sum && sum.IsKind(SyntaxKind.AddExpression)
           && (Expressions.Same(sum.Left, assignment.Left, model, cancellationToken) || Expressions.Same(sum.Right, assignment.Left, model, cancellationToken));

    // The name a store ends with: dW, DW in grads.DW, dB in dB[i].
    private static string StoredName(ExpressionSyntax left) => Expressions.Strip(left) switch
    {
        ElementAccessExpressionSyntax element => StoredName(element.Expression),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };

    // x = x + e, x = e + x, x = x - e, x = x.Add(e), x = x.Subtract(e), and the same on x[i]:
    // both the target and the x inside only accumulate.
    private static bool IsInsideAccumulation(ExpressionSyntax target, ISymbol symbol, SemanticModel model, CancellationToken cancellationToken)
    {
        var assignment = target.Ancestors().OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.IsKind(SyntaxKind.SimpleAssignmentExpression));
        if (assignment is null || !(assignment.Left == target || assignment.Right.Span.Contains(target.Span)))
            return false;
        var left = assignment.Left;
        if (!Expressions.Mentions(left, symbol, model, cancellationToken))
            return false;

        switch (Expressions.Strip(assignment.Right))
        {
            case BinaryExpressionSyntax sum when sum.IsKind(SyntaxKind.AddExpression):
                return Expressions.Same(sum.Left, left, model, cancellationToken) && !Expressions.Mentions(sum.Right, symbol, model, cancellationToken)
                    || Expressions.Same(sum.Right, left, model, cancellationToken) && !Expressions.Mentions(sum.Left, symbol, model, cancellationToken);
            case BinaryExpressionSyntax difference when difference.IsKind(SyntaxKind.SubtractExpression):
                return Expressions.Same(difference.Left, left, model, cancellationToken) && !Expressions.Mentions(difference.Right, symbol, model, cancellationToken);
            case InvocationExpressionSyntax call when Expressions.MethodName(call) is "Add" or "Subtract":
                return Expressions.Receiver(call) is { } receiver && Expressions.Same(receiver, left, model, cancellationToken)
                    && !Expressions.Mentions(call.ArgumentList, symbol, model, cancellationToken);
            default:
                return false;
        }
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };
}
