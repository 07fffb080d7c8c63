namespace RnnKata.Kata.Watching;

/// <summary>
/// Saved <c>*.cs</c> files under a folder, debounced: editors write a file in several steps (a temporary file, a rename,
/// a second write), so a change counts once no further event came for <see cref="Quiet"/>. bin/ and obj/ are ignored.
/// </summary>
public sealed class FolderChanges : IDisposable
{
    private readonly object _gate = new();
    private FileSystemWatcher? _watcher;
    private DateTime? _lastEvent;

    /// <summary>How long the folder must stay quiet before a change is reported.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Watches <paramref name="folder"/> and its subfolders from now on (the previous folder no more).</summary>
    public void Watch(string folder)
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _lastEvent = null;
            _watcher = new FileSystemWatcher(folder, "*.cs")
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
            };
            _watcher.Changed += OnEvent;
            _watcher.Created += OnEvent;
            _watcher.Deleted += OnEvent;
            _watcher.Renamed += OnEvent;
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>Whether a change is due (events came, then none for <see cref="Quiet"/>); resets when it answers yes.</summary>
    public bool TakeSettledChange()
    {
        lock (_gate)
        {
            if (_lastEvent is not { } last || DateTime.UtcNow - last < Quiet)
                return false;
            _lastEvent = null;
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
            _watcher?.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        var parts = e.Name?.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) ?? [];
        if (parts.Length > 0 && parts[0] is "bin" or "obj")
            return;
        lock (_gate)
            _lastEvent = DateTime.UtcNow;
    }
}
