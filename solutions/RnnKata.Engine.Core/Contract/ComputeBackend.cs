namespace RnnKata.Engine;

/// <summary>
/// Everything the engine computes, on one device. The public methods check their arguments (shapes,
/// ownership, optional outputs) once, here, and hand over to the backend's <c>…Core</c> method, so
/// every backend gets the same clear errors and implements only the math.
/// </summary>
/// <remarks>
/// Conventions: float32; matrices dense and row-major; sequences time-major [T × B × F]; parameters
/// in PyTorch's layout (<see cref="RecurrentShape"/>); gradients of parameters are <b>accumulated</b>
/// (+=) so that layers sharing a buffer add up, and the trainer zeroes them before each iteration;
/// every other output is overwritten. Operations run in order on the backend's stream;
/// <see cref="Download(Slice, Span{float})"/>, <see cref="Loss"/> and the reductions wait for it.
/// </remarks>
public abstract partial class ComputeBackend : IDisposable
{
    /// <summary>Which backend this is.</summary>
    public abstract BackendKind Kind { get; }

    /// <summary>The device in words, e.g. "simd: AVX-512, 2 threads" or "cuda: NVIDIA H100 (SM 9.0)".</summary>
    public abstract string Description { get; }

    /// <summary>True once disposed.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>A zeroed buffer of <paramref name="length"/> floats.</summary>
    /// <exception cref="EngineOutOfMemoryException">The device has no room for it; the message says how much was asked for.</exception>
    public DeviceBuffer Allocate(int length)
    {
        ThrowIfDisposed();
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        try
        {
            return AllocateCore(length);
        }
        catch (Exception e) when (e is OutOfMemoryException || IsOutOfMemory(e))
        {
            throw new EngineOutOfMemoryException(
                $"{Description}: could not allocate {length:N0} floats ({length * 4.0 / (1 << 20):F1} MiB): {e.Message}", e);
        }
    }

    /// <summary>Copies host floats into <paramref name="destination"/> (lengths must match).</summary>
    public void Upload(Slice destination, ReadOnlySpan<float> source)
    {
        Own(destination, nameof(destination), source.Length);
        UploadCore(destination, source);
    }

    /// <summary>Copies <paramref name="source"/> into host floats (lengths must match); waits for pending work.</summary>
    public void Download(Slice source, Span<float> destination)
    {
        Own(source, nameof(source), destination.Length);
        DownloadCore(source, destination);
    }

    /// <summary>A host copy of <paramref name="source"/>.</summary>
    public float[] Download(Slice source)
    {
        var host = new float[source.Length];
        Download(source, host);
        return host;
    }

    /// <summary>Sets every entry of <paramref name="destination"/> to <paramref name="value"/>.</summary>
    public void Fill(Slice destination, float value)
    {
        Own(destination, nameof(destination));
        FillCore(destination, value);
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> (same length, no overlap).</summary>
    public void Copy(Slice source, Slice destination)
    {
        Own(source, nameof(source));
        Own(destination, nameof(destination), source.Length);
        CopyCore(source, destination);
    }

    /// <summary>y += α·x.</summary>
    public void Axpy(float alpha, Slice x, Slice y)
    {
        Own(x, nameof(x));
        Own(y, nameof(y), x.Length);
        AxpyCore(alpha, x, y);
    }

    /// <summary>
    /// C = α·op(A)·op(B) + β·C with op(A) m × k and op(B) k × n. A is stored m × k (or k × m when
    /// <paramref name="transposeA"/>), B k × n (or n × k), C m × n, all dense row-major. β = 0 ignores C's old contents (even NaN).
    /// </summary>
    public void Gemm(Transpose transposeA, Transpose transposeB, int m, int n, int k, float alpha, Slice a, Slice b, float beta, Slice c)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        Own(a, nameof(a), m * k, transposeA == Transpose.No ? $"{m}×{k}" : $"{k}×{m}");
        Own(b, nameof(b), k * n, transposeB == Transpose.No ? $"{k}×{n}" : $"{n}×{k}");
        Own(c, nameof(c), m * n, $"{m}×{n}");
        GemmCore(transposeA, transposeB, m, n, k, alpha, a, b, beta, c);
    }

