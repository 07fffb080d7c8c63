using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Plotting;

namespace RnnKata.TestSupport.Tests;

[TestFixture]
public class RenderCheckTests
{
    [Test]
    public void A_heatmap_figure_passes_the_render_check()
    {
        var values = Matrix<double>.Build.DenseOfArray(new[,] { { -1.0, 0.0 }, { 0.5, 1.0 } });

        RenderCheck.Verify(Figures.Heatmaps("F", "column", "row", ColorScale.Tanh, ("A", values)));
    }

    [Test]
    public void A_line_figure_shows_its_line_colour()
    {
        var line = new LineSeries("sine", [0, 1, 2, 3], [0, 1, 0, -1], "#1F77B4");

        RenderCheck.Verify(new Figure("F", [new Panel("P", "t", "y", [line])]));
    }

    [Test]
    public void A_series_whose_colour_is_absent_fails_the_check()
    {
        var blue = new LineSeries("sine", [0, 1, 2, 3], [0, 1, 0, -1], "#1F77B4");
        var drawn = new Figure("F", [new Panel("P", "t", "y", [blue])]);
        var claimed = new Figure("F", [new Panel("P", "t", "y", [blue with { Color = "#00C000" }])]);

        Action verify = () => RenderCheck.Verify(claimed, FigureRenderer.RenderPng(drawn));

        verify.Should().Throw<AssertionException>().WithMessage("*should be drawn in #00C000*");
    }

    [Test]
    public void A_blank_image_fails_the_check()
    {
        var blue = new LineSeries("sine", [0, 1], [0, 1], "#1F77B4");
        var figure = new Figure("F", [new Panel("P", "t", "y", [blue])], Width: 200, Height: 150);
        using var white = new SkiaSharp.SKBitmap(200, 150);
        white.Erase(SkiaSharp.SKColors.White);
        using var image = SkiaSharp.SKImage.FromBitmap(white);
        var png = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();

        Action verify = () => RenderCheck.Verify(figure, png);

        verify.Should().Throw<AssertionException>().WithMessage("*blank*");
    }

    [Test]
    public void Heatmap_colours_run_from_one_end_of_the_scale_to_the_other() =>
        FigureRenderer.ColorOf(ColorScale.Tanh, -1).Should().NotBe(FigureRenderer.ColorOf(ColorScale.Tanh, 1));
}
