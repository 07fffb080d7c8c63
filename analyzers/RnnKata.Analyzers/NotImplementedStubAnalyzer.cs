using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RnnKata.Analyzers;

/// <summary>
/// RK0001: reports every <c>throw new NotImplementedException(...)</c>, in throw statements and in
/// throw expressions (<c>=&gt; throw ...</c>), so the IDE lists the stubs a student has left.
/// The diagnostic sits on the throw and repeats the stub's message, which names the chapter to read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NotImplementedStubAnalyzer : DiagnosticAnalyzer
{
    private const string NoStubMessage = "see its docs chapter";

    private static readonly SymbolDisplayFormat MemberFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.None,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KataDiagnostics.NotImplemented);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var notImplemented = start.Compilation.GetTypeByMetadataName("System.NotImplementedException");
            if (notImplemented is null)
                return;
            start.RegisterOperationAction(c => AnalyzeThrow(c, notImplemented), OperationKind.Throw);
        });
    }

    private static void AnalyzeThrow(OperationAnalysisContext context, INamedTypeSymbol notImplemented)
    {
        var thrown = ((IThrowOperation)context.Operation).Exception;
        while (thrown is IConversionOperation conversion)
            thrown = conversion.Operand;
        if (thrown is not IObjectCreationOperation creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, notImplemented))
            return;

        context.ReportDiagnostic(Diagnostic.Create(
            KataDiagnostics.NotImplemented,
            context.Operation.Syntax.GetLocation(),
            MemberName(context.ContainingSymbol),
            StubMessage(creation)));
    }

    private static string MemberName(ISymbol member)
    {
        // A property's or event's accessor reads better as the property or event itself.
        if (member is IMethodSymbol { AssociatedSymbol: { } associated })
            member = associated;
        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor })
            return "The " + member.ContainingType.ToDisplayString(MemberFormat) + " constructor";
        return member.ToDisplayString(MemberFormat);
    }

    private static string StubMessage(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "message"
                && argument.Value.ConstantValue is { HasValue: true, Value: string text }
                && !string.IsNullOrWhiteSpace(text))
                return text.Trim().TrimEnd('.');
        }
        return NoStubMessage;
    }
}
