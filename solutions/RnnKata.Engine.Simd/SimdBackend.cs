namespace RnnKata.Engine.Simd;

/// <summary>
/// The fast CPU backend: float32 in pinned host arrays, AVX-512 (else AVX2, else scalar) kernels, a
/// packed register-blocked GEMM, and a persistent team of threads. Every operation is synchronous.
/// </summary>
public sealed unsafe partial class SimdBackend : ComputeBackend
{
    // Below ~2 MFLOP a GEMM stays on the calling thread: the hand-over costs more than it saves.
    private const double ParallelFlops = 2e6;

    private readonly Kernels _kernels;
    private readonly WorkerTeam _team;
    private readonly Arena[] _arenas;

    /// <summary>A backend computing on <paramref name="threads"/> threads (the caller and threads − 1 workers), with the widest SIMD this machine accelerates.</summary>
    /// <param name="threads">1 or more; the benchmark's figures use 2.</param>
    public SimdBackend(int threads) : this(threads, Kernels.Best)
    {
    }

    /// <summary>A backend forced to a vector width (tests run every width on one machine).</summary>
    internal SimdBackend(int threads, SimdWidth width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        if (width > Kernels.Best)
            throw new PlatformNotSupportedException($"This machine does not accelerate {width}.");
        _kernels = Kernels.For(width);
        _team = new WorkerTeam(threads);
        _arenas = Enumerable.Range(0, threads).Select(_ => new Arena()).ToArray();
    }

    /// <inheritdoc />
    public override BackendKind Kind => BackendKind.Simd;

    /// <inheritdoc />
    public override string Description =>
        $"simd: {_kernels.Width switch { SimdWidth.Avx512 => "AVX-512", SimdWidth.Avx2 => "AVX2", _ => "scalar" }}, {Threads} thread{(Threads == 1 ? "" : "s")}";

    /// <summary>Threads that compute, the caller included.</summary>
    public int Threads => _team.Size;

    internal HostBuffer AllocateHost(int length) => (HostBuffer)Allocate(length);

    /// <inheritdoc />
    protected override DeviceBuffer AllocateCore(int length) => new HostBuffer(this, length);

    /// <inheritdoc />
    protected override void UploadCore(Slice destination, ReadOnlySpan<float> source) => source.CopyTo(HostBuffer.SpanOf(destination));

    /// <inheritdoc />
    protected override void DownloadCore(Slice source, Span<float> destination) => HostBuffer.SpanOf(source).CopyTo(destination);

    /// <inheritdoc />
    protected override void FillCore(Slice destination, float value) => HostBuffer.SpanOf(destination).Fill(value);

    /// <inheritdoc />
    protected override void CopyCore(Slice source, Slice destination) => HostBuffer.SpanOf(source).CopyTo(HostBuffer.SpanOf(destination));

    /// <inheritdoc />
    protected override void AxpyCore(float alpha, Slice x, Slice y) => _kernels.Axpy(alpha, HostBuffer.Of(x), HostBuffer.Of(y), x.Length);

    /// <inheritdoc />
    protected override void ScaleCore(Slice x, float factor) => _kernels.Scale(HostBuffer.Of(x), x.Length, factor);

    /// <inheritdoc />
    protected override void ReluCore(Slice x, Slice y) => _kernels.Relu(HostBuffer.Of(x), HostBuffer.Of(y), x.Length);

    /// <inheritdoc />
    protected override void ReluBackwardCore(Slice outputs, Slice outputGradients, Slice inputGradients) =>
        _kernels.ReluBackward(HostBuffer.Of(outputs), HostBuffer.Of(outputGradients), HostBuffer.Of(inputGradients), outputs.Length);

    /// <inheritdoc />
    protected override void ClipByValueCore(Slice x, float limit) => _kernels.Clip(HostBuffer.Of(x), x.Length, limit);

    /// <inheritdoc />
    protected override float SumOfSquaresCore(Slice x) => (float)_kernels.SumOfSquares(HostBuffer.Of(x), x.Length);

    /// <inheritdoc />
    protected override float L2PenaltyCore(Slice weights, Slice gradients, float lambda) =>
        (float)(0.5 * lambda * _kernels.AddL2(HostBuffer.Of(weights), HostBuffer.Of(gradients), weights.Length, lambda));

    /// <inheritdoc />
    protected override float LossCore(LossKind kind, Slice predictions, Slice targets, int rows, int columns, Slice predictionGradients) =>
        (float)_kernels.Loss(kind, HostBuffer.Of(predictions), HostBuffer.Of(targets), HostBuffer.Of(predictionGradients), rows, columns);

