namespace RnnKata.Catalogue;

/// <summary>One lab of the kata, as listed in <c>labs.json</c>.</summary>
/// <param name="Id">Short id, e.g. <c>Lab01</c>.</param>
/// <param name="Number">Position in the curriculum, from 1.</param>
/// <param name="Title">Title shown in tables and docs.</param>
/// <param name="Project">Project name shared by the exercise, the solution and (with <c>.Tests</c>) the tests.</param>
/// <param name="Chapter">The docs chapter, relative to the repository root.</param>
/// <param name="Category">NUnit category of the lab's tests (<c>dotnet test --filter Category=...</c>).</param>
/// <param name="Points">Points the lab is worth when graded.</param>
public sealed record Lab(string Id, int Number, string Title, string Project, string Chapter, string Category, int Points)
{
    /// <summary>The exercise project, relative to the repository root.</summary>
    public string ExerciseProject => $"exercises/{Project}/{Project}.csproj";

    /// <summary>The reference solution project, relative to the repository root.</summary>
    public string SolutionProject => $"solutions/{Project}/{Project}.csproj";

    /// <summary>The lab's test project, relative to the repository root.</summary>
    public string TestProject => $"tests/{TestProjectName}/{TestProjectName}.csproj";

    /// <summary>The test project's name.</summary>
    public string TestProjectName => $"{Project}.Tests";

    /// <summary>
    /// Whether the reference solution compiles as a student's work in the exercise project: not when it runs on
    /// the compute engine (Lab 4 on), which only the solution project references. Graders and benchmarks that
    /// hand the reference in as a submission can only do so for these labs.
    /// </summary>
    /// <param name="kataRoot">The repository root (<see cref="KataPaths.FindRoot"/>).</param>
    public bool ReferenceCompilesAsExercise(string kataRoot) =>
        !File.ReadAllText(Path.Combine(kataRoot, SolutionProject)).Contains("RnnKata.Engine", StringComparison.Ordinal);
}
