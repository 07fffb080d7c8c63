using RnnKata.Catalogue;

namespace RnnKata.Docs.Tests;

/// <summary>
/// The chapter sections that lab tests name in their failure messages (<c>see docs/01-two-step-rnn.md#task-1-the-first-step</c>,
/// written in a test or in the lab's <c>[assembly: SeeChapterOnFailure(…)]</c>) exist: a student who rereads them lands on a heading.
/// </summary>
[Category("Docs")]
public sealed class TestMessageLinkTests
{
    /// <summary>One case per lab whose test project exists.</summary>
    public static IEnumerable<TestCaseData> Labs() =>
        LabCatalogue.All.Where(lab => Directory.Exists(LabTestSources.Folder(lab)))
            .Select(lab => new TestCaseData(lab).SetArgDisplayNames(lab.Id));

    [TestCaseSource(nameof(Labs))]
    public void Sections_named_in_lab_tests_are_headings_of_their_chapter(Lab lab)
    {
        foreach (var file in Directory.EnumerateFiles(LabTestSources.Folder(lab), "*.cs", SearchOption.AllDirectories).Where(f => !DocsTree.IsBuildOutput(f)))
        {
            foreach (var reference in StubReferences.ChapterReferencePattern().Matches(File.ReadAllText(file))
                         .Select(m => new ChapterReference(m.Groups["chapter"].Value, m.Groups["anchor"].Value))
                         .Where(r => r.Anchor.Length > 0))
            {
                var chapter = Path.Combine(DocsTree.Root, reference.Chapter);
                File.Exists(chapter).Should().BeTrue($"{DocsTree.Relative(file)} sends the student to {reference.Chapter}");
                DocsTree.Document(chapter).Anchors.Should().Contain(reference.Anchor,
                    $"{DocsTree.Relative(file)} sends the student to {reference}: {reference.Chapter} needs a heading whose GitHub slug is '{reference.Anchor}'");
            }
        }
    }
}
