using RnnKata.Catalogue;
using RnnKata.Kata.Grading;
using RnnKata.Kata.Progress;
using RnnKata.Kata.Views;
using RnnKata.Kata.Watching;
using Spectre.Console;

namespace RnnKata.Kata;

/// <summary>The front door's commands: <c>status</c>, <c>watch [--once]</c>, <c>hint</c>. Exit codes: 0 done, 1 a wrong
/// command line, 2 the kata could not be found or read.</summary>
public static class KataApp
{
    /// <summary>The command ran.</summary>
    public const int ExitOk = 0;

    /// <summary>The command line is wrong (System.CommandLine's own code for a parse error).</summary>
    public const int ExitUsage = 1;

    /// <summary>The kata could not be found, or a file of it could not be read.</summary>
    public const int ExitCannotRun = 2;

    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="context">The kata, the console and the grading to use.</param>
    /// <param name="input">The watch loop's input (keys and file changes); null: the console's.</param>
    /// <param name="cancellationToken">Stops a running grading or the watch loop.</param>
    public static int Run(IReadOnlyList<string> args, KataContext context, IWatchInput? input = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var commandLine = new KataCommandLine(request =>
        {
            try
            {
                return request switch
                {
                    StatusRequest => Status(context, cancellationToken),
                    WatchRequest { Once: true } watch => WatchOnce(context, watch.Lab, cancellationToken),
                    WatchRequest watch => Watch(context, watch.Lab, input, cancellationToken),
                    HintRequest hint => Hint(context, hint),
                    _ => ExitUsage,
                };
            }
            catch (ArgumentException e)
            {
                context.Console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return ExitUsage;
            }
            catch (FormatException e)
            {
                context.Console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return ExitCannotRun;
            }
        });
        return commandLine.Command.Parse(args.ToArray()).Invoke();
    }

    private static int Status(KataContext context, CancellationToken cancellationToken)
    {
        var labs = context.Labs.Select(lab => context.Progress(lab, cancellationToken).Progress).ToArray();
        StatusView.Write(context.Console, labs);
        return ExitOk;
    }

    private static int WatchOnce(KataContext context, string? id, CancellationToken cancellationToken)
    {
        var lab = context.LabToWatch(id);
        context.Remember(lab);
        var (progress, elapsed) = context.Progress(lab, cancellationToken);
        WatchScreen.Write(context.Console, progress, elapsed: elapsed);
        return ExitOk;
    }

    private static int Watch(KataContext context, string? id, IWatchInput? input, CancellationToken cancellationToken)
    {
        var lab = context.LabToWatch(id);
        using var owned = input is null ? new ConsoleWatchInput() : null;
        return new WatchLoop(context, input ?? owned!).Run(lab, cancellationToken);
    }

    private static int Hint(KataContext context, HintRequest request)
    {
        var lab = context.LabNamed(request.Lab);
        var tasks = Chapter.Tasks(Path.Combine(context.Root, lab.Chapter), lab.Chapter);
        var task = tasks.FirstOrDefault(t => t.Number == request.Task);
        if (task is null && tasks.Count > 0)
            throw new ArgumentException($"{lab.Id} has no task {request.Task}: its chapter ({lab.Chapter}) has tasks 1 to {tasks.Max(t => t.Number)}.");
        HintView.Write(context.Console, lab, context.Hints(lab), task, request.Task, request.Level);
        return ExitOk;
    }
}
