using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>Every rule has a doc page, a pointer to it, and a line in the release-tracking files.</summary>
[TestFixture]
[Category("Analyzers")]
public sealed class DescriptorTests
{
    private static IEnumerable<TestCaseData> Rules() =>
        KataDiagnostics.All.Select(d => new TestCaseData(d).SetArgDisplayNames(d.Id));

    [TestCaseSource(nameof(Rules))]
    public void The_help_link_names_the_rules_doc_page_and_the_page_exists(DiagnosticDescriptor rule)
    {
        rule.HelpLinkUri.Should().Be($"docs/analyzers/{rule.Id}.md");
        File.Exists(Path.Combine(RepoRoot.Find(), rule.HelpLinkUri)).Should().BeTrue(
            "{0} links to {1}, which must exist under the repository root", rule.Id, rule.HelpLinkUri);
    }

    [TestCaseSource(nameof(Rules))]
    public void The_compilers_line_names_the_doc_page_once(DiagnosticDescriptor rule)
    {
        var diagnostic = Diagnostic.Create(rule, Location.None, "a", "b", "c");

        var line = Microsoft.CodeAnalysis.CSharp.CSharpDiagnosticFormatter.Instance.Format(diagnostic, System.Globalization.CultureInfo.InvariantCulture);

        line.Should().EndWith($"({rule.HelpLinkUri})", "the compiler prints the help link after the message, as dotnet build shows it");
        Regex.Matches(line, Regex.Escape(rule.HelpLinkUri)).Should().ContainSingle("the message itself does not repeat the page");
    }

    [TestCaseSource(nameof(Rules))]
    public void The_rule_is_listed_in_the_release_tracking_files_with_its_category_and_severity(DiagnosticDescriptor rule)
    {
        var folder = Path.Combine(RepoRoot.Find(), "analyzers", "RnnKata.Analyzers");
        var releases = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));

        var row = new Regex($@"^{rule.Id}\s*\|\s*{rule.Category}\s*\|\s*{rule.DefaultSeverity}\s*\|", RegexOptions.Multiline);
        releases.Should().MatchRegex(row,
            "AnalyzerReleases.*.md must list {0} as '{0} | {1} | {2} | ...'", rule.Id, rule.Category, rule.DefaultSeverity);
    }

    [Test]
    public void Rule_ids_are_unique_and_follow_the_RK_pattern() =>
        KataDiagnostics.All.Select(d => d.Id).Should().OnlyHaveUniqueItems()
            .And.AllSatisfy(id => id.Should().MatchRegex(@"^RK\d{4}$"));
}