    /// <inheritdoc />
    protected override void OptimizerStepCore(OptimizerSettings settings, Slice parameters, Slice gradients, Slice state, int step) =>
        _kernels.OptimizerStep(settings, HostBuffer.Of(parameters), HostBuffer.Of(gradients), HostBuffer.Of(state), parameters.Length, step);

    /// <inheritdoc />
    protected override void GemmCore(
        Transpose transposeA, Transpose transposeB, int m, int n, int k, float alpha, Slice a, Slice b, float beta, Slice c) =>
        Multiply(
            m, n, k, alpha,
            transposeA == Transpose.No ? View.Of(HostBuffer.Of(a), k) : View.Of(HostBuffer.Of(a), m, transposed: true),
            transposeB == Transpose.No ? View.Of(HostBuffer.Of(b), n) : View.Of(HostBuffer.Of(b), k, transposed: true),
            beta, View.Of(HostBuffer.Of(c), n));

    /// <inheritdoc />
    protected override void LinearForwardCore(LinearWeights weights, Slice inputs, Slice outputs, int rows, int input, int output)
    {
        var y = HostBuffer.Of(outputs);
        var bias = HostBuffer.SpanOf(weights.Bias);
        for (var r = 0; r < rows; r++)
            bias.CopyTo(new Span<float>(y + ((long)r * output), output));
        Multiply(rows, output, input, 1f, View.Of(HostBuffer.Of(inputs), input), View.Of(HostBuffer.Of(weights.Weight), input, transposed: true), 1f, View.Of(y, output));
    }

    /// <inheritdoc />
    protected override void LinearBackwardCore(
        LinearWeights weights, Slice inputs, Slice outputGradients, LinearWeights gradients, Slice inputGradients, int rows, int input, int output)
    {
        var dy = HostBuffer.Of(outputGradients);
        Multiply(output, input, rows, 1f, View.Of(dy, output, transposed: true), View.Of(HostBuffer.Of(inputs), input), 1f, View.Of(HostBuffer.Of(gradients.Weight), input));
        _kernels.AddColumnSums(dy, rows, output, HostBuffer.Of(gradients.Bias));
        if (inputGradients.IsPresent)
            Multiply(rows, input, output, 1f, View.Of(dy, output), View.Of(HostBuffer.Of(weights.Weight), input), 0f, View.Of(HostBuffer.Of(inputGradients), input));
    }

    /// <inheritdoc />
    protected override void SynchronizeCore()
    {
        // Every operation has finished when it returns.
    }

    /// <inheritdoc />
    protected override void Release()
    {
        _team.Dispose();
        foreach (var arena in _arenas)
            arena.Dispose();
    }

    /// <summary>C = α·op(A)·op(B) + β·C, split over the team when it is big enough to pay for the hand-over.</summary>
    internal void Multiply(int m, int n, int k, float alpha, View a, View b, float beta, View c)
    {
        if (alpha == 0f)
        {
            ScaleOnly(m, n, beta, c);
            return;
        }
        var parts = _team.Size;
        if (parts == 1 || 2.0 * m * n * k < ParallelFlops || (n < 128 && m < parts * _kernels.Mr))
        {
            _kernels.Gemm(m, n, k, alpha, a, b, beta, c, _arenas[0]);
            return;
        }
        // Split the wider side of C into one block per thread, at tile boundaries.
        var splitColumns = n >= m || m < parts * _kernels.Mr;
        var unit = splitColumns ? 64 : _kernels.Mr;
        var length = splitColumns ? n : m;
        var chunk = (((length + parts - 1) / parts) + unit - 1) / unit * unit;
        _team.Run(part =>
        {
            var first = part * chunk;
            var count = Math.Min(chunk, length - first);
            if (count <= 0)
                return;
            if (splitColumns)
                _kernels.Gemm(m, count, k, alpha, a, b.At(0, first), beta, c.At(0, first), _arenas[part]);
            else
                _kernels.Gemm(count, n, k, alpha, a.At(first, 0), b, beta, c.At(first, 0), _arenas[part]);
        });
    }

    // α = 0: C = β·C without reading A or B (β = 0 clears C, NaN included).
    private static void ScaleOnly(int m, int n, float beta, View c)
    {
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var p = c.At(i, j).P;
                *p = beta == 0f ? 0f : beta * *p;
            }
        }
    }
}