    /// <summary>Room for one forward pass of a <paramref name="shape"/> layer over <paramref name="steps"/> steps of <paramref name="batch"/> rows.</summary>
    public RecurrentCache CreateRecurrentCache(RecurrentShape shape, int batch, int steps)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var cache = CreateRecurrentCacheCore(shape, batch, steps);
        cache.Owner = this;
        return cache;
    }

    /// <summary>
    /// Runs a recurrent layer over a sequence and keeps what BPTT needs in <paramref name="cache"/>
    /// (its <see cref="RecurrentCache.Hidden"/> is the output h_1 … h_T).
    /// </summary>
    /// <param name="shape">The layer.</param>
    /// <param name="weights">Its parameters.</param>
    /// <param name="inputs">x_1 … x_T, [T × B × I].</param>
    /// <param name="initialHidden">h_0, [B × H]; absent means zeros.</param>
    /// <param name="initialCell">c_0 for the LSTM, [B × H]; absent means zeros. Must be absent for other cells.</param>
    /// <param name="cache">From <see cref="CreateRecurrentCache"/> for this shape; its batch and steps fix B and T.</param>
    public void RecurrentForward(RecurrentShape shape, RecurrentWeights weights, Slice inputs, Slice initialHidden, Slice initialCell, RecurrentCache cache)
    {
        var (batch, steps) = CheckRecurrent(shape, weights, cache);
        Own(inputs, nameof(inputs), steps * batch * shape.Input, $"{steps}×{batch}×{shape.Input} (T×B×I)");
        Optional(initialHidden, nameof(initialHidden), batch * shape.Hidden, $"{batch}×{shape.Hidden} (B×H)");
        CheckCellArgument(shape, initialCell, nameof(initialCell), batch);
        RecurrentForwardCore(shape, weights, inputs, initialHidden, initialCell, cache);
    }

    /// <summary>
    /// Backpropagation through time over the sequence of the last <see cref="RecurrentForward"/> into <paramref name="cache"/>.
    /// </summary>
    /// <param name="shape">The layer.</param>
    /// <param name="weights">Its parameters (as in the forward pass).</param>
    /// <param name="cache">The forward pass's cache.</param>
    /// <param name="inputs">The forward pass's inputs, [T × B × I].</param>
    /// <param name="initialHidden">The forward pass's h_0 (absent = zeros).</param>
    /// <param name="initialCell">The forward pass's c_0 (LSTM; absent = zeros).</param>
    /// <param name="outputGradients">∂L/∂h_t from above for every step, [T × B × H] (step T's entry includes any
    /// gradient of the final state). The backend may overwrite it.</param>
    /// <param name="lastCellGradient">∂L/∂c_T for the LSTM, [B × H]; absent means zeros.</param>
    /// <param name="gradients">Parameter gradients, <b>accumulated</b>.</param>
    /// <param name="inputGradients">∂L/∂x_t, [T × B × I], overwritten; absent when not wanted (the first layer).</param>
    /// <param name="initialHiddenGradient">∂L/∂h_0, [B × H], overwritten; absent when not wanted.</param>
    /// <param name="initialCellGradient">∂L/∂c_0 for the LSTM, [B × H], overwritten; absent when not wanted.</param>
    public void RecurrentBackward(
        RecurrentShape shape, RecurrentWeights weights, RecurrentCache cache, Slice inputs, Slice initialHidden, Slice initialCell,
        Slice outputGradients, Slice lastCellGradient, RecurrentWeights gradients,
        Slice inputGradients, Slice initialHiddenGradient, Slice initialCellGradient)
    {
        var (batch, steps) = CheckRecurrent(shape, weights, cache);
        CheckWeights(shape, gradients, nameof(gradients));
        var sequence = $"{steps}×{batch}×";
        Own(inputs, nameof(inputs), steps * batch * shape.Input, sequence + $"{shape.Input} (T×B×I)");
        Optional(initialHidden, nameof(initialHidden), batch * shape.Hidden, $"{batch}×{shape.Hidden} (B×H)");
        CheckCellArgument(shape, initialCell, nameof(initialCell), batch);
        Own(outputGradients, nameof(outputGradients), steps * batch * shape.Hidden, sequence + $"{shape.Hidden} (T×B×H)");
        CheckCellArgument(shape, lastCellGradient, nameof(lastCellGradient), batch);
        Optional(inputGradients, nameof(inputGradients), steps * batch * shape.Input, sequence + $"{shape.Input} (T×B×I)");
        Optional(initialHiddenGradient, nameof(initialHiddenGradient), batch * shape.Hidden, $"{batch}×{shape.Hidden} (B×H)");
        CheckCellArgument(shape, initialCellGradient, nameof(initialCellGradient), batch);
        RecurrentBackwardCore(
            shape, weights, cache, inputs, initialHidden, initialCell, outputGradients, lastCellGradient, gradients,
            inputGradients, initialHiddenGradient, initialCellGradient);
    }

    /// <summary>y = x·Wᵀ + b for <paramref name="rows"/> rows: x [rows × input], W [output × input], y [rows × output] (overwritten).</summary>
    public void LinearForward(LinearWeights weights, Slice inputs, Slice outputs, int rows, int input, int output)
    {
        CheckLinear(weights, nameof(weights), rows, input, output);
        Own(inputs, nameof(inputs), rows * input, $"{rows}×{input}");
        Own(outputs, nameof(outputs), rows * output, $"{rows}×{output}");
        LinearForwardCore(weights, inputs, outputs, rows, input, output);
    }

    /// <summary>
    /// Backward through y = x·Wᵀ + b: accumulates ∂W += dyᵀ·x and ∂b += column sums of dy into
    /// <paramref name="gradients"/>, and overwrites ∂x = dy·W into <paramref name="inputGradients"/> when it is present.
    /// </summary>
    public void LinearBackward(
        LinearWeights weights, Slice inputs, Slice outputGradients, LinearWeights gradients, Slice inputGradients, int rows, int input, int output)
    {
        CheckLinear(weights, nameof(weights), rows, input, output);
        CheckLinear(gradients, nameof(gradients), rows, input, output);
        Own(inputs, nameof(inputs), rows * input, $"{rows}×{input}");
        Own(outputGradients, nameof(outputGradients), rows * output, $"{rows}×{output}");
        Optional(inputGradients, nameof(inputGradients), rows * input, $"{rows}×{input}");
        LinearBackwardCore(weights, inputs, outputGradients, gradients, inputGradients, rows, input, output);
    }

    /// <summary>
    /// The loss of <paramref name="predictions"/> [rows × columns] against <paramref name="targets"/> ([rows × columns],
    /// or [rows] class indices for <see cref="LossKind.SoftmaxCrossEntropy"/>), and ∂loss/∂predictions written
    /// (overwritten) into <paramref name="predictionGradients"/>. Waits for the result.
    /// </summary>
    /// <exception cref="ArgumentException">A class index is not an integer in [0, columns).</exception>
    public float Loss(LossKind kind, Slice predictions, Slice targets, int rows, int columns, Slice predictionGradients)
    {
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown loss.");
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        Own(predictions, nameof(predictions), rows * columns, $"{rows}×{columns}");
        if (kind == LossKind.SoftmaxCrossEntropy)
            Own(targets, nameof(targets), rows, $"{rows} class indices");
        else
            Own(targets, nameof(targets), rows * columns, $"{rows}×{columns}");
        Own(predictionGradients, nameof(predictionGradients), rows * columns, $"{rows}×{columns}");
        return LossCore(kind, predictions, targets, rows, columns, predictionGradients);
    }

    /// <summary>L2 regularisation of <paramref name="weights"/>: returns λ/2·Σw² and adds λ·w to <paramref name="gradients"/>.</summary>
    public float L2Penalty(Slice weights, Slice gradients, float lambda)
    {
        if (!(lambda >= 0) || !float.IsFinite(lambda))
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "The L2 coefficient must be a finite number ≥ 0.");
        Own(weights, nameof(weights));
        Own(gradients, nameof(gradients), weights.Length);
        return L2PenaltyCore(weights, gradients, lambda);
    }

    /// <summary>Σx² (accumulated in double precision where the backend can); waits for the result.</summary>
    public float SumOfSquares(Slice x)
    {
        Own(x, nameof(x));
        return SumOfSquaresCore(x);
    }

    /// <summary>x *= factor.</summary>
    public void Scale(Slice x, float factor)
    {
        Own(x, nameof(x));
        ScaleCore(x, factor);
    }

    /// <summary>y = max(x, 0) entry by entry (<paramref name="y"/> may be <paramref name="x"/> itself).</summary>
    public void Relu(Slice x, Slice y)
    {
        Own(x, nameof(x));
        Own(y, nameof(y), x.Length);
        ReluCore(x, y);
    }

    /// <summary>
    /// Backward through y = max(x, 0) from the forward pass's <b>outputs</b>: ∂x = ∂y where y &gt; 0, else 0, overwritten
    /// (<paramref name="inputGradients"/> may be <paramref name="outputGradients"/> itself).
    /// </summary>
    public void ReluBackward(Slice outputs, Slice outputGradients, Slice inputGradients)
    {
        Own(outputs, nameof(outputs));
        Own(outputGradients, nameof(outputGradients), outputs.Length);
        Own(inputGradients, nameof(inputGradients), outputs.Length);
        ReluBackwardCore(outputs, outputGradients, inputGradients);
    }

    /// <summary>Clamps every entry of x into [−limit, limit].</summary>
    public void ClipByValue(Slice x, float limit)
    {
        if (!(limit > 0) || float.IsNaN(limit))
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The clipping limit must be positive.");
        Own(x, nameof(x));
        ClipByValueCore(x, limit);
    }

    /// <summary>
    /// One optimizer update of <paramref name="parameters"/> from <paramref name="gradients"/> (same length n).
    /// <paramref name="state"/> holds <see cref="OptimizerSettings.StatePerParameter"/>·n floats, zeroed before the
    /// first step except RMSProp's s, which starts at <see cref="OptimizerSettings.InitialAccumulator"/> (first n: m / s / buf,
    /// next n: v / buf). <paramref name="step"/> counts from 1.
    /// </summary>
    public void OptimizerStep(OptimizerSettings settings, Slice parameters, Slice gradients, Slice state, int step)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        Own(parameters, nameof(parameters));
        Own(gradients, nameof(gradients), parameters.Length);
        Own(state, nameof(state), settings.StatePerParameter * parameters.Length, $"{settings.StatePerParameter}×{parameters.Length} for {settings.Kind}");
        OptimizerStepCore(settings, parameters, gradients, state, step);
    }

    /// <summary>Waits until all queued work is done.</summary>
    public void Synchronize()
    {
        ThrowIfDisposed();
        SynchronizeCore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (IsDisposed)
            return;
        IsDisposed = true;
        Release();
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
