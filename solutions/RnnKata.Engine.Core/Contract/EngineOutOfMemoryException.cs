namespace RnnKata.Engine;

/// <summary>A backend could not allocate a buffer; the message says how much was asked for and on which device.</summary>
public sealed class EngineOutOfMemoryException : Exception
{
    /// <summary>An exception with the message and the backend's own error.</summary>
    public EngineOutOfMemoryException(string message, Exception? innerException) : base(message, innerException)
    {
    }

    /// <summary>An exception with no details.</summary>
    public EngineOutOfMemoryException() : base("Out of memory.")
    {
    }

    /// <summary>An exception with the message.</summary>
    public EngineOutOfMemoryException(string message) : base(message)
    {
    }
}
