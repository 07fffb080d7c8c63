using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers.Tests.Support;

/// <summary>
/// Compiles one C# source string against the .NET 10 reference assemblies (plus any extra
/// assemblies) and returns what the given analyzer reports, in source order.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>The analyzer's diagnostics for <paramref name="source"/>.</summary>
    /// <exception cref="AssertionException">The source does not compile, or the analyzer threw:
    /// a test must not pass because its sample is broken.</exception>
    public static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync(
        DiagnosticAnalyzer analyzer, string source, params Type[] extraReferences)
    {
        var references = Net100.References.All.Concat(
            extraReferences.Select(t => MetadataReference.CreateFromFile(t.Assembly.Location)));
        var compilation = CSharpCompilation.Create(
            "KataSample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Sample.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        compileErrors.Should().BeEmpty("the sample must compile");

        var diagnostics = await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
        diagnostics.Where(d => d.Id == "AD0001").Should().BeEmpty("the analyzer must not throw");
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>The source text a diagnostic is reported on.</summary>
    public static string FlaggedText(this Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
