using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0012: reports a lambda or method group passed as the init function of a MathNet builder
/// (<c>Matrix&lt;T&gt;.Build.Dense(r, c, init)</c>, <c>Vector&lt;T&gt;.Build.Dense(n, init)</c>, their
/// <c>Sparse</c>, <c>Diagonal</c>, <c>DenseDiagonal</c> and <c>SparseDiagonal</c> kin, the same methods
/// of <c>CreateMatrix</c> and <c>CreateVector</c>, and <c>DenseVector.Create</c> and the other storage
/// types' <c>Create</c>) whose body draws from a <c>System.Random</c>: calls one of its members, passes
/// one on (<c>Normal.Sample(random, 0, 1)</c>, a helper of your own), reads <c>Random.Shared</c>, or
/// samples a <c>MathNet.Numerics.Distributions</c> distribution.
/// </summary>
/// <remarks>
/// A <c>Random</c> the function makes for itself (<c>i =&gt; new Random(seed + i).NextDouble()</c>, or a
/// local of its own) is shared by no other call and is not reported. A method group is read only when it
/// is declared in the same file as the call; a delegate held in a variable is not followed.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RandomInParallelInitAnalyzer : DiagnosticAnalyzer
{
    private const string LinearAlgebra = "MathNet.Numerics.LinearAlgebra";
    private const string Distributions = "MathNet.Numerics.Distributions";

    private static readonly string[] BuilderMethods = { "Dense", "Sparse", "Diagonal", "DenseDiagonal", "SparseDiagonal" };
    private static readonly string[] BuilderTypes = { "MatrixBuilder", "VectorBuilder", "CreateMatrix", "CreateVector" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.RandomInParallelInit);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var random = start.Compilation.GetTypeByMetadataName("System.Random");
            if (random is null)
                return;
            start.RegisterOperationAction(c => AnalyzeInvocation(c, random), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol random)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var builder = BuilderName(invocation.TargetMethod);
        if (builder is null)
            return;

        foreach (var argument in invocation.Arguments)
        {
            if (!IsIndexInit(argument.Parameter?.Type))
                continue;
            var body = InitBody(argument.Value);
            var draw = body?.DescendantsAndSelf().FirstOrDefault(o => Draws(o, random, body.Syntax));
            if (draw is null)
                continue;
            context.ReportDiagnostic(Diagnostic.Create(
                KataDiagnostics.RandomInParallelInit, argument.Value.Syntax.GetLocation(), draw.Syntax.ToString(), builder));
        }
    }

    // "Build.Dense", "CreateVector.Sparse", "DenseVector.Create", or null for any other method.
    private static string? BuilderName(IMethodSymbol method)
    {
        var type = method.ContainingType;
        var space = type.ContainingNamespace?.ToDisplayString() ?? "";
        if (!space.StartsWith(LinearAlgebra, System.StringComparison.Ordinal))
            return null;
        if (space == LinearAlgebra && BuilderTypes.Contains(type.Name) && BuilderMethods.Contains(method.Name))
            return (type.Name.EndsWith("Builder", System.StringComparison.Ordinal) ? "Build" : type.Name) + "." + method.Name;
        if (space != LinearAlgebra && method.IsStatic && method.Name == "Create")
            return type.Name + ".Create";
        return null;
    }

    // An init function takes indices only: Func<int, T> or Func<int, int, T>.
    private static bool IsIndexInit(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke }
        && invoke.Parameters.Length > 0
        && invoke.Parameters.All(p => p.Type.SpecialType == SpecialType.System_Int32);

    // The operations the init function runs: a lambda's body, or a method group's declaration in this file.
    private static IOperation? InitBody(IOperation value)
    {
        if (Unconverted(value) is not IDelegateCreationOperation creation)
            return null;
        switch (creation.Target)
        {
            case IAnonymousFunctionOperation lambda:
                return lambda.Body;
            case IMethodReferenceOperation reference:
                var model = value.SemanticModel;
                var declaration = reference.Method.OriginalDefinition.DeclaringSyntaxReferences
                    .FirstOrDefault(r => r.SyntaxTree == value.Syntax.SyntaxTree);
                return model is null || declaration is null ? null : model.GetOperation(declaration.GetSyntax());
            default:
                return null;
        }
    }

    private static bool Draws(IOperation operation, INamedTypeSymbol random, SyntaxNode body)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation property:
                return property.Instance is { } owner
                    ? IsShared(owner, random, body)
                    : IsRandom(property.Property.ContainingType, random);
            case IInvocationOperation call:
                if (call.Instance is { } instance)
                    return IsShared(instance, random, body) || (IsSampler(call.TargetMethod) && !IsMadeIn(instance, body));
                return call.Arguments.Any(a => IsShared(a.Value, random, body)) || IsSampler(call.TargetMethod);
            default:
                return false;
        }
    }

    // A Random that every call of the init function shares: not one the function makes for itself
    // (new Random(seed + i) in the lambda is thread-safe and reproducible).
    private static bool IsShared(IOperation value, INamedTypeSymbol random, SyntaxNode body)
    {
        value = Unconverted(value);
        return IsRandom(value.Type, random) && !IsMadeIn(value, body);
    }

    private static bool IsMadeIn(IOperation value, SyntaxNode body)
    {
        value = Unconverted(value);
        return value is IObjectCreationOperation
               || (value is ILocalReferenceOperation local
                   && local.Local.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == body.SyntaxTree && body.Span.Contains(r.Span)));
    }

    // Normal.Sample(random, 0, 1), normal.Sample(), ContinuousUniform.Samples(...).
    private static bool IsSampler(IMethodSymbol method) =>
        method.Name.StartsWith("Sample", System.StringComparison.Ordinal)
        && method.ContainingNamespace?.ToDisplayString() == Distributions;

    private static IOperation Unconverted(IOperation value)
    {
        while (value is IConversionOperation conversion)
            value = conversion.Operand;
        return value;
    }

    // System.Random or a generator derived from it (MathNet's MersenneTwister, say).
    private static bool IsRandom(ITypeSymbol? type, INamedTypeSymbol random)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, random))
                return true;
        }
        return false;
    }
}
