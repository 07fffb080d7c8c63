using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>
/// What the left of an <c>=</c> stores into, in the shapes RK0004 knows: a variable or field
/// (<c>dW</c>, <c>this.dW</c>), a member of a variable (<c>grads.DW</c>), or an element of either
/// (<c>dB[i]</c>, <c>grads.DW[i, j]</c>).
/// </summary>
internal sealed class AssignedGradient
{
    private AssignedGradient(ExpressionSyntax syntax, ISymbol storage, ISymbol? receiver, BracketedArgumentListSyntax? indices, ITypeSymbol? type)
    {
        Syntax = syntax;
        Storage = storage;
        Receiver = receiver;
        Indices = indices;
        Type = type;
    }

    /// <summary>The target as written.</summary>
    public ExpressionSyntax Syntax { get; }

    /// <summary>The local, parameter, field or property whose name the target ends with (<c>DW</c> in <c>grads.DW</c>).</summary>
    public ISymbol Storage { get; }

    /// <summary>The variable holding <see cref="Storage"/> for <c>grads.DW</c> (<c>grads</c>); null otherwise.</summary>
    public ISymbol? Receiver { get; }

    /// <summary>The indices of an element target (<c>[i, j]</c>); null for a whole variable.</summary>
    public BracketedArgumentListSyntax? Indices { get; }

    /// <summary>The type of what is stored (the element's type for an element).</summary>
    public ITypeSymbol? Type { get; }

    /// <summary>The variable whose declaration decides whether the target lives across loop iterations.</summary>
    public ISymbol Root => Receiver ?? Storage;

    /// <summary>The target <paramref name="target"/> stores into, or null for any other shape.</summary>
    public static AssignedGradient? Of(ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        var node = Expressions.Strip(target);
        BracketedArgumentListSyntax? indices = null;
        if (node is ElementAccessExpressionSyntax element)
        {
            indices = element.ArgumentList;
            node = Expressions.Strip(element.Expression);
        }

        var type = model.GetTypeInfo(target, cancellationToken).Type;
        switch (node)
        {
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax }:
                var storage = model.GetSymbolInfo(node, cancellationToken).Symbol;
                return IsStorage(storage) ? new AssignedGradient(target, storage!, null, indices, type) : null;
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiverName } access:
                var receiver = model.GetSymbolInfo(receiverName, cancellationToken).Symbol;
                var member = model.GetSymbolInfo(access, cancellationToken).Symbol;
                return receiver is ILocalSymbol or IParameterSymbol or IFieldSymbol && member is IFieldSymbol or IPropertySymbol
                    ? new AssignedGradient(target, member, receiver, indices, type)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="symbol"/> is declared inside <paramref name="scope"/> (a loop's locals, its foreach variable, a lambda's parameters).</summary>
    public static bool IsDeclaredIn(ISymbol symbol, SyntaxNode scope) =>
        symbol is ILocalSymbol or IParameterSymbol
        && symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == scope.SyntaxTree && scope.Span.Contains(r.Span));

    private static bool IsStorage(ISymbol? symbol) =>
        symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol;
}
