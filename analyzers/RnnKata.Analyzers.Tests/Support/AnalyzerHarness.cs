using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers.Tests.Support;

/// <summary>How a sample is compiled: its file's path, the MSBuild properties analyzers see, whether unsafe code is allowed.</summary>
internal sealed record SampleSettings(string Path, IReadOnlyDictionary<string, string> BuildProperties, bool AllowUnsafe = false);

/// <summary>
/// Compiles one C# source string against the .NET 10 reference assemblies (plus any extra
/// assemblies) and returns what the given analyzer reports, in source order.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>The analyzer's diagnostics for <paramref name="source"/>.</summary>
    /// <exception cref="AssertionException">The source does not compile, or the analyzer threw:
    /// a test must not pass because its sample is broken.</exception>
    public static Task<ImmutableArray<Diagnostic>> DiagnoseAsync(
        DiagnosticAnalyzer analyzer, string source, params Type[] extraReferences) =>
        DiagnoseAsync(analyzer, source, "Sample.cs", ImmutableDictionary<string, string>.Empty, extraReferences);

    /// <summary>
    /// The analyzer's diagnostics for <paramref name="source"/> compiled from the file at
    /// <paramref name="path"/>, with the MSBuild properties the SDK shows analyzers
    /// (<c>build_property.*</c>, for example <c>ProjectDir</c>) set as in <paramref name="buildProperties"/>.
    /// </summary>
    public static Task<ImmutableArray<Diagnostic>> DiagnoseAsync(
        DiagnosticAnalyzer analyzer, string source, string path, IReadOnlyDictionary<string, string> buildProperties,
        params Type[] extraReferences) =>
        DiagnoseAsync([analyzer], source, new SampleSettings(path, buildProperties), extraReferences);

    /// <summary>
    /// What <paramref name="analyzers"/> report on <paramref name="source"/>, compiled as
    /// <paramref name="settings"/> say, after the compiler has applied pragmas and suppressions.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync(
        IReadOnlyList<DiagnosticAnalyzer> analyzers, string source, SampleSettings settings, params Type[] extraReferences)
    {
        var references = Net100.References.All.Concat(
            extraReferences.Select(t => MetadataReference.CreateFromFile(t.Assembly.Location)));
        var compilation = CSharpCompilation.Create(
            "KataSample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: settings.Path)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                                         allowUnsafe: settings.AllowUnsafe));

        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        compileErrors.Should().BeEmpty("the sample must compile");

        var options = new AnalyzerOptions([], new BuildProperties(settings.BuildProperties));
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync();
        diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()).Should().BeEmpty("the analyzer must not throw");
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>
    /// What <paramref name="analyzers"/> report on a project made of <paramref name="files"/> (path
    /// and text), compiled as the SDK compiles a kata project: the implicit global usings, nullable
    /// enabled, against the .NET 10 reference assemblies and the assemblies of <paramref name="extraReferences"/>.
    /// </summary>
    /// <exception cref="AssertionException">The project does not compile, or an analyzer threw.</exception>
    public static Task<ImmutableArray<Diagnostic>> DiagnoseProjectAsync(
        IReadOnlyList<DiagnosticAnalyzer> analyzers, IEnumerable<(string Path, string Text)> files, params Type[] extraReferences) =>
        DiagnoseProjectAsync(analyzers, files, ImmutableDictionary<string, string>.Empty, extraReferences);

    /// <summary>
    /// <see cref="DiagnoseProjectAsync(IReadOnlyList{DiagnosticAnalyzer}, IEnumerable{ValueTuple{string, string}}, Type[])"/>
    /// with the MSBuild properties the analyzers see set as in <paramref name="buildProperties"/>
    /// (<c>KataGrading</c>, say).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnoseProjectAsync(
        IReadOnlyList<DiagnosticAnalyzer> analyzers, IEnumerable<(string Path, string Text)> files,
        IReadOnlyDictionary<string, string> buildProperties, params Type[] extraReferences)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, path: f.Path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "GlobalUsings.g.cs"))
            .ToList();
        var references = Net100.References.All.Concat(extraReferences
            .Select(t => t.Assembly.Location)
            .Distinct()
            .Select(location => MetadataReference.CreateFromFile(location)));
        var compilation = CSharpCompilation.Create(
            "KataProject", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        compileErrors.Should().BeEmpty("the project must compile");

        var options = new AnalyzerOptions([], new BuildProperties(buildProperties));
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync();
        diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()).Should().BeEmpty("the analyzers must not throw");
        return [.. diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start)];
    }

    // What <ImplicitUsings>enable</ImplicitUsings> adds to a Microsoft.NET.Sdk project.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The source text a diagnostic is reported on.</summary>
    public static string FlaggedText(this Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>MSBuild properties as the SDK's generated global .editorconfig shows them to analyzers.</summary>
    private sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(properties.ToImmutableDictionary(
            p => "build_property." + p.Key, p => p.Value, AnalyzerConfigOptions.KeyComparer));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
