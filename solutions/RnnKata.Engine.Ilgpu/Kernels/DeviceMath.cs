using ILGPU;

namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>
/// The transcendental functions the kernels need, built only on exp2/log2/sqrt, which PTX has as instructions
/// (ILGPU maps <see cref="IntrinsicMath.CPUOnly"/>'s functions to them on CUDA). PTX's own tanh.approx has a
/// relative error near 5e-4, too coarse for the engine's 1e-4 conformance, so tanh is composed here.
/// </summary>
internal static class DeviceMath
{
    private const float Log2E = 1.44269504f;
    private const float Ln2 = 0.693147181f;

    public static float Exp(float x) => IntrinsicMath.CPUOnly.Exp2(x * Log2E);

    public static float Log(float x) => IntrinsicMath.CPUOnly.Log2(x) * Ln2;

    public static float Sqrt(float x) => IntrinsicMath.CPUOnly.Sqrt(x);

    public static float Sigmoid(float x) => 1f / (1f + Exp(-x));

    public static float Tanh(float x)
    {
        var a = x < 0f ? -x : x;
        float t;
        if (a < 0.55f)
        {
            // Taylor series to x¹³ (truncation below 4e-7 relative here), avoiding 1 − 2/(e^{2a}+1)'s cancellation near 0.
            var s = a * a;
            t = a * (1f + s * (-1f / 3f + s * (2f / 15f + s * (-17f / 315f + s * (62f / 2835f + s * (-1382f / 155925f + s * (21844f / 6081075f)))))));
        }
        else
        {
            t = 1f - 2f / (Exp(2f * a) + 1f);
        }
        return x < 0f ? -t : t;
    }
}
