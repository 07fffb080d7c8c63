namespace RnnKata.Engine.Tests.Support;

/// <summary>
/// The tolerances of this suite, named once. Every test pins its backend (by name) and its seeds, so a test computes
/// the same float32 numbers on every run; between machines only the CPU's vector width (AVX-512, AVX2, scalar) and the
/// GPU change the order of float32 sums, and these tolerances cover that, with the reason beside each.
/// </summary>
public static class Tolerance
{
    /// <summary>Float32 engine against the double reference (issue 4): relative 1e-4.</summary>
    public const double Gradient = 1e-4;

    /// <summary>Entries below this fraction of a tensor's largest entry are judged against that fraction (cancellation).</summary>
    public const double Floor = 1e-2;

    /// <summary>The relative rounding of a float (2⁻²² ≈ 2.4e-7: two units in the last place), for values stored back as float.</summary>
    public const double FloatRounding = 2.4e-7;

    /// <summary>The double reference against central differences: absolute error per entry, as a fraction of the largest entry.</summary>
    public const double FiniteDifference = 1e-6;

    /// <summary>The step h of the central differences (double precision).</summary>
    public const double FiniteDifferenceStep = 1e-6;

    /// <summary>
    /// Two float32 backends training the same model for 20 iterations: losses within relative 1e-4 (simd against
    /// ilgpu-cpu differ by at most 1e-6 on the small A and C runs; the margin is for CUDA's other summation orders).
    /// </summary>
    public const double LossCurve = 1e-4;

    /// <summary>
    /// The same float32 computation grouped differently (a stepper's one-step GEMMs against a forward pass's GEMM over
    /// all T·B rows; one sequence in two halves against one pass): relative 1e-5. Measured on simd and ilgpu-cpu (AVX-512):
    /// the outputs are bit-identical and the losses (float sums of different lengths) agree within 1.2e-7. Another vector
    /// width or CUDA may group the sums otherwise, a few units in the last place per operation, ≈ 1e-6 after T ≤ 6 steps;
    /// a wrong state (zeros, or one step late) moves the outputs by more than 1e-2.
    /// </summary>
    public const double Regrouped = 1e-5;
}
