namespace RnnKata.Engine.Simd.Tests;

/// <summary>The textbook triple loop in double: C = α·op(A)·op(B) + β·C (β = 0 ignores C).</summary>
internal static class GemmReference
{
    public static double[] Multiply(bool transposeA, bool transposeB, int m, int n, int k, double alpha, float[] a, float[] b, double beta, float[] c) =>
        MultiplyWithMagnitude(transposeA, transposeB, m, n, k, alpha, a, b, beta, c).Result;

    /// <summary>The product and, per entry, Σ|term| (|α|·Σ|a·b| + |β·c|): the scale of its rounding error.</summary>
    public static (double[] Result, double[] Magnitude) MultiplyWithMagnitude(
        bool transposeA, bool transposeB, int m, int n, int k, double alpha, float[] a, float[] b, double beta, float[] c)
    {
        var result = new double[m * n];
        var magnitude = new double[m * n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var (sum, size) = (0.0, 0.0);
                for (var p = 0; p < k; p++)
                {
                    var term = (double)(transposeA ? a[(p * m) + i] : a[(i * k) + p]) * (transposeB ? b[(j * k) + p] : b[(p * n) + j]);
                    (sum, size) = (sum + term, size + Math.Abs(term));
                }
                var old = beta == 0 ? 0 : beta * c[(i * n) + j];
                result[(i * n) + j] = (alpha * sum) + old;
                magnitude[(i * n) + j] = (Math.Abs(alpha) * size) + Math.Abs(old);
            }
        }
        return (result, magnitude);
    }
}
