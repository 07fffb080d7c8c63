using ILGPU;


namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>Adam's scalars; the bias corrections 1 − βᵗ are computed on the host in double.</summary>
internal readonly record struct AdamArgs(float LearningRate, float Beta1, float Beta2, float Epsilon, float Correction1, float Correction2);

/// <summary>RMSProp's scalars.</summary>
internal readonly record struct RmsPropArgs(float LearningRate, float Decay, float Momentum, float Epsilon);

/// <summary>One fused update per parameter for each optimizer (PyTorch's rules, see <see cref="OptimizerKind"/>).</summary>
internal static class OptimizerKernels
{
    public static void Sgd(Index1D i, ArrayView<float> parameters, ArrayView<float> gradients, ArrayView<float> buffer, float learningRate, float momentum)
    {
        var g = gradients[i];
        if (momentum > 0f)
        {
            var b = momentum * buffer[i] + g;
            buffer[i] = b;
            parameters[i] -= learningRate * b;
        }
        else
        {
            parameters[i] -= learningRate * g;
        }
    }

    public static void Adam(Index1D i, ArrayView<float> parameters, ArrayView<float> gradients, ArrayView<float> m, ArrayView<float> v, AdamArgs a)
    {
        var g = gradients[i];
        var mi = a.Beta1 * m[i] + (1f - a.Beta1) * g;
        var vi = a.Beta2 * v[i] + (1f - a.Beta2) * g * g;
        m[i] = mi;
        v[i] = vi;
        parameters[i] -= a.LearningRate * (mi / a.Correction1) / (DeviceMath.Sqrt(vi / a.Correction2) + a.Epsilon);
    }

    public static void RmsProp(Index1D i, ArrayView<float> parameters, ArrayView<float> gradients, ArrayView<float> s, ArrayView<float> buffer, RmsPropArgs a)
    {
        var g = gradients[i];
        var si = a.Decay * s[i] + (1f - a.Decay) * g * g;
        s[i] = si;
        var step = g / (DeviceMath.Sqrt(si) + a.Epsilon);
        if (a.Momentum > 0f)
        {
            step += a.Momentum * buffer[i];
            buffer[i] = step;
        }
        parameters[i] -= a.LearningRate * step;
    }

    public static void Adagrad(Index1D i, ArrayView<float> parameters, ArrayView<float> gradients, ArrayView<float> s, float learningRate, float epsilon)
    {
        var g = gradients[i];
        var si = s[i] + g * g;
        s[i] = si;
        parameters[i] -= learningRate * g / (DeviceMath.Sqrt(si) + epsilon);
    }
}
