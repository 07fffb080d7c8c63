namespace RnnKata.Given.Plotting;

/// <summary>
/// A figure described as data: a title and panels side by side. Tests compare this model (titles,
/// labels, series, values, scales) with a snapshot; <see cref="FigureRenderer"/> draws it as a PNG.
/// </summary>
/// <param name="Title">Shown above all panels.</param>
/// <param name="Panels">Drawn left to right, each the same width.</param>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
public sealed record Figure(string Title, IReadOnlyList<Panel> Panels, int Width = 960, int Height = 420);

/// <summary>One set of axes in a figure.</summary>
/// <param name="Title">Shown above the panel.</param>
/// <param name="XLabel">Horizontal axis label.</param>
/// <param name="YLabel">Vertical axis label.</param>
/// <param name="Series">What the panel draws.</param>
/// <param name="YRange">The vertical axis' limits, or null to fit the data; lines leaving it are cut at the frame.</param>
public sealed record Panel(string Title, string XLabel, string YLabel, IReadOnlyList<Series> Series, AxisRange? YRange = null);

/// <summary>An axis' limits, <paramref name="Min"/> &lt; <paramref name="Max"/>.</summary>
/// <param name="Min">The lower limit.</param>
/// <param name="Max">The upper limit.</param>
public sealed record AxisRange(double Min, double Max);

/// <summary>Something drawn in a panel.</summary>
/// <param name="Name">Shown in legends and snapshots.</param>
public abstract record Series(string Name);

/// <summary>
/// A matrix drawn as coloured cells: row 0 at the top, column 0 at the left, like the printed matrix.
/// </summary>
/// <param name="Name">Series name.</param>
/// <param name="Values">The values, rows × columns.</param>
/// <param name="Scale">The colour scale: which value maps to which end of the colormap.</param>
public sealed record HeatmapSeries(string Name, double[,] Values, ColorScale Scale) : Series(Name);

/// <summary>A polyline through (X[i], Y[i]).</summary>
/// <param name="Name">Series name (legend).</param>
/// <param name="X">Horizontal coordinates.</param>
/// <param name="Y">Vertical coordinates, as many as <paramref name="X"/>.</param>
/// <param name="Color">Line colour as <c>#RRGGBB</c>.</param>
public sealed record LineSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, string Color) : Series(Name);

/// <summary>A fixed colour scale, so that two heatmaps with the same scale can be compared by eye.</summary>
/// <param name="Colormap">Name of a ScottPlot colormap, e.g. <c>Balance</c> (blue → white → red).</param>
/// <param name="Min">Value drawn with the colormap's first colour.</param>
/// <param name="Max">Value drawn with the colormap's last colour.</param>
public sealed record ColorScale(string Colormap, double Min, double Max)
{
    /// <summary>tanh's output range, −1 (blue) to +1 (red).</summary>
    public static ColorScale Tanh { get; } = new("Balance", -1, 1);
}
