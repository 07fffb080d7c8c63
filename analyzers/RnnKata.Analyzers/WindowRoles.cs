using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Analyzers;

/// <summary>What a value in windowing code becomes: part of the inputs, or part of the targets.</summary>
internal enum WindowRole
{
    /// <summary>Inputs: <c>inputs</c>, <c>xs</c>, <c>xBatch</c>, <c>window</c>, <c>features</c>.</summary>
    Input,

    /// <summary>Targets: <c>targets</c>, <c>labels</c>, <c>ys</c>, <c>yBatch</c>.</summary>
    Target,
}

/// <summary>
/// The values one member stores as window inputs and as window targets, as RK0011 sees them: by the
/// name of what they go into. A value goes into a name when it is assigned to it (<c>targets = …</c>,
/// <c>var targets = …</c>, <c>targets[i, t] = …</c>), added to it (<c>targets.Add(…)</c>), or passed as
/// the argument of a parameter with that name (<c>new WindowBatch(inputs: …, targets: …)</c>). A local
/// passed on stands for the values it was given.
/// </summary>
internal static class WindowRoles
{
    /// <summary>The values stored as inputs or targets in <paramref name="block"/>, in source order.</summary>
    public static List<(ExpressionSyntax Value, WindowRole Role)> Find(SyntaxNode block, SemanticModel model, CancellationToken cancellationToken)
    {
        var found = new List<(ExpressionSyntax, WindowRole)>();
        foreach (var node in block.DescendantNodes())
        {
            var (name, value) = node switch
            {
                AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) =>
                    (NameOf(assignment.Left), assignment.Right),
                VariableDeclaratorSyntax { Initializer: { } initializer } declarator => (declarator.Identifier.ValueText, initializer.Value),
                InvocationExpressionSyntax call when Expressions.MethodName(call) == "Add" && call.ArgumentList.Arguments.Count == 1
                                                     && Expressions.Receiver(call) is { } list =>
                    (NameOf(list), call.ArgumentList.Arguments[0].Expression),
                ArgumentSyntax argument => (ParameterName(argument, model, cancellationToken), argument.Expression),
                _ => ((string?)null, (ExpressionSyntax?)null),
            };
            if (name is null || value is null || RoleOf(name) is not { } role)
                continue;
            foreach (var stored in Values(value, block, model, cancellationToken, depth: 0))
                found.Add((stored, role));
        }
        return found;
    }

    /// <summary>The role a name gives what is stored in it, or null when it says neither or both.</summary>
    public static WindowRole? RoleOf(string name)
    {
        var lower = name.TrimStart('_').ToLowerInvariant();
        var input = lower.Contains("input") || lower.Contains("window") || lower.Contains("feature") || IsLetterWord(name, 'x');
        var target = lower.Contains("target") || lower.Contains("label") || IsLetterWord(name, 'y');
        return input == target ? null : input ? WindowRole.Input : WindowRole.Target;
    }

    // x, X, xs, Xs, xBatch, x_batch, X2, but not xml or yes.
    private static bool IsLetterWord(string name, char letter)
    {
        var n = name.TrimStart('_');
        if (n.Length == 0 || char.ToLowerInvariant(n[0]) != letter)
            return false;
        if (n.Length == 1 || n.Substring(1) == "s")
            return true;
        var next = n[1];
        return char.IsUpper(next) || char.IsDigit(next) || next == '_';
    }

    // targets for targets, this.targets, batch.Targets and targets[i, t].
    private static string? NameOf(ExpressionSyntax expression) => Expressions.Strip(expression) switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        ElementAccessExpressionSyntax element => NameOf(element.Expression),
        _ => null,
    };

    private static string? ParameterName(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.NameColon is { } nameColon)
            return nameColon.Name.Identifier.ValueText;
        if (argument.Parent is not ArgumentListSyntax list || list.Parent is null
            || model.GetSymbolInfo(list.Parent, cancellationToken).Symbol is not IMethodSymbol method)
            return null;
        var index = list.Arguments.IndexOf(argument);
        return index < method.Parameters.Length && !method.Parameters[index].IsParams ? method.Parameters[index].Name : null;
    }

    // A local stands for what it is given in the member; anything else for itself.
    private static IEnumerable<ExpressionSyntax> Values(ExpressionSyntax value, SyntaxNode block, SemanticModel model,
                                                       CancellationToken cancellationToken, int depth)
    {
        value = Expressions.Strip(value);
        if (depth > 3 || value is not IdentifierNameSyntax name
            || model.GetSymbolInfo(name, cancellationToken).Symbol is not ILocalSymbol local)
        {
            yield return value;
            yield break;
        }
        foreach (var node in block.DescendantNodes())
        {
            var given = node switch
            {
                VariableDeclaratorSyntax { Initializer: { } initializer } declarator
                    when SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, cancellationToken), local) => initializer.Value,
                AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                                                           && Expressions.Strip(assignment.Left) is IdentifierNameSyntax left
                                                           && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(left, cancellationToken).Symbol, local) =>
                    assignment.Right,
                _ => null,
            };
            if (given is null)
                continue;
            foreach (var stored in Values(given, block, model, cancellationToken, depth + 1))
                yield return stored;
        }
    }
}
