namespace RnnKata.Engine;

/// <summary>The backend that was asked for cannot run on this machine (for example CUDA without an NVIDIA GPU).</summary>
public sealed class BackendUnavailableException : Exception
{
    /// <summary>An exception with the reason.</summary>
    public BackendUnavailableException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }

    /// <summary>An exception with no details.</summary>
    public BackendUnavailableException() : base("The backend is not available on this machine.")
    {
    }

    /// <summary>An exception with the reason.</summary>
    public BackendUnavailableException(string message) : base(message)
    {
    }
}
