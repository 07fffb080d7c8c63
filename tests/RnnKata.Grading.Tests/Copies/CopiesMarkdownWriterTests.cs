using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RnnKata.Grading.Copies;

namespace RnnKata.Grading.Tests.Copies;

[Category("Grading")]
public class CopiesMarkdownWriterTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static SuspiciousPair Pair(string a, string b, params string[] lines) =>
        new(a, b, 0.9, 20, [new CopyPassage("Lab01/A.cs", 1, lines.Length, "Lab01/B.cs", 3, 2 + lines.Length, 40, lines, lines)]);

    [Test]
    public void Passages_are_side_by_side_and_a_student_s_text_stays_text()
    {
        var hostile = new[] { "var a = b | c; // </td></tr></table><script>alert(1)</script>", "``` # not a heading [x](javascript:alert(1))" };
        var report = new CopyReport([], [Pair("eve", "mal", hostile)], 2, 0, []);

        var page = CopiesMarkdownWriter.Render(report, id => id == "eve" ? "Eve <b>|</b>" : id);

        var document = Markdown.Parse(page, Pipeline);
        var table = document.Descendants<Table>().Single();
        table.Cast<TableRow>().Should().OnlyContain(row => row.Count == 2, "each row holds one line of each submission");
        document.Descendants<HtmlInline>().Should().BeEmpty();
        document.Descendants<LinkInline>().Should().BeEmpty();
        Markdown.ToHtml(page, Pipeline).Should().NotContain("<script").And.NotContain("<b>");
        // GFM reads "\|" in a table cell as "|", code spans included (Markdig keeps the backslash; GitHub does not).
        page.Should().Contain("| `var a = b \\| c; // </td></tr></table><script>alert(1)</script>` |", "the line is one code span in its cell");
    }

    [Test]
    public void Past_the_first_pairs_each_pair_is_one_row()
    {
        var pairs = Enumerable.Range(0, CopiesMarkdownWriter.MaxPairsShown + 3).Select(i => Pair($"s{i}", $"t{i}", "x = y;")).ToArray();

        var page = CopiesMarkdownWriter.Render(new CopyReport([], pairs, 200, 0, []), id => id);

        page.Split("\n### ").Should().HaveCount(1 + CopiesMarkdownWriter.MaxPairsShown + 1);
        page.Should().Contain("### 3 more pairs, less alike").And.Contain("| s52 | t52 | 90 % | 20 |");
    }
}
