using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given.Plotting;

/// <summary>Ready-made figures for the labs.</summary>
public static class Figures
{
    /// <summary>
    /// Matrices side by side as heatmaps on one colour scale, one panel each: the way to look at a
    /// layer's activations (rows = instances, columns = neurons).
    /// </summary>
    /// <param name="title">Figure title.</param>
    /// <param name="xLabel">Label of every panel's horizontal axis (the columns).</param>
    /// <param name="yLabel">Label of every panel's vertical axis (the rows).</param>
    /// <param name="scale">The colour scale all panels share.</param>
    /// <param name="panels">Each panel's title and matrix.</param>
    public static Figure Heatmaps(string title, string xLabel, string yLabel, ColorScale scale,
        params (string Title, Matrix<double> Values)[] panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Length == 0)
            throw new ArgumentException("A figure needs at least one panel.", nameof(panels));
        return new Figure(title, panels
            .Select(p => new Panel(p.Title, xLabel, yLabel, [new HeatmapSeries(p.Title, p.Values.ToArray(), scale)]))
            .ToArray());
    }
}
