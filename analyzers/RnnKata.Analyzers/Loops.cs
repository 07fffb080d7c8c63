using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>The loops of C# (<c>for</c>, <c>foreach</c>, <c>while</c>, <c>do</c>) as RK0004 and RK0005 see them.</summary>
internal static class Loops
{
    /// <summary>Whether <paramref name="node"/> is a loop statement.</summary>
    public static bool IsLoop(SyntaxNode node) =>
        node is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;

    /// <summary>How a message names the loop: "the for loop over t", "the foreach loop over step", "the while loop".</summary>
    public static string Describe(StatementSyntax loop) => loop switch
    {
        ForStatementSyntax { Declaration.Variables.Count: > 0 } f => "the for loop over " + f.Declaration!.Variables[0].Identifier.ValueText,
        ForStatementSyntax f when Counter(f) is { } counter => "the for loop over " + counter,
        ForStatementSyntax => "the for loop",
        ForEachStatementSyntax f => "the foreach loop over " + f.Identifier.ValueText,
        CommonForEachStatementSyntax => "the foreach loop",
        WhileStatementSyntax => "the while loop",
        _ => "the do-while loop",
    };

    /// <summary>
    /// Whether the loop can end other than by its condition: a <c>break</c> of its own, a
    /// <c>return</c>, a <c>yield break</c> or a <c>goto</c> (a <c>throw</c> ends everything and
    /// does not count). Lambdas and local functions inside it are not its code.
    /// </summary>
    public static bool ExitsEarly(StatementSyntax loop) =>
        loop.DescendantNodes(node => !IsFunction(node)).Any(node => node switch
        {
            BreakStatementSyntax breakStatement => BreakTarget(breakStatement) == loop,
            ReturnStatementSyntax or GotoStatementSyntax => true,
            YieldStatementSyntax yield => yield.ReturnOrBreakKeyword.ValueText == "break",
            _ => false,
        });

    /// <summary>Whether <paramref name="node"/> starts code of its own: a lambda, an anonymous method, a local function.</summary>
    public static bool IsFunction(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    // The variable a for loop without a declaration counts with: t in for (; t < T; t++).
    private static string? Counter(ForStatementSyntax loop) =>
        loop.Incrementors.FirstOrDefault() switch
        {
            PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name } => name.Identifier.ValueText,
            PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax name } => name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } => name.Identifier.ValueText,
            _ => null,
        };

    private static SyntaxNode? BreakTarget(BreakStatementSyntax breakStatement) =>
        breakStatement.Ancestors().FirstOrDefault(a => IsLoop(a) || a is SwitchStatementSyntax);
}
