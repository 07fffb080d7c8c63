using RnnKata.Experiments.Lab08;
using RnnKata.Given.Plotting;
using RnnKata.TestSupport;

namespace RnnKata.Experiments.Tests;

/// <summary>Chapter 8's figure on hand-made curves: its model against a snapshot, its PNG by <see cref="RenderCheck"/>.</summary>
public sealed class CharTextFigureTests
{
    private static Figure Validation() => CharTextFigures.Validation("story.txt", [4.1, 3.2, 2.9], [4.6, 3.9], [1000.0, 2000.0], unigramBits: 4.3);

    [Test]
    public void Validation_figure_of_hand_made_curves_matches_its_snapshot() =>
        PlotSnapshot.Verify(Validation(), "lab08-validation-bits");

    [Test]
    public void Validation_figure_renders_both_curves_and_the_unigram_lines() =>
        RenderCheck.Verify(Validation());

    [Test]
    public void The_unigram_line_is_flat_at_the_entropy_across_each_panel()
    {
        var lines = Validation().Panels.Select(p => p.Series.OfType<LineSeries>().Single(s => s.Name.StartsWith("unigram", StringComparison.Ordinal))).ToArray();

        lines[0].X.Should().Equal(1.0, 3.0);
        lines[1].X.Should().Equal(1000.0, 2000.0);
        lines.Should().OnlyContain(l => l.Y.SequenceEqual(new[] { 4.3, 4.3 }) && l.Name.Contains("4.30"));
    }

    [Test]
    public void Min_char_scores_and_steps_of_different_lengths_are_an_error() =>
        FluentActions.Invoking(() => CharTextFigures.Validation("a", [1.0], [1.0, 2.0], [1.0], 1.0))
            .Should().Throw<ArgumentException>().And.ParamName.Should().Be("minCharSteps");
}
