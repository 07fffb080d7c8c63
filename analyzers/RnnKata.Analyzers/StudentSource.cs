using System;
using Microsoft.CodeAnalysis;

namespace RnnKata.Analyzers;

/// <summary>
/// Which syntax trees of a compilation are the student's own code, for the rules that guard the kata
/// (RK0003, RK0008).
/// </summary>
internal static class StudentSource
{
    /// <summary>The folder, inside a lab, of the code students are given (the grader takes it from the kata).</summary>
    private const string GivenFolder = "Given";

    /// <summary>
    /// Whether a tree is one of the project's own source files rather than a source generator's
    /// output. Generators write under the compiler's output folder (<c>obj/</c>, or outside the
    /// project with an artifacts layout), and the Regex generator, for one, opens its file with a bare
    /// <c>#pragma warning disable</c>. A student's file is compiled from the project folder, never
    /// from <c>obj/</c> or <c>bin/</c> (the SDK's globs leave them out, and the grader copies neither).
    /// Without the project folder or a full path (an in-memory compilation) every tree counts.
    /// </summary>
    public static bool IsProjectFile(SyntaxTree tree, string? projectDir)
    {
        if (RelativeToProject(tree, projectDir) is not { } relative)
            return string.IsNullOrWhiteSpace(projectDir) || !System.IO.Path.IsPathRooted(tree.FilePath);

        return !relative.StartsWith("obj/", StringComparison.OrdinalIgnoreCase)
            && !relative.StartsWith("bin/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a tree is the student's own code: a project file (<see cref="IsProjectFile"/>) outside
    /// every <c>Given/</c> folder. Given code is compiled from the pristine kata (the grader replaces a
    /// student's <c>Given/</c> files with the kata's), so the rules that hold the student's code to the
    /// kata's limits leave it alone. The folder is matched as the grader matches it: any folder named
    /// <c>Given</c> in the path below the project (or in the whole path when the project is unknown).
    /// </summary>
    public static bool IsStudentCode(SyntaxTree tree, string? projectDir)
    {
        if (!IsProjectFile(tree, projectDir))
            return false;

        var path = RelativeToProject(tree, projectDir) ?? Normalize(tree.FilePath);
        var folders = path.Split('/');
        for (var i = 0; i < folders.Length - 1; i++)
        {
            if (string.Equals(folders[i], GivenFolder, StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    /// <summary>The tree's path below the project folder, or null when it is not below it or either is unknown.</summary>
    private static string? RelativeToProject(SyntaxTree tree, string? projectDir)
    {
        if (string.IsNullOrWhiteSpace(projectDir) || !System.IO.Path.IsPathRooted(tree.FilePath))
            return null;

        var project = Normalize(projectDir!);
        if (!project.EndsWith("/", StringComparison.Ordinal))
            project += "/";
        var file = Normalize(tree.FilePath);
        return file.StartsWith(project, StringComparison.OrdinalIgnoreCase) ? file.Substring(project.Length) : null;
    }

    private static string Normalize(string path) => path.Trim().Replace('\\', '/');
}
