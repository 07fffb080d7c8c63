namespace RnnKata.Engine;

/// <summary>The optimizers, each with PyTorch's update rule (no weight decay: L2 is a separate term).</summary>
public enum OptimizerKind
{
    /// <summary>buf = μ·buf + g (when μ &gt; 0); p −= lr·buf (or lr·g when μ = 0).</summary>
    Sgd,

    /// <summary>
    /// m = β₁m + (1 − β₁)g; v = β₂v + (1 − β₂)g²; p −= lr·m̂ / (√v̂ + ε),
    /// m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), t = 1 on the first step.
    /// </summary>
    Adam,

    /// <summary>
    /// s = α·s + (1 − α)g² (α is the decay); a = √s + ε; with momentum μ &gt; 0: buf = μ·buf + g/a, p −= lr·buf;
    /// without: p −= lr·g/a. s starts at <see cref="OptimizerSettings.InitialAccumulator"/> (0 in PyTorch, 1 in TensorFlow 1).
    /// </summary>
    RmsProp,

    /// <summary>s += g²; p −= lr·g / (√s + ε).</summary>
    Adagrad,
}
