namespace RnnKata.Kata.Watching;

/// <summary>The real watch input: keys from the console, changes from <see cref="FolderChanges"/>, polled every 50 ms.</summary>
public sealed class ConsoleWatchInput : IWatchInput
{
    private readonly FolderChanges _changes = new();

    /// <inheritdoc />
    public void Watch(string folder) => _changes.Watch(folder);

    /// <inheritdoc />
    public WatchEvent? Next(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!Console.IsInputRedirected && Console.KeyAvailable)
                return WatchEvent.Pressed(Console.ReadKey(intercept: true).KeyChar);
            if (_changes.TakeSettledChange())
                return WatchEvent.Changed;
            Thread.Sleep(50);
        }
        return null;
    }

    /// <inheritdoc />
    public void Dispose() => _changes.Dispose();
}
