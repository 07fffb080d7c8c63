using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace RnnKata.Grading.FastPath;

/// <summary>How a lab's in-process compilation went.</summary>
/// <param name="Image">The assembly and its PDB; null when the build failed.</param>
/// <param name="Errors">The first distinct errors, paths relative to the kata (as <see cref="BuildRunner"/> gives them).</param>
/// <param name="Warnings">Warnings on the student's files, with the rule's help link where it has one.</param>
internal sealed record CompileOutcome((byte[] Dll, byte[] Pdb)? Image, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    /// <summary>The kata's own rules' infos on the student's files (RK0001's remaining stubs): for the student front door, never for grading.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// Compiles one lab with Roslyn as <c>dotnet build -c Grading -p:KataGrading=true</c> compiles its exercise
/// project: the same references, preprocessor symbols, nullable context, language version, warning settings,
/// generated files (global usings, assembly info) and analyzers (the kata's RK rules and the banned-API rule
/// with the kata's and the lab's lists). Everything but the student's files is read and parsed once, here;
/// <see cref="Compile"/> is thread-safe.
/// </summary>
internal sealed class LabCompiler
{
    private readonly string _root;
    private readonly string _projectDirectory;
    private readonly string _assemblyName;
    private readonly CSharpParseOptions _parseOptions;
    private readonly CSharpCompilationOptions _options;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<SyntaxTree> _keptTrees;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly AnalyzerOptions _analyzerOptions;
    private readonly GivenCodeBindings _givenBindings;

    /// <summary>Reads what the lab compiles with. <paramref name="analyzerLoader"/> is shared by all labs, so
    /// an analyzer assembly is loaded once. <paramref name="analyzerErrorsAsWarnings"/> (the grader's own tests only)
    /// reports every analyzer rule as a warning.</summary>
    public LabCompiler(string root, LabBuildInputs inputs, AnalyzerCache analyzerLoader, bool analyzerErrorsAsWarnings = false)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        _projectDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputs.ProjectDirectory)) + Path.DirectorySeparatorChar;
        _assemblyName = inputs.Property("AssemblyName");

        _parseOptions = new CSharpParseOptions(
            LanguageVersionFacts.TryParse(inputs.Property("LangVersion"), out var version) ? version : LanguageVersion.Default,
            DocumentationMode.Parse,
            SourceCodeKind.Regular,
            Split(inputs.Property("DefineConstants")));

        var diagnosticOptions = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in Split(inputs.Property("WarningsAsErrors")))
            diagnosticOptions[DiagnosticId(id)] = ReportDiagnostic.Error;
        foreach (var id in Split(inputs.Property("WarningsNotAsErrors")))
            diagnosticOptions[DiagnosticId(id)] = ReportDiagnostic.Warn;
        foreach (var id in Split(inputs.Property("NoWarn")))
            diagnosticOptions[DiagnosticId(id)] = ReportDiagnostic.Suppress;

        // The SDK's analyzers are left out (see below); the rest are the kata's and the banned-API rules.
        var analyzerPaths = inputs.Analyzers.Where(path => !IsFromSdk(path)).ToArray();
        if (analyzerErrorsAsWarnings)
            foreach (var descriptor in analyzerPaths.SelectMany(path => analyzerLoader.Analyzers(path)).SelectMany(a => a.SupportedDiagnostics))
                diagnosticOptions[descriptor.Id] = ReportDiagnostic.Warn;

        _options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: IsTrue(inputs.Property("Optimize")) ? OptimizationLevel.Release : OptimizationLevel.Debug,
            checkOverflow: IsTrue(inputs.Property("CheckForOverflowUnderflow")),
            allowUnsafe: IsTrue(inputs.Property("AllowUnsafeBlocks")),
            warningLevel: int.TryParse(inputs.Property("WarningLevel"), out var level) ? level : 4,
            generalDiagnosticOption: IsTrue(inputs.Property("TreatWarningsAsErrors")) ? ReportDiagnostic.Error : ReportDiagnostic.Default,
            specificDiagnosticOptions: diagnosticOptions,
            nullableContextOptions: inputs.Property("Nullable").ToLowerInvariant() switch
            {
                "enable" => NullableContextOptions.Enable,
                "warnings" => NullableContextOptions.Warnings,
                "annotations" => NullableContextOptions.Annotations,
                _ => NullableContextOptions.Disable,
            },
            deterministic: true);

        _references = [.. inputs.References.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];

        // Kept from the kata: the lab's Given/ files and what the SDK generated under obj/.
        _keptTrees = [.. inputs.Compile.Where(IsKept).Select(Parse)];
        var kataExercise = CSharpCompilation.Create(_assemblyName, [.. _keptTrees, .. inputs.Compile.Where(path => !IsKept(path)).Select(Parse)],
                                                    _references, _options);
        _givenBindings = new GivenCodeBindings(kataExercise, _keptTrees);

        // The SDK's code-quality analyzers (CA rules) and the framework's source generators are left out: the
        // first only warn in grading and cost about as much as the compilation; the labs use none of the second.
        _analyzers = [.. analyzerPaths.SelectMany(path => analyzerLoader.Analyzers(path))];

        var globalOptions = inputs.EditorConfigFiles.Where(IsGlobalConfig).SelectMany(ReadGlobalConfig)
            .GroupBy(pair => pair.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        globalOptions["build_property.ProjectDir"] = _projectDirectory;
        // This compiler always grades: the allowlist rule (RK0008) must see it whatever MSBuild's answer held.
        // RK0008 is not configurable (an error whenever it runs), so the grader's own tests, which plant
        // denied calls to exercise the runtime defences, switch grading mode off for it instead.
        globalOptions["build_property.KataGrading"] = analyzerErrorsAsWarnings ? "false" : "true";
        _analyzerOptions = new AnalyzerOptions(
            [.. inputs.AdditionalFiles.Select(path => (AdditionalText)new FileText(path, File.ReadAllText(path)))],
            new GlobalOptionsProvider(globalOptions));
    }

    /// <summary>The analyzers the lab is compiled with (for tests and diagnostics).</summary>
    public IReadOnlyList<DiagnosticAnalyzer> Analyzers => _analyzers;

    /// <summary>The source files that come from the student: the project's own files but the given ones and obj/, bin/.</summary>
    private bool IsKept(string path) => !IsUnder(path, _projectDirectory) || !IsStudentFile(Path.GetRelativePath(_projectDirectory, path));

    /// <summary>Whether a path relative to a lab's folder is the student's (not under Given/, obj/ or bin/).</summary>
    public static bool IsStudentFile(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !string.Equals(parts[0], "obj", StringComparison.OrdinalIgnoreCase)
               && !string.Equals(parts[0], "bin", StringComparison.OrdinalIgnoreCase)
               && !parts[..^1].Contains("Given", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Compiles the student's lab folder (<paramref name="studentLabFolder"/>: their <c>*.cs</c> files, given
    /// code and build outputs left out) with the kata's given and generated files. The student's files are
    /// compiled under the kata's lab folder, so errors name <c>exercises/LabNN.…/File.cs</c> as a build does.
    /// </summary>
    public CompileOutcome Compile(string studentLabFolder, CancellationToken cancellationToken)
    {
        var studentTrees = new List<SyntaxTree>();
        if (Directory.Exists(studentLabFolder))
        {
            foreach (var file in Directory.EnumerateFiles(studentLabFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(studentLabFolder, file);
                if (!IsStudentFile(relative))
                    continue;
                studentTrees.Add(Parse(file, Path.Combine(_projectDirectory, relative), cancellationToken));
            }
        }

        var compilation = CSharpCompilation.Create(_assemblyName, [.. _keptTrees, .. studentTrees], _references, _options);
        var diagnostics = _analyzers.IsEmpty
            ? compilation.GetDiagnostics(cancellationToken)
            : compilation.WithAnalyzers(_analyzers, _analyzerOptions).GetAllDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();

        var warnings = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Warning && studentTrees.Contains(d.Location.SourceTree!))
            .Select(Describe).Distinct().ToArray();
        var notes = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Info && d.Id.StartsWith("RK", StringComparison.Ordinal) && studentTrees.Contains(d.Location.SourceTree!))
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .Select(Describe).Distinct().ToArray();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
            return new CompileOutcome(null, FirstErrors(errors), warnings) { Notes = notes };
        var hijacks = _givenBindings.Changes(compilation, cancellationToken).Select(DescribeChange).Distinct(StringComparer.Ordinal)
            .Take(BuildRunner.MaxErrors).ToArray();
        if (hijacks.Length > 0)
            return new CompileOutcome(null, hijacks, warnings) { Notes = notes };

        using var dll = new MemoryStream();
        using var pdb = new MemoryStream();
        var emitted = compilation.Emit(dll, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb),
                                       cancellationToken: cancellationToken);
        return emitted.Success
            ? new CompileOutcome((dll.ToArray(), pdb.ToArray()), [], warnings) { Notes = notes }
            : new CompileOutcome(null, FirstErrors(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)), warnings) { Notes = notes };
    }

    /// <summary>The first errors in the compiler's own order (syntax, then declarations, then method bodies, then
    /// analyzers), as the build prints them: the first is the one to fix.</summary>
    private IReadOnlyList<string> FirstErrors(IEnumerable<Diagnostic> errors) =>
        errors.Select(Format).Distinct(StringComparer.Ordinal).Take(BuildRunner.MaxErrors).ToArray();

    /// <summary>A diagnostic as MSBuild prints it (<c>path(line,col): error ID: message</c>), the kata's root taken off.</summary>
    private string Format(Diagnostic diagnostic) =>
        CSharpDiagnosticFormatter.Instance.Format(diagnostic, CultureInfo.InvariantCulture).Replace(_root, "", StringComparison.Ordinal);

    // Roslyn's formatter already ends with the help link (as "dotnet build" prints it); the link is added only where it does not.
    private string Describe(Diagnostic diagnostic)
    {
        var text = Format(diagnostic);
        var link = diagnostic.Descriptor.HelpLinkUri;
        return string.IsNullOrEmpty(link) || diagnostic.Id.StartsWith("CS", StringComparison.Ordinal) || text.Contains(link, StringComparison.Ordinal)
            ? text
            : $"{text} ({link})";
    }

    /// <summary>A build error for a name of the given code that the student's code made bind elsewhere, at the given code's line.</summary>
    private string DescribeChange((SyntaxNode Node, string Expected, ISymbol Actual) change)
    {
        var declared = change.Actual.Locations.FirstOrDefault(l => l.IsInSource) is { } location
            ? $", declared at {Position(location)}"
            : "";
        return $"{Position(change.Node.GetLocation())}: error: the lab's given code would use {GivenCodeBindings.Key(change.Actual)}{declared}, " +
               $"instead of {change.Expected}. Given code must run as the kata ships it: rename what your code declares " +
               "(a type in the lab's namespace, a global using alias, a type named like one of the given library's, or an extension method can take the place of the kata's).";
    }

    /// <summary>A location as MSBuild prints it (<c>path(line,col)</c>), the kata's root taken off.</summary>
    private string Position(Location location)
    {
        var span = location.GetLineSpan();
        return FormattableString.Invariant($"{span.Path.Replace(_root, "", StringComparison.Ordinal)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})");
    }

    private SyntaxTree Parse(string path) => Parse(path, path, CancellationToken.None);

    /// <summary>Parses the file at <paramref name="path"/> as if it were at <paramref name="compiledAs"/>.</summary>
    private SyntaxTree Parse(string path, string compiledAs, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        return CSharpSyntaxTree.ParseText(SourceText.From(stream, canBeEmbedded: true), _parseOptions, compiledAs, cancellationToken);
    }

    /// <summary>Whether an analyzer comes with the SDK (its CA rules) or the framework pack (its generators).</summary>
    public static bool IsFromSdk(string path) =>
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part.Equals("Microsoft.NET.Sdk", StringComparison.OrdinalIgnoreCase) ||
                         part.Equals("Microsoft.NETCore.App.Ref", StringComparison.OrdinalIgnoreCase));

    private static bool IsUnder(string path, string folder) => Path.GetFullPath(path).StartsWith(folder, StringComparison.Ordinal);

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string list) =>
        list.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>MSBuild lists compiler warnings by number (<c>1701</c>); Roslyn names them <c>CS1701</c>.</summary>
    private static string DiagnosticId(string id) => id.All(char.IsAsciiDigit) ? "CS" + id.PadLeft(4, '0') : id;

    private static bool IsGlobalConfig(string path) =>
        File.Exists(path) && File.ReadLines(path).Any(line => line.Replace(" ", "", StringComparison.Ordinal).Equals("is_global=true", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<KeyValuePair<string, string>> ReadGlobalConfig(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            var equals = trimmed.IndexOf('=');
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';' or '[' || equals <= 0)
                continue;
            yield return new(trimmed[..equals].Trim(), trimmed[(equals + 1)..].Trim());
        }
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value) =>
                values.TryGetValue(key, out value!);
        }
    }
}

