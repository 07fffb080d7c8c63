using RnnKata.Docs.Tests.Markdown;

namespace RnnKata.Docs.Tests;

/// <summary>The slug helper gives the anchors GitHub gives; the docs checks rely on it.</summary>
[Category("Docs")]
public sealed class GitHubSlugTests
{
    [TestCase("Task 1: the first step", "task-1-the-first-step")]
    [TestCase("Task 3: unroll both steps", "task-3-unroll-both-steps")]
    [TestCase("Run the tests", "run-the-tests")]
    [TestCase("Theory: one layer, two time steps", "theory-one-layer-two-time-steps")]
    [TestCase("Weight sharing & tanh", "weight-sharing--tanh")]                 // two spaces → two hyphens
    [TestCase("`Y0 = tanh(X0·Wx + b)`", "y0--tanhx0wx--b")]                     // code span kept, punctuation dropped
    [TestCase("Shapes: 4×3 times 3×5", "shapes-43-times-35")]                   // × is a math symbol, dropped
    [TestCase("**What** the _tests_ check", "what-the-tests-check")]            // emphasis markers vanish
    [TestCase("snake_case stays", "snake_case-stays")]                          // _ inside a word is kept
    [TestCase("`_private` field", "_private-field")]                            // code spans are literal
    [TestCase("See [the lab](https://example.org) here", "see-the-lab-here")]  // a link keeps its text
    [TestCase("Über-RNNs in C#", "über-rnns-in-c")]                             // letters stay, case folds
    [TestCase("  padded  ", "padded")]
    public void Slug_matches_GitHub(string heading, string expected) =>
        GitHubSlug.Of(heading).Should().Be(expected);

    [Test]
    public void Repeated_headings_are_numbered_from_1_as_on_GitHub()
    {
        var slugger = new Slugger();

        var slugs = new[] { "Hints", "Hints", "Hints-1", "Hints" }.Select(slugger.Slug);

        slugs.Should().Equal("hints", "hints-1", "hints-1-1", "hints-2");
    }
}
