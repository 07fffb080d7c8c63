namespace RnnKata.TestSupport;

/// <summary>
/// How close is close enough, named once for every test project: the labs' double-precision closed forms
/// and gradient checks, the float32 engine against its double references (<see cref="Float32"/>), and
/// stored snapshots. A test names one of these, never a bare literal.
/// </summary>
public static class Tolerance
{
    // ── Double precision: closed forms and gradient checks ────────────────────────────────────────

    /// <summary>
    /// Two double-precision computations of the same closed form (different order of operations), held by
    /// <see cref="Matrices.ShouldBeClose(MathNet.Numerics.LinearAlgebra.Matrix{double}, MathNet.Numerics.LinearAlgebra.Matrix{double}, string, double)"/>
    /// to |a − e| ≤ 1e-12·max(1, |e|): a few thousand units in the last place (ε = 2.2e-16) of reordered
    /// sums, far below any mistake in a formula.
    /// </summary>
    public const double ClosedForm = 1e-12;

    /// <summary>
    /// Relative error of an analytic gradient against central finite differences, in double precision
    /// (see <see cref="GradientComparison"/>): central differences carry an error of about 2e-11·|J| per entry,
    /// and a wrong backward pass is off by far more than 1e-7.
    /// </summary>
    public const double GradientCheck = 1e-7;

    /// <summary>
    /// The floor of that relative error's denominator, per unit of the loss: entries smaller than 1 %
    /// of max(1, |J|) are held to an absolute 1e-9·max(1, |J|) instead (see <see cref="GradientComparison"/>).
    /// </summary>
    public const double GradientCheckFloorPerUnitLoss = 1e-2;

    /// <summary>
    /// FiniteDifferences itself against the closed-form derivative of a smooth function (x², tanh, exp): relative error
    /// 1e-8. With its step 1e-5 the central difference is off by h²·|f‴|/6 ≈ 1e-11 of truncation and about
    /// ε·|J|/h ≈ 1e-10 of rounding; a one-sided difference would be off by h·|f″|/2 ≈ 1e-5.
    /// </summary>
    public const double FiniteDifferencesOfClosedForm = 1e-8;

    /// <summary>
    /// The engine tests' double-precision references (whole models, recurrent layers) against central differences
    /// of their own forward pass with step <see cref="ReferenceGradientCheckStep"/>, held by
    /// <see cref="Matrices.ShouldBeClose(IReadOnlyList{double}, IReadOnlyList{double}, string, double)"/> to
    /// |a − n| ≤ 1e-6·max(1, |n|). The differences' own error is about ε·|J|/h + h²·|J‴| ≈ 1e-10 for the losses
    /// of those tests (|J| of order 1); a wrong reference backward pass is off by far more than 1e-6.
    /// </summary>
    public const double ReferenceGradientCheck = 1e-6;

    /// <summary>The step h of the engine references' central differences (double precision).</summary>
    public const double ReferenceGradientCheckStep = 1e-6;

    // ── Stored snapshots and rendered figures ─────────────────────────────────────────────────────

    /// <summary>Values stored in a plot snapshot (written with 8 significant digits).</summary>
    public const double Snapshot = 1e-6;

    /// <summary>How far a rendered colour channel may drift (anti-aliasing, PNG rounding), 0–255.</summary>
    public const int ColorChannel = 6;

    /// <summary>
    /// Float32 results (the engine's backends, Lab 4's float32 model) against double-precision references, held by
    /// <see cref="Float32Agreement"/>. Every engine test pins its backend and seeds, so it computes the same float32
    /// numbers on every run; between machines only the CPU's vector width (AVX-512, AVX2, scalar) and the GPU change
    /// the order of float32 sums, and these tolerances cover that, with the reason beside each.
    /// </summary>
    public static class Float32
    {
        /// <summary>
        /// Relative agreement of a float32 result with its double reference (issue 4, the conformance suite's figure):
        /// float32 keeps 7 digits (ε = 1.2e-7) and the tests' sums and recurrences lose up to two or three of them.
        /// </summary>
        public const double Relative = 1e-4;

        /// <summary>
        /// Entries smaller than this fraction of a tensor's largest entry are judged against that fraction: sums that
        /// cancel keep a float32 error that is small next to the tensor, not next to the entry itself.
        /// </summary>
        public const double Floor = 1e-2;

        /// <summary>
        /// Where the magnitude Σ|term| of each entry's sum is known (GEMM), entries are judged against at least this
        /// fraction of it instead: float32 rounding grows with the terms of a sum, not with its cancelled result.
        /// </summary>
        public const double SumFloor = 1e-2;

        /// <summary>The relative rounding of a float (2⁻²² ≈ 2.4e-7: two units in the last place), for values stored back as float.</summary>
        public const double Rounding = 2.4e-7;

        /// <summary>
        /// The same float32 computation grouped differently (a stepper's one-step GEMMs against a forward pass's GEMM over
        /// all T·B rows; one sequence in two halves against one pass): relative 1e-5. Measured on simd and ilgpu-cpu (AVX-512):
        /// the outputs are bit-identical and the losses (float sums of different lengths) agree within 1.2e-7. Another vector
        /// width or CUDA may group the sums otherwise, a few units in the last place per operation, ≈ 1e-6 after T ≤ 6 steps;
        /// a wrong state (zeros, or one step late) moves the outputs by more than 1e-2.
        /// </summary>
        public const double Regrouped = 1e-5;

        /// <summary>
        /// Two float32 backends training the same model for 20 iterations: losses within relative 1e-4 (simd against
        /// ilgpu-cpu differ by at most 1e-6 on the small A and C runs; the margin is for CUDA's other summation orders).
        /// </summary>
        public const double LossCurve = 1e-4;

        /// <summary>
        /// Lab 4's float32 model against its double replay over at most 30 steps, relative to max(1, |value|).
        /// Measured on the reference (simd backend): at most 1.6e-7; 1e-5 leaves room for other CPUs' summation orders.
        /// </summary>
        public const double Training = 1e-5;
    }
}
