namespace RnnKata.Engine;

/// <summary>Whether a GEMM operand is used as stored or transposed.</summary>
public enum Transpose
{
    /// <summary>As stored (row-major).</summary>
    No,

    /// <summary>Transposed.</summary>
    Yes,
}
