using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using RnnKata.Engine.Ilgpu.Kernels;

namespace RnnKata.Engine.Ilgpu;

/// <summary>
/// The engine on ILGPU: one kernel set that runs on an NVIDIA GPU (<see cref="CreateCuda"/>) or on ILGPU's CPU
/// accelerator (<see cref="CreateCpu()"/>, a slow but faithful check of the same kernels where there is no GPU).
/// </summary>
public sealed partial class IlgpuBackend : ComputeBackend
{
    private readonly Context _context;
    private readonly Accelerator _accelerator;
    private readonly KernelSet _kernels;
    private readonly int _gemmDepth;
    private readonly int _reductionGroup;
    private readonly MemoryBuffer1D<double, Stride1D.Dense> _partials;
    private readonly MemoryBuffer1D<int, Stride1D.Dense> _badRow;

    /// <summary>The most groups a reduction launches (the host adds their partial sums).</summary>
    private const int MaxReductionGroups = 64;

    private IlgpuBackend(BackendKind kind, Context context, Accelerator accelerator, string description)
    {
        (Kind, this._context, this._accelerator, Description) = (kind, context, accelerator, description);
        _kernels = new KernelSet(accelerator);
        var threads = Math.Min(accelerator.MaxNumThreadsPerGroup, ReductionKernels.MaxGroup);
        _gemmDepth = Math.Max(1, Math.Min(GemmKernel.Tile, threads / GemmKernel.Tile));
        _reductionGroup = 1 << (31 - System.Numerics.BitOperations.LeadingZeroCount((uint)threads));
        _partials = accelerator.Allocate1D<double>(MaxReductionGroups);
        _badRow = accelerator.Allocate1D<int>(1);
    }

    /// <inheritdoc />
    public override BackendKind Kind { get; }

    /// <inheritdoc />
    public override string Description { get; }

    /// <summary>True when an NVIDIA GPU with a working driver is present; otherwise <paramref name="reason"/> says why not.</summary>
    public static bool IsCudaAvailable(out string reason) => CudaDriver.IsAvailable(out reason);

    /// <summary>The backend on the first CUDA device.</summary>
    /// <exception cref="BackendUnavailableException">No usable NVIDIA GPU or driver; the message says why.</exception>
    public static IlgpuBackend CreateCuda()
    {
        if (!IsCudaAvailable(out var reason))
            throw new BackendUnavailableException($"The CUDA backend cannot run here: {reason}.");
        Context? context = null;
        Accelerator? accelerator = null;
        try
        {
            context = CreateCudaContext();
            var device = context.GetCudaDevice(0);
            accelerator = device.CreateAccelerator(context);
            return new IlgpuBackend(BackendKind.Cuda, context, accelerator, $"cuda: {device.Name} (SM {device.Architecture})");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            accelerator?.Dispose();
            context?.Dispose();
            var cause = OutOfMemory.Is(e) ? "the GPU is out of memory (other programs may hold it)" : $"{e.GetType().Name}: {e.Message}";
            throw new BackendUnavailableException($"The CUDA backend could not start: {cause}.", e);
        }
    }

    /// <summary>
    /// The ILGPU context the CUDA backend compiles and runs its kernels in. The PTX test compiles every kernel in one made here,
    /// so that it checks the very settings the GPU gets; without a driver it simply lists no device.
    /// </summary>
    internal static Context CreateCudaContext() => Context.Create(builder => builder.Cuda());

    /// <summary>The backend on ILGPU's CPU accelerator (parallel mode, groups of up to 16 threads).</summary>
    public static IlgpuBackend CreateCpu() => CreateCpu(CPUDevice.Default);

    /// <summary>
    /// The CPU accelerator with groups of up to <paramref name="threadsPerGroup"/> threads (a multiple of 4), so that tests can run
    /// the kernels with deeper GEMM groups and wider reductions, as CUDA does; more threads per group are slower on the CPU.
    /// </summary>
    internal static IlgpuBackend CreateCpu(int threadsPerGroup) =>
        CreateCpu(new CPUDevice(numThreadsPerWarp: 4, numWarpsPerMultiprocessor: threadsPerGroup / 4, numMultiprocessors: 1));

