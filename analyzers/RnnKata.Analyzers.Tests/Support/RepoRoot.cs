namespace RnnKata.Analyzers.Tests.Support;

/// <summary>Finds the kata's repository root: the folder that holds <c>RnnKata.sln</c>.</summary>
internal static class RepoRoot
{
    /// <summary>The root, found by walking up from the test assembly's folder.</summary>
    public static string Find() => FindFrom(TestContext.CurrentContext.TestDirectory);

    /// <summary>
    /// The root, found by walking up from <paramref name="start"/>. Test case sources run before
    /// any test context exists and start from <see cref="AppContext.BaseDirectory"/>.
    /// </summary>
    public static string FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RnnKata.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No folder holding RnnKata.sln above '{start}'.");
    }
}
