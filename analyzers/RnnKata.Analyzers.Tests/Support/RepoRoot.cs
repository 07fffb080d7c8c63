namespace RnnKata.Analyzers.Tests.Support;

/// <summary>Finds the kata's repository root: the folder that holds <c>RnnKata.sln</c>.</summary>
internal static class RepoRoot
{
    /// <summary>The root, found by walking up from the test assembly's folder.</summary>
    public static string Find()
    {
        var start = TestContext.CurrentContext.TestDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RnnKata.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No folder holding RnnKata.sln above '{start}'.");
    }
}
