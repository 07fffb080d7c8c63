namespace RnnKata.Lab02;

/// <summary>Where the network produces outputs (chapter 2, "Many-to-many and many-to-one").</summary>
public enum SequenceMode
{
    /// <summary>An output <c>o(t)</c> at every time step, t = 0 … T−1 (e.g. next-value prediction).</summary>
    ManyToMany,

    /// <summary>One output, <c>o(T−1)</c>, after the last step (e.g. the lecture's sentiment classifier).</summary>
    ManyToOne,
}
