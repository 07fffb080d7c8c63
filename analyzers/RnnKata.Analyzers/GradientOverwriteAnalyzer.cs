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
/// RK0004: a gradient overwritten with <c>=</c> inside a loop where <c>+=</c> was meant. Reported
/// when an unconditional <c>x = …</c> inside a loop stores into a gradient-named variable, field,
/// member (<c>grads.DW</c>) or element (<c>dB[i]</c>, indices the same at every iteration) that
/// lives across the loop's iterations and that the loop never reads: every iteration's value but
/// the last is then lost.
/// </summary>
/// <remarks>
/// Not reported: <c>+=</c> and <c>dW = dW + …</c> (the loop reads <c>dW</c>), carried gradients
/// such as <c>dhNext = da * W</c> (read at the next step), per-step temporaries declared in the loop,
/// per-step results such as <c>dX[t] = …</c>, assignments under an <c>if</c>, and loops that can
/// end early (<c>break</c>, <c>return</c>), whose last value may be the one wanted.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GradientOverwriteAnalyzer : DiagnosticAnalyzer
{
    // Shapes are the same at every time step, so loops bounded by them range over the same indices.
    private static readonly ImmutableHashSet<string> ShapeMembers =
        ImmutableHashSet.Create("RowCount", "ColumnCount", "Count", "Length");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.GradientOverwritten);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.SimpleAssignmentExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (assignment.Parent is not ExpressionStatementSyntax statement)
            return;
        var loops = EnclosingLoops(statement);
        if (loops.Count == 0)
            return;

        var deconstruction = assignment.Left is TupleExpressionSyntax;
        foreach (var targetSyntax in Targets(assignment.Left))
        {
            var target = AssignedGradient.Of(targetSyntax, context.SemanticModel, context.CancellationToken);
            if (target is null || !RnnNames.HoldsNumbers(target.Type)
                || !(RnnNames.IsGradientLike(target.Storage.Name) || target.Receiver is { } holder && RnnNames.IsGradientLike(holder.Name)))
                continue;

            var loop = loops.FirstOrDefault(l => IsLost(target, l, statement, context.SemanticModel, context.CancellationToken));
            if (loop is null)
                continue;
            context.ReportDiagnostic(Diagnostic.Create(
                KataDiagnostics.GradientOverwritten,
                deconstruction ? targetSyntax.GetLocation() : assignment.GetLocation(),
                targetSyntax.ToString(),
                Loops.Describe(loop)));
        }
    }

    // The loops the statement runs in unconditionally, innermost first: the walk up stops at an if,
    // a switch, a try, a lambda or a local function, and at the member.
    private static List<StatementSyntax> EnclosingLoops(StatementSyntax statement)
    {
        var loops = new List<StatementSyntax>();
        for (var node = statement.Parent; node is not null; node = node.Parent)
        {
            if (Loops.IsLoop(node))
                loops.Add((StatementSyntax)node);
            else if (node is not (BlockSyntax or CheckedStatementSyntax or UnsafeStatementSyntax or UsingStatementSyntax
                     or LockStatementSyntax or FixedStatementSyntax or LabeledStatementSyntax))
                break;
        }
        return loops;
    }

    private static IEnumerable<ExpressionSyntax> Targets(ExpressionSyntax left) =>
        left is TupleExpressionSyntax tuple
            ? tuple.Arguments.SelectMany(a => a.Expression is DeclarationExpressionSyntax ? Enumerable.Empty<ExpressionSyntax>() : Targets(a.Expression))
            : new[] { left };

    private static bool IsLost(AssignedGradient target, StatementSyntax loop, StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken) =>
        !AssignedGradient.IsDeclaredIn(target.Root, loop)
        && (target.Indices is null
            || target.Indices.Arguments.All(a => IsInvariant(a.Expression, loop, statement, model, cancellationToken, ImmutableHashSet<ISymbol>.Empty)))
        && !Loops.ExitsEarly(loop)
        && !IsReadIn(target, loop, model, cancellationToken);

    // Whether the loop uses the target's value anywhere: any mention of it but an overwrite of it
    // (or of one of its elements, or, for grads.DW, of another member of grads).
    private static bool IsReadIn(AssignedGradient target, StatementSyntax loop, SemanticModel model, CancellationToken cancellationToken)
    {
        if (target.Receiver is null)
        {
            foreach (var reference in Accesses.Of(target.Storage, loop, model, cancellationToken))
            {
                if (Accesses.IsElementOverwrite(reference))
                    continue;
                if (target.Indices is null && Accesses.Classify(reference) == AccessKind.Overwrite)
                    continue;
                if (target.Indices is null && IsMemberOverwrite(reference))
                    continue;
                return true;
            }
            return target.Storage is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false }
                && UsesThisInstance(loop, target.Storage.ContainingType, model, cancellationToken);
        }

        foreach (var reference in Accesses.Of(target.Receiver, loop, model, cancellationToken))
        {
            var node = Accesses.WalkUpParentheses(reference);
            if (node.Parent is MemberAccessExpressionSyntax access && access.Expression == node)
            {
                var member = model.GetSymbolInfo(access, cancellationToken).Symbol;
                if (member is IFieldSymbol or IPropertySymbol && !SymbolEqualityComparer.Default.Equals(member, target.Storage))
                    continue;   // grads.DB is not grads.DW
                if (SymbolEqualityComparer.Default.Equals(member, target.Storage)
                    && (Accesses.IsElementOverwrite(access) || target.Indices is null && Accesses.Classify(access) == AccessKind.Overwrite))
                    continue;
            }
            return true;
        }
        return false;
    }

    private static bool IsMemberOverwrite(ExpressionSyntax reference)
    {
        var node = Accesses.WalkUpParentheses(reference);
        return node.Parent is MemberAccessExpressionSyntax access && access.Expression == node
            && Accesses.Classify(access) == AccessKind.Overwrite;
    }

    // A call to an instance method of the class, or 'this' handed on, may read any of its fields.
    private static bool UsesThisInstance(StatementSyntax loop, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken) =>
        loop.DescendantNodes().Any(node => node switch
        {
            ThisExpressionSyntax self => self.Parent is not MemberAccessExpressionSyntax access || access.Expression != self,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } } call =>
                model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { IsStatic: false } method
                && SymbolEqualityComparer.Default.Equals(method.ContainingType, type),
            _ => false,
        });

    // Whether an index has the same value at every iteration of the loop, or runs over the same
    // values: literals, constants, variables the loop does not write, shapes (RowCount, Length …),
    // and the counters of for loops nested in it whose bounds are such.
    private static bool IsInvariant(ExpressionSyntax expression, StatementSyntax loop, StatementSyntax statement,
        SemanticModel model, CancellationToken cancellationToken, ImmutableHashSet<ISymbol> counters)
    {
        bool Invariant(ExpressionSyntax e) => IsInvariant(e, loop, statement, model, cancellationToken, counters);

        switch (Expressions.Strip(expression))
        {
            case LiteralExpressionSyntax:
            case PredefinedTypeSyntax:
                return true;
            case MemberAccessExpressionSyntax access:
                return ShapeMembers.Contains(access.Name.Identifier.ValueText)
                    || model.GetSymbolInfo(access, cancellationToken).Symbol is not IMethodSymbol && Invariant(access.Expression);
            case BinaryExpressionSyntax binary:
                return Invariant(binary.Left) && Invariant(binary.Right);
            case PrefixUnaryExpressionSyntax prefix:
                return Invariant(prefix.Operand);
            case PostfixUnaryExpressionSyntax postfix:
                return Invariant(postfix.Operand);
            case AssignmentExpressionSyntax assignment:
                return Invariant(assignment.Left) && Invariant(assignment.Right);
            case IdentifierNameSyntax identifier:
                return IsInvariantName(identifier, loop, statement, model, cancellationToken, counters);
            default:
                return false;
        }
    }

    private static bool IsInvariantName(IdentifierNameSyntax identifier, StatementSyntax loop, StatementSyntax statement,
        SemanticModel model, CancellationToken cancellationToken, ImmutableHashSet<ISymbol> counters)
    {
        var symbol = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
        switch (symbol)
        {
            case ILocalSymbol { IsConst: true } or IFieldSymbol { IsConst: true } or INamespaceOrTypeSymbol:
                return true;
            case IFieldSymbol or IPropertySymbol:
                return !Accesses.IsWrittenIn(symbol, loop, model, cancellationToken);
            case ILocalSymbol or IParameterSymbol when counters.Contains(symbol):
                return true;
            case ILocalSymbol or IParameterSymbol when !AssignedGradient.IsDeclaredIn(symbol, loop):
                return !Accesses.IsWrittenIn(symbol, loop, model, cancellationToken);
            case ILocalSymbol local:
                return IsInvariantCounter(local, loop, statement, model, cancellationToken, counters);
            default:
                return false;
        }
    }

    // A counter declared by a for loop between the assignment and the analysed loop, which starts,
    // stops and steps the same way at every iteration of the analysed loop and is written nowhere
    // else: for (int i = 0; i < H; i++).
    private static bool IsInvariantCounter(ILocalSymbol counter, StatementSyntax loop, StatementSyntax statement,
        SemanticModel model, CancellationToken cancellationToken, ImmutableHashSet<ISymbol> counters)
    {
        var inner = statement.Ancestors().TakeWhile(a => a != loop).OfType<ForStatementSyntax>().FirstOrDefault(f =>
            f.Declaration is not null && f.Declaration.Variables.Any(v =>
                SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(v, cancellationToken), counter)));
        if (inner is null)
            return false;

        var declarator = inner.Declaration!.Variables.First(v =>
            SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(v, cancellationToken), counter));
        var withCounter = counters.Add(counter);
        bool Invariant(ExpressionSyntax e) => IsInvariant(e, loop, statement, model, cancellationToken, withCounter);

        return declarator.Initializer is not null
            && Invariant(declarator.Initializer.Value)
            && (inner.Condition is null || Invariant(inner.Condition))
            && inner.Incrementors.All(Invariant)
            && !Accesses.IsWrittenIn(counter, inner.Statement, model, cancellationToken);
    }
}
