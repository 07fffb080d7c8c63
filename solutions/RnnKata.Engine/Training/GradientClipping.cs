namespace RnnKata.Engine;

/// <summary>How the <see cref="Trainer"/> limits the gradients before the optimizer step.</summary>
public sealed record GradientClipping
{
    private GradientClipping(ClippingKind kind, float limit) => (Kind, Limit) = (kind, limit);

    /// <summary>No clipping.</summary>
    public static GradientClipping None { get; } = new(ClippingKind.None, 0f);

    /// <summary>Which rule.</summary>
    public ClippingKind Kind { get; }

    /// <summary>The maximal global norm, or the maximal absolute value.</summary>
    public float Limit { get; }

    /// <summary>
    /// Scales all gradients together by max/(‖g‖ + 1e-6) when their global L2 norm ‖g‖ exceeds
    /// <paramref name="maxNorm"/> (PyTorch's <c>clip_grad_norm_</c>).
    /// </summary>
    public static GradientClipping ByGlobalNorm(float maxNorm) => new(ClippingKind.GlobalNorm, Positive(maxNorm, nameof(maxNorm)));

    /// <summary>Clamps every gradient into [−limit, limit] (PyTorch's <c>clip_grad_value_</c>).</summary>
    public static GradientClipping ByValue(float limit) => new(ClippingKind.Value, Positive(limit, nameof(limit)));

    /// <summary>Applies the rule to <paramref name="gradients"/> on <paramref name="backend"/>.</summary>
    public void Apply(ComputeBackend backend, Slice gradients)
    {
        ArgumentNullException.ThrowIfNull(backend);
        switch (Kind)
        {
            case ClippingKind.GlobalNorm:
                var norm = MathF.Sqrt(backend.SumOfSquares(gradients));
                if (norm > Limit)
                    backend.Scale(gradients, Limit / (norm + 1e-6f));
                break;
            case ClippingKind.Value:
                backend.ClipByValue(gradients, Limit);
                break;
        }
    }

    private static float Positive(float value, string name) =>
        value > 0 && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "The limit must be a positive finite number.");
}

/// <summary>The clipping rules.</summary>
public enum ClippingKind
{
    /// <summary>No clipping.</summary>
    None,

    /// <summary>By the global L2 norm of all gradients.</summary>
    GlobalNorm,

    /// <summary>Each gradient by value.</summary>
    Value,
}
