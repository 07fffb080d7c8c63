using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0002: reports <c>System.Random</c> created without a seed (<c>new Random()</c>, or a
/// target-typed <c>new()</c>) and every use of <c>Random.Shared</c>. It matches symbols, not
/// text, so a type of the student's own that happens to be called <c>Random</c> is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnseededRandomAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.UnseededRandom);

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
            start.RegisterOperationAction(c => AnalyzeCreation(c, random), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzePropertyReference(c, random), OperationKind.PropertyReference);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol random)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 0 && SymbolEqualityComparer.Default.Equals(creation.Type, random))
            Report(context, "new Random()");
    }

    private static void AnalyzePropertyReference(OperationAnalysisContext context, INamedTypeSymbol random)
    {
        var property = ((IPropertyReferenceOperation)context.Operation).Property;
        if (property.IsStatic && property.Name == "Shared"
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, random))
            Report(context, "Random.Shared");
    }

    private static void Report(OperationAnalysisContext context, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(
            KataDiagnostics.UnseededRandom, context.Operation.Syntax.GetLocation(), what));
}