    private static IlgpuBackend CreateCpu(CPUDevice device)
    {
        var context = Context.Create(builder => builder.CPU(device));
        try
        {
            var accelerator = context.GetCPUDevice(0).CreateCPUAccelerator(context, CPUAcceleratorMode.Parallel);
            return new IlgpuBackend(
                BackendKind.IlgpuCpu, context, accelerator, $"ilgpu-cpu: {accelerator.Name}, {accelerator.MaxNumThreadsPerGroup} threads per group");
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    protected override DeviceBuffer AllocateCore(int length)
    {
        // A zero-length request still gets one float so that every buffer has a device address.
        MemoryBuffer1D<float, Stride1D.Dense> memory;
        try
        {
            memory = _accelerator.Allocate1D<float>(Math.Max(length, 1));
        }
        catch (Exception e) when (OutOfMemory.Is(e))
        {
            throw OutOfMemory.Explain(Description, length, FreeMemory(), _accelerator.MemorySize > 0 ? _accelerator.MemorySize : null, e);
        }
        try
        {
            memory.View.MemSetToZero(_accelerator.DefaultStream);
            return new IlgpuBuffer(this, memory, length);
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    protected override bool IsOutOfMemory(Exception exception) => OutOfMemory.Is(exception);

    /// <summary>The GPU's free memory in bytes, or null where the accelerator cannot say (the CPU accelerator, a failing driver).</summary>
    private long? FreeMemory()
    {
        try
        {
            return _accelerator is CudaAccelerator cuda ? cuda.GetFreeMemory() : null;
        }
        catch (Exception e) when (e is CudaException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    protected override void UploadCore(Slice destination, ReadOnlySpan<float> source)
    {
        if (source.Length > 0)
            View1D(destination).CopyFromCPU(_accelerator.DefaultStream, source);
    }

    /// <inheritdoc />
    protected override void DownloadCore(Slice source, Span<float> destination)
    {
        _accelerator.DefaultStream.Synchronize();
        if (destination.Length > 0)
            View1D(source).CopyToCPU(_accelerator.DefaultStream, destination);
        _accelerator.DefaultStream.Synchronize();
    }

    /// <inheritdoc />
    protected override void FillCore(Slice destination, float value) => Launch(destination.Length, n => _kernels.Fill(n, View(destination), value));

    /// <inheritdoc />
    protected override void CopyCore(Slice source, Slice destination) => Launch(source.Length, n => _kernels.Copy(n, View(source), View(destination)));

    /// <inheritdoc />
    protected override void AxpyCore(float alpha, Slice x, Slice y) => Launch(x.Length, n => _kernels.Axpy(n, alpha, View(x), View(y)));

    /// <inheritdoc />
    protected override void ScaleCore(Slice x, float factor) => Launch(x.Length, n => _kernels.Scale(n, View(x), factor));

    /// <inheritdoc />
    protected override void ReluCore(Slice x, Slice y) => Launch(x.Length, n => _kernels.Relu(n, View(x), View(y)));

    /// <inheritdoc />
    protected override void ReluBackwardCore(Slice outputs, Slice outputGradients, Slice inputGradients) =>
        Launch(outputs.Length, n => _kernels.ReluBackward(n, View(outputs), View(outputGradients), View(inputGradients)));

    /// <inheritdoc />
    protected override void ClipByValueCore(Slice x, float limit) => Launch(x.Length, n => _kernels.Clip(n, View(x), limit));

    /// <inheritdoc />
    protected override void GemmCore(Transpose transposeA, Transpose transposeB, int m, int n, int k, float alpha, Slice a, Slice b, float beta, Slice c) =>
        Gemm(transposeA, transposeB, m, n, k, alpha, View(a), View(b), beta, View(c));

    /// <inheritdoc />
    protected override void SynchronizeCore() => _accelerator.Synchronize();

    /// <inheritdoc />
    protected override void Release()
    {
        _partials.Dispose();
        _badRow.Dispose();
        _accelerator.Dispose();
        _context.Dispose();
    }

    /// <summary>C = α·op(A)·op(B) + β·C on views (arguments already checked).</summary>
    private void Gemm(Transpose transposeA, Transpose transposeB, int m, int n, int k, float alpha, ArrayView<float> a, ArrayView<float> b, float beta, ArrayView<float> c)
    {
        const int tile = GemmKernel.Tile;
        var config = new KernelConfig(new Index2D((n + tile - 1) / tile, (m + tile - 1) / tile), new Index2D(tile, _gemmDepth));
        _kernels.Gemm(config, a, b, c, new GemmArgs(m, n, k, transposeA == Transpose.Yes ? 1 : 0, transposeB == Transpose.Yes ? 1 : 0, alpha, beta));
    }

    private static void Launch(int length, Action<Index1D> launch)
    {
        if (length > 0)
            launch(length);
    }

    private static ArrayView<float> View(Slice slice) => ((IlgpuBuffer)slice.Buffer!).View(slice.Offset, slice.Length);

    private static ArrayView1D<float, Stride1D.Dense> View1D(Slice slice) => View(slice);

    private static ArrayView<float> View(DeviceBuffer buffer) => ((IlgpuBuffer)buffer).View(0, buffer.Length);
}
