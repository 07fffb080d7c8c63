using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>
/// Which local values of one member derive from one exponential, and which of them are sums of it:
/// the little data flow RK0007 needs to tell a softmax's normalisation from any other division.
/// A value derives from an exponential when its expression contains the call or names a local
/// whose value derives from it (through declarations, assignments, <c>+=</c>, element stores and
/// <c>foreach</c>), whatever the order of the statements.
/// </summary>
internal sealed class ExpFlow
{
    private readonly List<Definition> _definitions = new();
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Collects the definitions of every local and parameter in <paramref name="block"/>.</summary>
    public ExpFlow(SyntaxNode block, SemanticModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _cancellationToken = cancellationToken;
        foreach (var node in block.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer } declarator:
                    Add(model.GetDeclaredSymbol(declarator, cancellationToken), initializer.Value, accumulates: false);
                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    Add(Variable(assignment.Left), assignment.Right, accumulates: false);
                    break;
                case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.AddAssignmentExpression):
                    Add(Variable(assignment.Left), assignment.Right, accumulates: true);
                    break;
                case ForEachStatementSyntax loop:
                    Add(model.GetDeclaredSymbol(loop, cancellationToken), loop.Expression, accumulates: false);
                    break;
            }
        }
    }

    /// <summary>The locals whose values derive from <paramref name="exp"/>.</summary>
    public ISet<ISymbol> DerivedFrom(InvocationExpressionSyntax exp)
    {
        var derived = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        bool grew;
        do
        {
            grew = false;
            foreach (var definition in _definitions)
            {
                if (!derived.Contains(definition.Symbol) && definition.Derives(exp, derived))
                    grew |= derived.Add(definition.Symbol);
            }
        }
        while (grew);
        return derived;
    }

    /// <summary>Whether <paramref name="expression"/> contains <paramref name="exp"/> or names a local in <paramref name="derived"/>.</summary>
    public bool Derives(ExpressionSyntax expression, InvocationExpressionSyntax exp, ISet<ISymbol> derived) =>
        Contains(expression, exp) || Names(expression).Any(derived.Contains);

    /// <summary>
    /// Whether <paramref name="expression"/> is a sum of values derived from <paramref name="exp"/>:
    /// <c>e.Sum()</c>, <c>e.RowSums()</c>, an element of such sums, a local set to one, a local that
    /// accumulates them with <c>+=</c>, or such a sum plus something.
    /// </summary>
    public bool IsSumOf(ExpressionSyntax expression, InvocationExpressionSyntax exp, ISet<ISymbol> derived, int depth = 0)
    {
        if (depth > 4)
            return false;
        switch (Expressions.Strip(expression))
        {
            case InvocationExpressionSyntax call when Expressions.MethodName(call) is "Sum" or "RowSums" or "ColumnSums":
                return Derives(call, exp, derived);
            case BinaryExpressionSyntax sum when sum.IsKind(SyntaxKind.AddExpression):
                return IsSumOf(sum.Left, exp, derived, depth + 1) || IsSumOf(sum.Right, exp, derived, depth + 1);
            case ElementAccessExpressionSyntax element:
                return IsSumOf(element.Expression, exp, derived, depth + 1);
            case IdentifierNameSyntax name when _model.GetSymbolInfo(name, _cancellationToken).Symbol is { } symbol:
                return _definitions.Any(d => SymbolEqualityComparer.Default.Equals(d.Symbol, symbol)
                    && (d.Accumulates ? d.Derives(exp, derived) : IsSumOf(d.Value, exp, derived, depth + 1)));
            default:
                return false;
        }
    }

    /// <summary>The values assigned to <paramref name="symbol"/> in the member.</summary>
    public IEnumerable<ExpressionSyntax> ValuesOf(ISymbol symbol) =>
        _definitions.Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, symbol)).Select(d => d.Value);

    // The local or parameter that x = … and x[i] = … store into.
    private ISymbol? Variable(ExpressionSyntax left)
    {
        left = Expressions.Strip(left);
        if (left is ElementAccessExpressionSyntax element)
            left = Expressions.Strip(element.Expression);
        return left is IdentifierNameSyntax name ? _model.GetSymbolInfo(name, _cancellationToken).Symbol : null;
    }

    private void Add(ISymbol? symbol, ExpressionSyntax value, bool accumulates)
    {
        if (symbol is ILocalSymbol or IParameterSymbol)
            _definitions.Add(new Definition(symbol, value, accumulates, Names(value).ToList()));
    }

    private IEnumerable<ISymbol> Names(ExpressionSyntax expression) =>
        expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Select(name => _model.GetSymbolInfo(name, _cancellationToken).Symbol)
            .OfType<ISymbol>()
            .Where(symbol => symbol is ILocalSymbol or IParameterSymbol);

    private static bool Contains(ExpressionSyntax expression, InvocationExpressionSyntax exp) =>
        expression.SyntaxTree == exp.SyntaxTree && expression.Span.Contains(exp.Span);

    // One value stored into a local, with the locals it names looked up once.
    private sealed class Definition
    {
        private readonly IReadOnlyList<ISymbol> _names;

        public Definition(ISymbol symbol, ExpressionSyntax value, bool accumulates, IReadOnlyList<ISymbol> names)
        {
            Symbol = symbol;
            Value = value;
            Accumulates = accumulates;
            _names = names;
        }

        public ISymbol Symbol { get; }

        public ExpressionSyntax Value { get; }

        public bool Accumulates { get; }

        public bool Derives(InvocationExpressionSyntax exp, ISet<ISymbol> derived) =>
            Contains(Value, exp) || _names.Any(derived.Contains);
    }
}
