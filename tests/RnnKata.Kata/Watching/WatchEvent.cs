namespace RnnKata.Kata.Watching;

/// <summary>What woke the watch loop up: a key, or saved files in the lab's folder.</summary>
/// <param name="Key">The key pressed (lower case), or null for a change.</param>
public sealed record WatchEvent(char? Key)
{
    /// <summary>The lab's files changed (debounced: one event for a burst of saves).</summary>
    public static WatchEvent Changed { get; } = new((char?)null);

    /// <summary>A key press.</summary>
    public static WatchEvent Pressed(char key) => new(char.ToLowerInvariant(key));
}

/// <summary>Where the watch loop's events come from: the keyboard and the file system, or a test's script.</summary>
public interface IWatchInput : IDisposable
{
    /// <summary>Watches <paramref name="folder"/> (the lab's exercise folder) from now on, instead of the previous one.</summary>
    void Watch(string folder);

    /// <summary>The next event; blocks until there is one. Null when the input has ended (no more keys).</summary>
    WatchEvent? Next(CancellationToken cancellationToken);
}
