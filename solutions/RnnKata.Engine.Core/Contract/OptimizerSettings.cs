namespace RnnKata.Engine;

/// <summary>An optimizer and its hyper-parameters. Use the factory methods: they carry PyTorch's defaults.</summary>
public sealed record OptimizerSettings
{
    private OptimizerSettings(OptimizerKind kind, float learningRate) => (Kind, LearningRate) = (kind, CheckedLearningRate(learningRate));

    /// <summary>Which update rule.</summary>
    public OptimizerKind Kind { get; }

    /// <summary>lr.</summary>
    public float LearningRate { get; private init; }

    /// <summary>μ for SGD and RMSProp (0 = none).</summary>
    public float Momentum { get; private init; }

    /// <summary>β₁ for Adam.</summary>
    public float Beta1 { get; private init; }

    /// <summary>β₂ for Adam.</summary>
    public float Beta2 { get; private init; }

    /// <summary>α (the decay of the squared-gradient average) for RMSProp.</summary>
    public float Decay { get; private init; }

    /// <summary>ε.</summary>
    public float Epsilon { get; private init; }

    /// <summary>
    /// RMSProp's mean square s before the first step (a <c>Trainer</c> starts every parameter's s here): 0 as in
    /// PyTorch and Keras, 1.0 as in TensorFlow 1's <c>RMSPropOptimizer</c>. 0 for the other optimizers.
    /// </summary>
    public float InitialAccumulator { get; private init; }

    /// <summary>Plain SGD, optionally with momentum.</summary>
    public static OptimizerSettings Sgd(float learningRate, float momentum = 0f) =>
        new(OptimizerKind.Sgd, learningRate) { Momentum = Fraction(momentum, nameof(momentum)) };

    /// <summary>Adam (PyTorch defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8).</summary>
    public static OptimizerSettings Adam(float learningRate = 1e-3f, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f) =>
        new(OptimizerKind.Adam, learningRate)
        {
            Beta1 = Fraction(beta1, nameof(beta1)), Beta2 = Fraction(beta2, nameof(beta2)), Epsilon = Positive(epsilon, nameof(epsilon)),
        };

    /// <summary>RMSProp (PyTorch defaults α = 0.99, ε = 1e-8, no momentum, mean square starting at 0).</summary>
    /// <param name="learningRate">lr.</param>
    /// <param name="decay">α, the decay of the mean square.</param>
    /// <param name="momentum">μ (0 = none).</param>
    /// <param name="epsilon">ε, added to √s.</param>
    /// <param name="initialAccumulator">s before the first step, a finite number ≥ 0 (TensorFlow 1 uses 1.0).</param>
    public static OptimizerSettings RmsProp(
        float learningRate = 1e-2f, float decay = 0.99f, float momentum = 0f, float epsilon = 1e-8f, float initialAccumulator = 0f) =>
        new(OptimizerKind.RmsProp, learningRate)
        {
            Decay = Fraction(decay, nameof(decay)), Momentum = Fraction(momentum, nameof(momentum)), Epsilon = Positive(epsilon, nameof(epsilon)),
            InitialAccumulator = NonNegative(initialAccumulator, nameof(initialAccumulator)),
        };

    /// <summary>Adagrad (PyTorch default ε = 1e-10).</summary>
    public static OptimizerSettings Adagrad(float learningRate = 1e-2f, float epsilon = 1e-10f) =>
        new(OptimizerKind.Adagrad, learningRate) { Epsilon = Positive(epsilon, nameof(epsilon)) };

    /// <summary>The same optimizer with another lr (a learning-rate schedule); every other setting is kept.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not a positive finite number.</exception>
    public OptimizerSettings WithLearningRate(float learningRate) => this with { LearningRate = CheckedLearningRate(learningRate) };

    /// <summary>Floats of optimizer state per parameter: Adam 2 (m, v), RMSProp 2 (s, buf), SGD 1 (buf), Adagrad 1 (s).</summary>
    public int StatePerParameter => Kind is OptimizerKind.Adam or OptimizerKind.RmsProp ? 2 : 1;

    private static float CheckedLearningRate(float learningRate) =>
        learningRate > 0f && float.IsFinite(learningRate)
            ? learningRate
            : throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be a positive finite number.");

    private static float Fraction(float value, string name) =>
        value is >= 0f and < 1f ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [0, 1).");

    private static float NonNegative(float value, string name) =>
        value >= 0f && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0.");

    private static float Positive(float value, string name) =>
        value > 0f && float.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number.");
}
