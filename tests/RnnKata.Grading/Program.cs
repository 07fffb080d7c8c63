// The grading engine's entry point: dotnet run --project tests/RnnKata.Grading -- --help
// Ctrl+C stops the running build or test, cleans the temporary folder and exits with 130.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return RnnKata.Grading.GradingApp.Run(args, Console.Out, Console.Error, cancellationToken: cancellation.Token);
