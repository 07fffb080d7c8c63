using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>
/// The expression shapes of numeric code that the RNN rules recognise: calls to <c>Math</c>
/// functions, MathNet's element-wise methods and the lambdas they map, literal ones, products.
/// </summary>
internal static class Expressions
{
    private static readonly string[] ScalarMathTypes =
    {
        "System.Math", "System.MathF", "System.Double", "System.Single", "MathNet.Numerics.Trig",
    };

    /// <summary><paramref name="expression"/> without the parentheses and casts around it.</summary>
    public static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    continue;
                default:
                    return expression;
            }
        }
    }

    /// <summary>The name of the method an invocation calls: <c>Tanh</c> for <c>Math.Tanh(a)</c> and <c>a.PointwiseTanh()</c>.</summary>
    public static string? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The receiver of <c>receiver.Method(…)</c>, or null for a call without one.</summary>
    public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : null;

    /// <summary>
    /// Whether <paramref name="invocation"/> calls the scalar function <paramref name="name"/> of
    /// <c>Math</c>, <c>MathF</c>, <c>double</c>, <c>float</c> or MathNet's <c>Trig</c> with one argument.
    /// </summary>
    public static bool IsScalarMath(InvocationExpressionSyntax invocation, string name, SemanticModel model, CancellationToken cancellationToken) =>
        MethodName(invocation) == name
        && invocation.ArgumentList.Arguments.Count == 1
        && IsScalarMath(model.GetSymbolInfo(invocation, cancellationToken).Symbol, name);

    /// <summary>
    /// Whether <paramref name="argument"/> is a method group naming the scalar function
    /// <paramref name="name"/>, as in <c>m.Map(Math.Tanh)</c>.
    /// </summary>
    public static bool IsScalarMathGroup(ExpressionSyntax argument, string name, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument is not (MemberAccessExpressionSyntax or IdentifierNameSyntax))
            return false;
        var info = model.GetSymbolInfo(argument, cancellationToken);
        return IsScalarMath(info.Symbol, name) || info.CandidateSymbols.Any(s => IsScalarMath(s, name));
    }

    /// <summary>
    /// What an expression stands for: a lambda's element parameter stands for the matrix or vector
    /// the lambda is mapped over (<c>v</c> in <c>a.Map(v =&gt; 1 - v * v)</c> stands for <c>a</c>).
    /// Anything else stands for itself, without parentheses.
    /// </summary>
    public static ExpressionSyntax Resolve(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < 8; depth++)
        {
            expression = Strip(expression);
            if (expression is not IdentifierNameSyntax identifier
                || model.GetSymbolInfo(identifier, cancellationToken).Symbol is not IParameterSymbol parameter
                || MappedReceiver(parameter, cancellationToken) is not { } receiver)
                return expression;
            expression = receiver;
        }
        return expression;
    }

    /// <summary>
    /// Whether two expressions name the same thing: the same syntax, every identifier bound to the
    /// same symbol (two lambdas' parameters called <c>v</c> are not the same).
    /// </summary>
    public static bool Same(ExpressionSyntax left, ExpressionSyntax right, SemanticModel model, CancellationToken cancellationToken)
    {
        left = Strip(left);
        right = Strip(right);
        if (!SyntaxFactory.AreEquivalent(left, right, topLevel: false))
            return false;
        var leftNames = left.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().ToList();
        var rightNames = right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().ToList();
        return leftNames.Count == rightNames.Count && leftNames.Zip(rightNames, (l, r) => SymbolEqualityComparer.Default.Equals(
            model.GetSymbolInfo(l, cancellationToken).Symbol, model.GetSymbolInfo(r, cancellationToken).Symbol)).All(same => same);
    }

    /// <summary>Whether <paramref name="expression"/> or a subexpression names <paramref name="symbol"/>.</summary>
    public static bool Mentions(SyntaxNode expression, ISymbol symbol, SemanticModel model, CancellationToken cancellationToken) =>
        expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(identifier =>
            identifier.Identifier.ValueText == symbol.Name
            && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, symbol));

    /// <summary>Whether <paramref name="expression"/> is a compile-time constant equal to <paramref name="value"/>.</summary>
    public static bool IsConstant(ExpressionSyntax expression, double value, SemanticModel model, CancellationToken cancellationToken)
    {
        var constant = model.GetConstantValue(expression, cancellationToken);
        if (!constant.HasValue || constant.Value is null or string or bool or char)
            return false;
        try
        {
            return Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture) == value;
        }
        catch (InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>
    /// The factors of a product, without parentheses, casts and unary minus: <c>lr</c>, <c>m[i]</c>
    /// for <c>-lr * m[i]</c>; the expression itself when it is no product.
    /// </summary>
    public static List<ExpressionSyntax> Factors(ExpressionSyntax expression)
    {
        var factors = new List<ExpressionSyntax>();
        var pending = new Stack<ExpressionSyntax>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            var next = Strip(pending.Pop());
            if (next is PrefixUnaryExpressionSyntax negation && negation.IsKind(SyntaxKind.UnaryMinusExpression))
                pending.Push(negation.Operand);
            else if (next is BinaryExpressionSyntax product && product.IsKind(SyntaxKind.MultiplyExpression))
            {
                pending.Push(product.Right);
                pending.Push(product.Left);
            }
            else
                factors.Add(next);
        }
        return factors;
    }

    /// <summary>
    /// The x of a square root: <c>Math.Sqrt(x)</c> (or any static <c>Sqrt</c> with one argument,
    /// such as <c>MathF.Sqrt</c>), <c>x.PointwiseSqrt()</c>, <c>x.Map(Math.Sqrt)</c>; null otherwise.
    /// </summary>
    public static ExpressionSyntax? SqrtArgument(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Strip(expression) is not InvocationExpressionSyntax call)
            return null;
        var arguments = call.ArgumentList.Arguments;
        switch (MethodName(call))
        {
            case "Sqrt" when arguments.Count == 1
                             && model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { IsStatic: true }:
                return arguments[0].Expression;
            case "PointwiseSqrt" when arguments.Count == 0:
                return Receiver(call);
            case "Map" or "MapConvert" or "Select" when arguments.Count >= 1
                                                        && IsScalarMathGroup(arguments[0].Expression, "Sqrt", model, cancellationToken):
                return Receiver(call);
            default:
                return null;
        }
    }

    /// <summary>The x of <c>1 - x</c> (with any literal one), or null.</summary>
    public static ExpressionSyntax? OneMinus(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        Strip(expression) is BinaryExpressionSyntax difference && difference.IsKind(SyntaxKind.SubtractExpression)
        && IsConstant(difference.Left, 1, model, cancellationToken)
            ? Strip(difference.Right)
            : null;

    /// <summary>Whether <paramref name="expression"/> is a numeric compile-time constant.</summary>
    public static bool IsNumericConstant(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var constant = model.GetConstantValue(expression, cancellationToken);
        return constant.HasValue && constant.Value is not (null or string or bool or char);
    }

    private static bool IsElementwise(string? method) =>
        method is "Map" or "MapInplace" or "MapConvert" or "Select" or "MapIndexed" or "MapIndexedInplace" or "MapIndexedConvert";

    private static bool IsScalarMath(ISymbol? symbol, string name) =>
        symbol is IMethodSymbol { IsStatic: true } method
        && method.Name == name
        && ScalarMathTypes.Contains(method.ContainingType?.ToDisplayString());

    // v in a.Map(v => …), a.MapInplace(v => …), a.Select(v => …), and the last parameter of
    // a.MapIndexed((i, j, v) => …): the element of a.
    private static ExpressionSyntax? MappedReceiver(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not ParameterSyntax declaration)
            return null;
        var lambda = declaration.Parent switch
        {
            ParameterListSyntax list => list.Parent as LambdaExpressionSyntax,
            LambdaExpressionSyntax single => single,
            _ => null,
        };
        if (lambda?.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument
            || invocation.ArgumentList.Arguments.IndexOf(argument) != 0
            || Receiver(invocation) is not { } receiver)
            return null;

        if (lambda is SimpleLambdaExpressionSyntax simple)
            return IsElementwise(MethodName(invocation)) && simple.Parameter == declaration ? receiver : null;

        var parameters = ((ParenthesizedLambdaExpressionSyntax)lambda).ParameterList.Parameters;
        var element = MethodName(invocation) switch
        {
            "Map" or "MapInplace" or "MapConvert" or "Select" => parameters.FirstOrDefault(),
            "MapIndexed" or "MapIndexedInplace" or "MapIndexedConvert" => parameters.LastOrDefault(),
            _ => null,
        };
        return element == declaration ? receiver : null;
    }
}
