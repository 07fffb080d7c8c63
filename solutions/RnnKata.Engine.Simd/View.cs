namespace RnnKata.Engine.Simd;

/// <summary>A strided matrix view: element (i, j) lives at P[i·RowStride + j·ColumnStride]. Transposing swaps the strides.</summary>
internal readonly unsafe struct View(float* p, int rowStride, int columnStride)
{
    public float* P { get; } = p;

    public int RowStride { get; } = rowStride;

    public int ColumnStride { get; } = columnStride;

    /// <summary>A dense row-major matrix with <paramref name="columns"/> columns, used as stored or transposed.</summary>
    public static View Of(float* p, int columns, bool transposed = false) => transposed ? new(p, 1, columns) : new(p, columns, 1);

    /// <summary>The view that starts at element (i, j).</summary>
    public View At(int i, int j) => new(P + ((long)i * RowStride) + ((long)j * ColumnStride), RowStride, ColumnStride);

    /// <summary>The transposed view.</summary>
    public View T => new(P, ColumnStride, RowStride);
}
