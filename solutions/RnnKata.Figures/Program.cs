using RnnKata.Catalogue;
using RnnKata.Figures;
using RnnKata.Given.Plotting;

// Usage: dotnet run --project solutions/RnnKata.Figures [-- <output folder>]   (default: docs/images)
var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(KataPaths.FindRoot(), "docs", "images");
Directory.CreateDirectory(output);

var figures = ChapterFigures.All;
for (var i = 0; i < figures.Count; i++)
{
    var (file, build) = figures[i];
    var path = Path.Combine(output, file);
    FigureRenderer.SavePng(build(), path);
    Console.WriteLine($"[{i + 1}/{figures.Count}] {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
}
Console.WriteLine($"Wrote {figures.Count} figure(s) to {output}.");
