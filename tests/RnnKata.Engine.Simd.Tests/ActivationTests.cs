namespace RnnKata.Engine.Simd.Tests;

/// <summary>The vectorised exp, σ and tanh against double precision, at every width.</summary>
public sealed unsafe class ActivationTests
{
    /// <summary>float32 activations must be this close, relatively (a few units in the last place).</summary>
    private const double Accuracy = 1e-6;

    private static readonly float[] Points =
        [.. Enumerable.Range(-4000, 8001).Select(i => i / 200f), 1e-7f, -3e-5f, 1e-3f, 0.6249f, 0.6251f, -0.625f];

    public enum Function
    {
        Exp,
        Sigmoid,
        Tanh,
    }

    private static IEnumerable<TestCaseData> Cases() =>
        from width in Widths.Names
        from function in Enum.GetValues<Function>()
        select new TestCaseData(width, function);

    [TestCaseSource(nameof(Cases))]
    public void Activation_is_accurate_to_float_precision(string width, Function function)
    {
        var x = function == Function.Exp ? Points.Select(v => v * 4f).ToArray() : Points;
        var actual = Enum.Parse<SimdWidth>(width) switch
        {
            SimdWidth.Avx512 => Apply<V512>(function, x),
            SimdWidth.Avx2 => Apply<V256>(function, x),
            _ => Apply<V1>(function, x),
        };
        for (var i = 0; i < x.Length; i++)
        {
            double v = x[i];
            var expected = function switch { Function.Exp => Math.Exp(v), Function.Sigmoid => 1 / (1 + Math.Exp(-v)), _ => Math.Tanh(v) };
            if (!(Math.Abs(actual[i] - expected) <= Accuracy * Math.Abs(expected)))
                Assert.Fail($"{function}({x[i]:R}) = {actual[i]:R}, expected {expected:R} ({width}).");
        }
    }

    [TestCase(0f, 0f)]
    [TestCase(-50f, -1f)]
    [TestCase(50f, 1f)]
    public void Tanh_is_exact_at_zero_and_saturates(float x, float expected) =>
        Apply<V1>(Function.Tanh, [x])[0].Should().Be(expected);

    private static float[] Apply<T>(Function function, float[] x) where T : struct, IVec<T>
    {
        var padded = new float[(x.Length + T.Count - 1) / T.Count * T.Count];
        x.CopyTo(padded, 0);
        var result = new float[padded.Length];
        fixed (float* src = padded, dst = result)
        {
            for (var i = 0; i < padded.Length; i += T.Count)
            {
                var v = T.Load(src + i);
                T.Store(dst + i, function switch { Function.Exp => VMath.Exp(v), Function.Sigmoid => VMath.Sigmoid(v), _ => VMath.Tanh(v) });
            }
        }
        return result[..x.Length];
    }
}
