namespace RnnKata.Engine;

/// <summary>
/// A model the <see cref="Trainer"/> trains: a fixed batch shape, device buffers for one batch of inputs
/// and targets, a forward pass that ends in a loss, and a backward pass that accumulates the gradients
/// into <see cref="Parameters"/>. Data arrives as <see cref="SequenceTensor"/>s, whose shapes are checked;
/// on the device it is time-major: step after step, each step B rows.
/// </summary>
public abstract class SequenceModel : IDisposable
{
    private bool _disposed;
    private bool _predicted;

    /// <summary>Allocates the input, target and prediction buffers.</summary>
    /// <param name="store">The model's parameters (the model disposes it).</param>
    /// <param name="steps">T, steps of input per sequence.</param>
    /// <param name="batch">B, sequences per batch.</param>
    /// <param name="inputFeatures">I, features per input step.</param>
    /// <param name="predictionSteps">Steps of predictions per sequence (1 or T).</param>
    /// <param name="predictionColumns">Columns of predictions (outputs, or classes for the cross-entropy).</param>
    /// <param name="loss">The loss.</param>
    protected SequenceModel(ParameterStore store, int steps, int batch, int inputFeatures, int predictionSteps, int predictionColumns, LossKind loss)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!Enum.IsDefined(loss))
            throw new ArgumentOutOfRangeException(nameof(loss), loss, "Unknown loss.");
        (Parameters, Steps, Batch, InputFeatures, PredictionSteps, PredictionColumns, Loss) =
            (store, steps, batch, inputFeatures, predictionSteps, predictionColumns, loss);
        Inputs = Backend.Allocate(InputLength);
        Targets = Backend.Allocate(TargetLength);
        Predictions = Backend.Allocate(PredictionRows * predictionColumns);
        PredictionGradients = Backend.Allocate(PredictionRows * predictionColumns);
    }

    /// <summary>The backend.</summary>
    public ComputeBackend Backend => Parameters.Backend;

    /// <summary>Parameters and gradients.</summary>
    public ParameterStore Parameters { get; }

    /// <summary>The loss.</summary>
    public LossKind Loss { get; }

    /// <summary>T, input steps per sequence.</summary>
    public int Steps { get; }

    /// <summary>B, sequences per batch.</summary>
    public int Batch { get; }

    /// <summary>I, features per input step.</summary>
    public int InputFeatures { get; }

    /// <summary>Steps of predictions per sequence: 1 (one per sequence) or T (one per step).</summary>
    public int PredictionSteps { get; }

    /// <summary>Rows of predictions, time-major: B or T·B.</summary>
    public int PredictionRows => PredictionSteps * Batch;

    /// <summary>Columns of predictions (outputs, or classes for the cross-entropy).</summary>
    public int PredictionColumns { get; }

    /// <summary>Features per target row: 1 class index for the cross-entropy, else one value per prediction column.</summary>
    public int TargetFeatures => Loss == LossKind.SoftmaxCrossEntropy ? 1 : PredictionColumns;

    /// <summary>Floats in one batch of inputs, T·B·I.</summary>
    public int InputLength => Steps * Batch * InputFeatures;

    /// <summary>Floats in one batch of targets.</summary>
    public int TargetLength => PredictionRows * TargetFeatures;

    /// <summary>Matmul FLOPs of one forward pass (recurrent layers and heads).</summary>
    public abstract double ForwardFlops { get; }

    /// <summary>The inputs of the current batch.</summary>
    protected DeviceBuffer Inputs { get; }

    /// <summary>The targets of the current batch.</summary>
    protected DeviceBuffer Targets { get; }

    /// <summary>The predictions of the last forward pass.</summary>
    protected DeviceBuffer Predictions { get; }

    /// <summary>∂loss/∂predictions of the last <see cref="ForwardLoss"/>.</summary>
    protected DeviceBuffer PredictionGradients { get; }

    /// <summary>Checks and uploads one batch of inputs, [T × B × I] in either layout.</summary>
    /// <exception cref="ArgumentException">Another shape (the message names both), or a NaN or infinity.</exception>
    public void LoadInputs(SequenceTensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        RequireShape(inputs, Steps, InputFeatures, "I", nameof(inputs));
        LoadTimeMajorInputs(inputs.ToTimeMajor());
    }

    /// <summary>
    /// Checks and uploads one batch of targets: [1 × B × O] or [T × B × O] as the head reads; for the cross-entropy
    /// O is 1, one class index per row.
    /// </summary>
    /// <exception cref="ArgumentException">Another shape (the message names both), a NaN or infinity, or (cross-entropy) a class index that is not an integer in [0, C).</exception>
    public void LoadTargets(SequenceTensor targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        RequireShape(targets, PredictionSteps, TargetFeatures, Loss == LossKind.SoftmaxCrossEntropy ? "F" : "O", nameof(targets));
        LoadTimeMajorTargets(targets.ToTimeMajor());
    }

    /// <summary>
    /// The fast path of <see cref="LoadInputs(SequenceTensor)"/> for callers that already hold time-major floats
    /// [T × B × I] (the benchmark): only the length and finiteness are checked.
    /// </summary>
    /// <exception cref="ArgumentException">Wrong length, or a NaN or infinity; the message says where.</exception>
    public void LoadTimeMajorInputs(ReadOnlySpan<float> inputs)
    {
        ThrowIfDisposed();
        RequireData(inputs, InputLength, SequenceTensor.Describe(Steps, Batch, InputFeatures, "I"), "inputs");
        Backend.Upload(Inputs.All, inputs);
    }

    /// <summary>The fast path of <see cref="LoadTargets(SequenceTensor)"/>: time-major floats, only the length and values checked.</summary>
    /// <exception cref="ArgumentException">Wrong length, a NaN or infinity, or (cross-entropy) a class index that is not an integer in [0, C).</exception>
    public void LoadTimeMajorTargets(ReadOnlySpan<float> targets)
    {
        ThrowIfDisposed();
        var shape = Loss == LossKind.SoftmaxCrossEntropy
            ? $"{PredictionRows} class indices"
            : $"{PredictionRows}×{PredictionColumns}";
        RequireData(targets, TargetLength, shape, "targets");
        if (Loss == LossKind.SoftmaxCrossEntropy)
        {
            for (var i = 0; i < targets.Length; i++)
            {
                if (targets[i] < 0 || targets[i] >= PredictionColumns || targets[i] != MathF.Floor(targets[i]))
                    throw new ArgumentException(
                        $"targets[{i}] = {targets[i]} is not a class index: it must be an integer in [0, {PredictionColumns}).", nameof(targets));
            }
        }
        Backend.Upload(Targets.All, targets);
    }

    /// <summary>Runs the model on the loaded inputs and returns the loss against the loaded targets (∂loss/∂predictions kept for <see cref="Backward"/>).</summary>
    public float ForwardLoss()
    {
        ThrowIfDisposed();
        Forward();
        _predicted = true;
        return Backend.Loss(Loss, Predictions.All, Targets.All, PredictionRows, PredictionColumns, PredictionGradients.All);
    }

    /// <summary>Runs the model on the loaded inputs and returns the predictions, [rows × columns] with rows time-major (t·B + b).</summary>
    public float[] Predict()
    {
        ThrowIfDisposed();
        Forward();
        _predicted = true;
        return Backend.Download(Predictions.All);
    }

    /// <summary>
    /// The softmax of every row of the last forward pass's predictions (the logits), [rows × classes], computed with the
    /// max shift so that large logits do not overflow.
    /// </summary>
    /// <exception cref="InvalidOperationException">The model does not classify (its loss is not the cross-entropy), or has not run yet.</exception>
    public float[] Probabilities()
    {
        ThrowIfDisposed();
        if (Loss != LossKind.SoftmaxCrossEntropy)
            throw new InvalidOperationException(
                $"Probabilities need a classifier (loss {LossKind.SoftmaxCrossEntropy}); this model's loss is {Loss}, so its predictions are values, not logits.");
        if (!_predicted)
            throw new InvalidOperationException("Probabilities are those of the last predictions: run Predict or ForwardLoss first.");
        return Softmax.Rows(Backend.Download(Predictions.All), PredictionColumns);
    }

    /// <summary>Adds the regularisation's gradient and returns its value (0 for a model without one).</summary>
    public virtual float Regularize() => 0f;

    /// <summary>Backpropagates the last <see cref="ForwardLoss"/>: accumulates every parameter's gradient.</summary>
    public void Backward()
    {
        ThrowIfDisposed();
        BackwardCore();
    }

    /// <summary>Computes the predictions from the loaded inputs.</summary>
    protected abstract void Forward();

    /// <summary>Backpropagates from <see cref="PredictionGradients"/>.</summary>
    protected abstract void BackwardCore();

    /// <summary>Throws when the model has been disposed.</summary>
    protected void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        Dispose(true);
        PredictionGradients.Dispose();
        Predictions.Dispose();
        Targets.Dispose();
        Inputs.Dispose();
        Parameters.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees what the derived model allocated.</summary>
    protected abstract void Dispose(bool disposing);

    private void RequireShape(SequenceTensor tensor, int steps, int features, string featureName, string name)
    {
        if (tensor.Steps != steps || tensor.Batch != Batch || tensor.Features != features)
            throw new ArgumentException(
                $"{name} are {tensor} but this model takes {SequenceTensor.Named(steps, Batch, features, featureName)}" +
                $"{(name == "targets" && Loss == LossKind.SoftmaxCrossEntropy ? " (one class index per row)" : "")}.", name);
    }

    private static void RequireData(ReadOnlySpan<float> data, int length, string shape, string name)
    {
        if (data.Length != length)
            throw new ArgumentException($"{name} must hold {length} floats ({shape}) but holds {data.Length}.", name);
        for (var i = 0; i < data.Length; i++)
        {
            if (!float.IsFinite(data[i]))
                throw new ArgumentException($"{name}[{i}] is {data[i]}: data must be finite.", name);
        }
    }
}
