using RnnKata.Experiments.Cli;
using RnnKata.Experiments.Display;
using RnnKata.Experiments.Running;
using Spectre.Console;

// The experiments command: dotnet run -c Release --project solutions/RnnKata.Experiments -- <experiment>... [options]
// Exit codes: 0 every experiment ran; 1 a wrong command line; 2 an experiment failed; 3 one reached a stub (not started).
var commandLine = new ExperimentsCommandLine(request =>
{
    if (request.ListOnly)
    {
        ConsoleDisplay.WriteList(AnsiConsole.Console);
        return 0;
    }
    if (request.Settings.Target != TargetLauncher.BuiltTarget)
        return TargetLauncher.Relaunch(request.Settings.Target, args);

    var experiments = ExperimentCatalog.Resolve(request.Settings.Experiments);
    var outcomes = ConsoleDisplay.Run(AnsiConsole.Console, experiments, request.Settings);
    ConsoleDisplay.WriteResults(AnsiConsole.Console, outcomes);
    if (request.Settings.JsonFile is { } json)
    {
        MetricsJson.Save(outcomes.Where(o => o.Result is not null).SelectMany(o => o.Result!.Metrics), json);
        AnsiConsole.MarkupLineInterpolated($"metrics: {json}");
    }
    return outcomes.Any(o => o.Status == ExperimentStatus.Failed) ? 2
        : outcomes.Any(o => o.Status == ExperimentStatus.NotStarted) ? 3
        : 0;
});
return commandLine.Command.Parse(args).Invoke();
