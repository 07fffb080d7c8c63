namespace RnnKata.Grading.FastPath;

/// <summary>
/// An exclusive lock on a folder of kept preparations, held across processes (a lock file opened with no sharing):
/// two grading runs of the same kata at the same time prepare its labs one after the other, and the second reuses
/// what the first kept instead of overwriting the folder the first is reading.
/// </summary>
internal sealed class PreparationLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _file;

    private PreparationLock(FileStream file) => _file = file;

    /// <summary>The lock file's name inside the folder.</summary>
    public const string FileName = ".prepare.lock";

    /// <summary>Takes the lock on <paramref name="folder"/>, waiting while another run holds it.</summary>
    /// <exception cref="FastPathException">Another run held it for longer than <paramref name="patience"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public static PreparationLock Acquire(string folder, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new PreparationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited < patience)
            {
                cancellationToken.WaitHandle.WaitOne(RetryInterval);
                cancellationToken.ThrowIfCancellationRequested();
                waited += RetryInterval;
            }
            catch (IOException e)
            {
                throw new FastPathException(
                    $"Another grading run has been preparing the labs in {folder} for over {patience.TotalMinutes:0} minutes; " +
                    $"wait for it to finish, or delete {path} if no other run is going on. ({e.Message})");
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _file.Dispose();
}
