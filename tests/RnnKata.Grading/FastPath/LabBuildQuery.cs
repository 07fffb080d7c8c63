using System.Text.Json;
using RnnKata.Catalogue;

namespace RnnKata.Grading.FastPath;

/// <summary>What MSBuild says a lab's exercise project compiles with, in the grading configuration.</summary>
/// <param name="ProjectDirectory">The exercise project's folder (ends with a separator).</param>
/// <param name="Properties">The compiler settings (<c>DefineConstants</c>, <c>LangVersion</c>, <c>Nullable</c>, …).</param>
/// <param name="Compile">The source files, full paths: the student's, the given ones and the generated ones under obj/.</param>
/// <param name="References">The reference assemblies (<c>ReferencePathWithRefAssemblies</c>).</param>
/// <param name="Analyzers">The analyzer assemblies.</param>
/// <param name="AdditionalFiles">The additional files (the banned-symbol lists).</param>
/// <param name="EditorConfigFiles">The editorconfig files, the generated global one among them.</param>
/// <param name="TestOutputDirectory">The folder of the lab's built test assembly.</param>
/// <param name="TestAssembly">The built test assembly.</param>
internal sealed record LabBuildInputs(
    string ProjectDirectory,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<string> Compile,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Analyzers,
    IReadOnlyList<string> AdditionalFiles,
    IReadOnlyList<string> EditorConfigFiles,
    string TestOutputDirectory,
    string TestAssembly)
{
    /// <summary>A property's value, or "" when MSBuild has none.</summary>
    public string Property(string name) => Properties.TryGetValue(name, out var value) ? value : "";
}

/// <summary>Builds a lab's test project in the grading configuration against the pristine exercises and asks
/// MSBuild (<c>-getItem</c>/<c>-getProperty</c>) what the exercise project compiled with.</summary>
internal static class LabBuildQuery
{
    /// <summary>The compiler settings read from the exercise project.</summary>
    public static readonly string[] PropertyNames =
    [
        "AssemblyName", "DefineConstants", "LangVersion", "Nullable", "Optimize", "AllowUnsafeBlocks",
        "CheckForOverflowUnderflow", "NoWarn", "WarningsAsErrors", "WarningsNotAsErrors", "TreatWarningsAsErrors",
        "WarningLevel", "ProjectDir", "Features",
    ];

    private static readonly string[] ItemNames = ["Compile", "ReferencePathWithRefAssemblies", "Analyzer", "AdditionalFiles", "EditorConfigFiles"];

    /// <summary>Builds and queries <paramref name="lab"/> in the kata at <paramref name="root"/>.</summary>
    /// <exception cref="FastPathException">A build failed or MSBuild's answer could not be read.</exception>
    public static LabBuildInputs Run(DotnetCli dotnet, string root, Lab lab, CancellationToken cancellationToken)
    {
        string[] grading = ["-p:Configuration=" + DotnetCli.Configuration, "-p:KataTarget=exercises", "-p:KataGrading=true"];
        string[] quiet = ["-nologo", "-nodeReuse:false", "-tl:off", "-v:minimal"];

        // 1. The test project (and so the pristine exercise and everything else it references). Two
        //    properties, because MSBuild answers JSON only when asked for more than one value.
        var testAnswer = Query(dotnet, root, Path.Combine(root, lab.TestProject), [.. grading, .. quiet, "-restore", "-t:Build", "-getProperty:TargetPath", "-getProperty:AssemblyName"],
                               cancellationToken);
        var testAssembly = testAnswer.GetProperty("Properties").GetProperty("TargetPath").GetString()!;

        // 2. The exercise project: already built, so Build is up to date and only fills in the items.
        var answer = Query(dotnet, root, Path.Combine(root, lab.ExerciseProject),
                           [.. grading, .. quiet, "-t:Build", .. PropertyNames.Select(p => "-getProperty:" + p), .. ItemNames.Select(i => "-getItem:" + i)],
                           cancellationToken);

        var properties = answer.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
        var projectDirectory = properties["ProjectDir"];
        var items = answer.GetProperty("Items");
        IReadOnlyList<string> Paths(string item) => items.TryGetProperty(item, out var list)
            ? list.EnumerateArray().Select(i => Path.GetFullPath(i.GetProperty("FullPath").GetString()!)).ToArray()
            : [];

        return new LabBuildInputs(projectDirectory, properties, Paths("Compile"), Paths("ReferencePathWithRefAssemblies"),
                                  Paths("Analyzer"), Paths("AdditionalFiles"), Paths("EditorConfigFiles"),
                                  Path.GetDirectoryName(testAssembly)!, testAssembly);
    }

    private static JsonElement Query(DotnetCli dotnet, string root, string project, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = dotnet.Run(["msbuild", project, .. arguments], root, DotnetCli.StepTimeout, cancellationToken);
        var text = string.Join('\n', result.Output);
        var start = text.IndexOf('{');
        if (result.ExitCode != 0 || start < 0)
        {
            var errors = BuildRunner.ErrorsIn(result.Output, root);
            throw new FastPathException($"Preparing {Path.GetRelativePath(root, project)} failed (exit code {result.ExitCode}): " +
                                        string.Join(" | ", errors.Count > 0 ? errors : result.Output.TakeLast(5)));
        }
        try
        {
            using var document = JsonDocument.Parse(text[start..]);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FastPathException($"MSBuild's answer for {Path.GetRelativePath(root, project)} is not JSON: {e.Message}");
        }
    }
}
