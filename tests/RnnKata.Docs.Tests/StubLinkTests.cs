namespace RnnKata.Docs.Tests;

/// <summary>
/// Every stub's NotImplementedException message sends the student to a chapter section that exists:
/// "Implement TwoStepRnn.FirstStep — see docs/01-two-step-rnn.md#task-1-the-first-step".
/// </summary>
[Category("Docs")]
public sealed class StubLinkTests
{
    /// <summary>One case per NotImplementedException under exercises/, named by file and line.</summary>
    public static IEnumerable<TestCaseData> Stubs() =>
        StubReferences.All().Select(stub => new TestCaseData(stub).SetArgDisplayNames(stub.ToString()));

    [Test]
    public void The_exercises_have_stubs_to_check() =>
        StubReferences.All().Should().NotBeEmpty("every lab's exercise starts as stubs that throw NotImplementedException");

    [TestCaseSource(nameof(Stubs))]
    public void Stub_message_points_at_a_chapter_section(StubThrow stub) =>
        stub.References.Should().Contain(reference => reference.Anchor.Length > 0,
            $"the message at {stub} (\"{stub.Message}\") must say where to read, as in 'see docs/01-two-step-rnn.md#task-1-the-first-step'");

    [TestCaseSource(nameof(Stubs))]
    public void Stub_link_names_an_existing_chapter_and_heading(StubThrow stub)
    {
        foreach (var reference in stub.References)
        {
            var chapter = Path.Combine(DocsTree.Root, reference.Chapter);
            File.Exists(chapter).Should().BeTrue($"{stub} sends the student to {reference.Chapter}");
            if (reference.Anchor.Length > 0)
            {
                DocsTree.Document(chapter).Anchors.Should().Contain(reference.Anchor,
                    $"{stub} sends the student to {reference}: {reference.Chapter} needs a heading whose GitHub slug is '{reference.Anchor}'");
            }
        }
    }
}
