using RnnKata.Docs.Tests.Markdown;

namespace RnnKata.Docs.Tests;

/// <summary>The markdown reader finds the links and headings the docs checks look at, and no others.</summary>
[Category("Docs")]
public sealed class MarkdownDocumentTests
{
    [TestCase("See [chapter 1](01-two-step-rnn.md).", "01-two-step-rnn.md", false)]
    [TestCase("![Heatmaps](images/01-two-step-activations.png)", "images/01-two-step-activations.png", true)]
    [TestCase("[hints](01-two-step-rnn.md#hints \"Hints\")", "01-two-step-rnn.md#hints", false)]
    [TestCase("[spaces](<my file.md>)", "my file.md", false)]
    [TestCase("[paren](Foo_(bar).md)", "Foo_(bar).md", false)]
    [TestCase("[ref]: analyzers/README.md", "analyzers/README.md", false)]
    [TestCase("<img src=\"images/plot.png\" width=\"400\">", "images/plot.png", true)]
    [TestCase("<a href=\"../grade.ps1\">grader</a>", "../grade.ps1", false)]
    public void Finds_a_link(string markdown, string target, bool isImage) =>
        MarkdownDocument.Parse(markdown).Links.Should().ContainSingle()
            .Which.Should().Be(new MarkdownLink(target, 1, isImage));

    [Test]
    public void A_reference_link_is_counted_once_at_its_definition() =>
        MarkdownDocument.Parse("See [the analyzers][ref].\n\n[ref]: analyzers/README.md").Links.Should().ContainSingle()
            .Which.Should().Be(new MarkdownLink("analyzers/README.md", 3, false));

    [Test]
    public void Finds_an_image_inside_a_link()
    {
        var links = MarkdownDocument.Parse("[![plot](images/a.png)](images/a.png \"full size\")").Links;

        links.Select(l => (l.Target, l.IsImage)).Should().BeEquivalentTo(new[] { ("images/a.png", true), ("images/a.png", false) });
    }

    [TestCase("```\n[not a link](missing.md)\n```")]
    [TestCase("~~~bash\n![no](missing.png)\n~~~")]
    [TestCase("Use `[text](target.md)` to link.")]
    [TestCase("<!-- [hidden](missing.md) -->")]
    [TestCase("<!--\n[hidden](missing.md)\n-->")]
    [TestCase("Text\n\n    [indented code](missing.md)")]
    public void Ignores_links_in_code_and_comments(string markdown) =>
        MarkdownDocument.Parse(markdown).Links.Should().BeEmpty();

    [Test]
    public void Links_know_their_line_path_and_anchor()
    {
        var link = MarkdownDocument.Parse("# Title\n\nText\n[x](01-two-step-rnn.md#task-2-the-second-step)").Links.Single();

        link.Line.Should().Be(4);
        link.Path.Should().Be("01-two-step-rnn.md");
        link.Anchor.Should().Be("task-2-the-second-step");
        link.IsExternal.Should().BeFalse();
    }

    [TestCase("https://github.com")]
    [TestCase("mailto:someone@example.org")]
    [TestCase("//cdn.example.org/x.png")]
    public void Recognises_external_links(string target) =>
        new MarkdownLink(target, 1, false).IsExternal.Should().BeTrue();

    [Test]
    public void Finds_headings_with_their_levels_and_slugs()
    {
        const string markdown = """
            # Chapter 1 #

            ```csharp
            # not a heading inside code
            ```

            Theory
            ------

            ## Task 1: the first step
            #hashtag is not a heading
            ####### nor are seven hashes
            """;

        var headings = MarkdownDocument.Parse(markdown).Headings;

        headings.Select(h => (h.Level, h.Text, h.Slug, h.Line)).Should().Equal(
            (1, "Chapter 1", "chapter-1", 1),
            (2, "Theory", "theory", 7),
            (2, "Task 1: the first step", "task-1-the-first-step", 10));
    }

    [Test]
    public void A_list_item_above_a_rule_is_not_a_heading() =>
        MarkdownDocument.Parse("- item\n---").Headings.Should().BeEmpty();

    [Test]
    public void Html_ids_are_anchors_too() =>
        MarkdownDocument.Parse("<a id=\"seed-batch\"></a>\n## Hints").Anchors.Should().Equal("hints", "seed-batch");

    [Test]
    public void A_section_runs_to_the_next_heading_of_its_level()
    {
        var document = MarkdownDocument.Parse("## Run the tests\n```\ndotnet test\n```\n### Detail\nmore\n## Hints\nhint");

        document.Section("run the")!.Should().Contain("dotnet test").And.Contain("more").And.NotContain("hint");
        document.Section("Missing").Should().BeNull();
    }
}
