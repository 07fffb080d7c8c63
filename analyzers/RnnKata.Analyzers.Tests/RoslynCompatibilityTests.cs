namespace RnnKata.Analyzers.Tests;

/// <summary>
/// The SDK's compiler silently skips an analyzer built against a newer Roslyn than its own
/// (warning CS9057), so the analyzer must stay on Microsoft.CodeAnalysis 4.14 or older.
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class RoslynCompatibilityTests
{
    private static readonly Version NewestAllowed = new(4, 14, 0, 0);

    [Test]
    public void The_analyzer_references_Microsoft_CodeAnalysis_no_newer_than_4_14()
    {
        var roslyn = typeof(KataDiagnostics).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name is not null && a.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();

        roslyn.Should().NotBeEmpty();
        roslyn.Should().AllSatisfy(a => a.Version.Should().BeLessThanOrEqualTo(NewestAllowed,
            "{0} {1} would not load in the SDK's compiler (Roslyn 5.9)", a.Name, a.Version));
    }

    [Test]
    public void The_analyzer_targets_netstandard_2_0_as_the_compiler_requires()
    {
        var framework = typeof(KataDiagnostics).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single();

        framework.FrameworkName.Should().Be(".NETStandard,Version=v2.0");
    }
}