/// <summary>Loads analyzer assemblies once per grading run and keeps their analyzer instances. Each analyzer file
/// gets its own load context, so that the same analyzer built in two places (the kata, and a copy of it with
/// hidden tests) can be loaded side by side; Microsoft.CodeAnalysis and everything else the grader has loaded
/// come from the default context, where the grader's own Roslyn satisfies the analyzers' references.</summary>
internal sealed class AnalyzerCache
{
    private readonly Dictionary<string, ImmutableArray<DiagnosticAnalyzer>> _byPath = new(StringComparer.Ordinal);
    private readonly Loader _loader = new();

    /// <summary>The C# analyzers in the assembly at <paramref name="path"/>.</summary>
    /// <exception cref="FastPathException">The assembly cannot be loaded.</exception>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers(string path)
    {
        lock (_byPath)
        {
            if (_byPath.TryGetValue(path, out var known))
                return known;
            var reference = new AnalyzerFileReference(path, _loader);
            var failures = new List<string>();
            reference.AnalyzerLoadFailed += (_, e) => failures.Add(e.Message);
            var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
            if (failures.Count > 0)
                throw new FastPathException($"The analyzer {path} could not be loaded: {string.Join(" | ", failures)}");
            return _byPath[path] = analyzers;
        }
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => new AnalyzerLoadContext(fullPath).LoadFromAssemblyPath(fullPath);
    }

    private sealed class AnalyzerLoadContext(string analyzerPath) : System.Runtime.Loader.AssemblyLoadContext("analyzer: " + analyzerPath)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (Default.Assemblies.Any(a => string.Equals(a.GetName().Name, assemblyName.Name, StringComparison.OrdinalIgnoreCase)))
                return null;
            var beside = Path.Combine(Path.GetDirectoryName(analyzerPath)!, assemblyName.Name + ".dll");
            return File.Exists(beside) ? LoadFromAssemblyPath(beside) : null;
        }
    }
}
