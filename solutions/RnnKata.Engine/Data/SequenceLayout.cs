namespace RnnKata.Engine;

/// <summary>How a <see cref="SequenceTensor"/>'s flat values are ordered.</summary>
public enum SequenceLayout
{
    /// <summary>[T × B × F]: step after step, each step B rows (the engine's own order): index (t·B + b)·F + f.</summary>
    TimeMajor,

    /// <summary>[B × T × F]: sequence after sequence, each T rows (numpy's and PyTorch's <c>batch_first</c>): index (b·T + t)·F + f.</summary>
    BatchMajor,
}
