using System.Text.RegularExpressions;
using ILGPU;
using ILGPU.Runtime.Cuda;

namespace RnnKata.Engine.Ilgpu.Tests.Ptx;

/// <summary>
/// Every kernel the engine launches compiles to PTX for the GPUs students and instructors have, with ILGPU's own PTX backend
/// and no GPU: the CUDA path's first check that CI can run. The kernels are discovered, so a new one is covered unedited.
/// </summary>
public sealed partial class PtxCompilationTests
{
    /// <summary>The instruction set ILGPU picks with a CUDA 12.0 driver (PTX ISA 8.0), which every architecture below supports.</summary>
    private static readonly CudaDriverVersion Driver = CudaDriverVersion.FromMajorMinor(12, 0);

    private Context _context = null!;

    [OneTimeSetUp]
    public void CreateContext() => _context = IlgpuBackend.CreateCudaContext();

    [OneTimeTearDown]
    public void DisposeContext() => _context?.Dispose();

    [TestCase(7, 5, TestName = "Every kernel compiles to PTX for SM 7.5 (Turing)")]
    [TestCase(8, 0, TestName = "Every kernel compiles to PTX for SM 8.0 (A100)")]
    [TestCase(8, 6, TestName = "Every kernel compiles to PTX for SM 8.6 (RTX 30)")]
    [TestCase(8, 9, TestName = "Every kernel compiles to PTX for SM 8.9 (RTX 40, L4)")]
    [TestCase(9, 0, TestName = "Every kernel compiles to PTX for SM 9.0 (H100, H200)")]
    public void Every_kernel_compiles_to_PTX(int major, int minor)
    {
        using var target = new PtxTarget(_context, new CudaArchitecture(major, minor), Driver);
        var failures = new List<string>();

        foreach (var kernel in KernelDiscovery.All)
        {
            try
            {
                var ptx = target.Compile(kernel);
                // ILGPU 1.5.3 emits at most ".target sm_80" (the driver compiles that PTX for newer GPUs): never above the GPU's own.
                var sm = TargetPattern().Match(ptx);
                if (!ptx.Contains(".visible .entry", StringComparison.Ordinal) || !sm.Success || int.Parse(sm.Groups[1].Value) > major * 10 + minor)
                    failures.Add($"{kernel.Name}: the PTX has no entry point or targets a newer GPU than {target.Name} ({(sm.Success ? sm.Value : "no .target")}).");
            }
            catch (PtxCompilationException e)
            {
                failures.Add(e.Message);
            }
        }

        TestContext.Out.WriteLine($"{KernelDiscovery.All.Count} kernels for {target.Name}: {string.Join(", ", KernelDiscovery.All)}");
        KernelDiscovery.All.Should().NotBeEmpty("the engine has kernels to check");
        failures.Should().BeEmpty($"every kernel must compile for {target.Name}; these did not:\n{string.Join("\n", failures)}\n");
    }

    [Test]
    public void The_discovered_kernels_are_exactly_the_ones_the_kernel_set_loads()
    {
        static string Key(IEnumerable<Type> signature, bool explicitly) => (explicitly ? "grouped " : "") + KernelDiscovery.Describe(signature);
        var discovered = KernelDiscovery.All.Select(k => (k.Name, Key: Key(k.Signature, k.ExplicitlyGrouped))).ToList();
        var launched = KernelDiscovery.Launched().Select(l => (Name: l.Launcher, Key: Key(l.Signature, l.ExplicitlyGrouped))).ToList();

        // Match signatures one for one (several kernels share one): what is left over on either side is a kernel the test would miss or a dead one.
        var unmatched = launched.ToList();
        var notLoaded = new List<string>();
        foreach (var (name, key) in discovered)
        {
            var match = unmatched.FindIndex(l => l.Key == key);
            if (match < 0)
                notLoaded.Add($"{name} {key}");
            else
                unmatched.RemoveAt(match);
        }

        notLoaded.Should().BeEmpty("every discovered kernel must be one that KernelSet loads (else discovery mistook a method for a kernel, or it is dead code)");
        unmatched.Select(l => $"KernelSet.{l.Name} {l.Key}").Should().BeEmpty(
            "every kernel KernelSet loads must be discovered, or the PTX test would not compile it; give the kernel an index or view as its first parameter");
    }

    [Test]
    public void A_kernel_PTX_cannot_compile_fails_with_the_kernels_name()
    {
        using var target = new PtxTarget(_context, CudaArchitecture.SM_75, Driver);
        var planted = new KernelMethod(typeof(PlantedKernels).GetMethod(nameof(PlantedKernels.CallsMathFExp))!, ExplicitlyGrouped: false);

        var act = () => target.Compile(planted);

        act.Should().Throw<PtxCompilationException>().WithMessage("PlantedKernels.CallsMathFExp does not compile to PTX for SM 7.5 (PTX ISA *ExpF*");
    }

    [GeneratedRegex(@"^\.target sm_(\d+)", RegexOptions.Multiline)]
    private static partial Regex TargetPattern();
}

/// <summary>A kernel that ILGPU 1.5.3 cannot compile to PTX: it has no PTX intrinsic for <see cref="MathF.Exp"/>.</summary>
public static class PlantedKernels
{
    /// <summary>x[i] = e^x[i] through MathF, which runs on the CPU accelerator but not on CUDA.</summary>
    public static void CallsMathFExp(Index1D i, ArrayView<float> x) => x[i] = MathF.Exp(x[i]);
}
