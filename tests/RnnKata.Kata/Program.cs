// The student front door: dotnet run --project tests/RnnKata.Kata -- status | watch [--once] | hint LAB TASK [--level N]
// Ctrl+C stops the running grading or the watch loop.
using RnnKata.Catalogue;
using RnnKata.Kata;
using RnnKata.Kata.Grading;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

string root;
try
{
    root = KataPaths.FindRoot();
}
catch (DirectoryNotFoundException e)
{
    Console.Error.WriteLine($"kata: {e.Message}");
    return KataApp.ExitCannotRun;
}
var context = new KataContext(root, LabCatalogue.All, AnsiConsole.Console, new FastLabGrading(root));
try
{
    return KataApp.Run(args, context, cancellationToken: cancellation.Token);
}
catch (OperationCanceledException)
{
    return 130;
}
