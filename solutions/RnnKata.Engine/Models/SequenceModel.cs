namespace RnnKata.Engine;

/// <summary>
/// A model the <see cref="Trainer"/> trains: a fixed batch shape, device buffers for one batch of inputs
/// and targets, a forward pass that ends in a loss, and a backward pass that accumulates the gradients
/// into <see cref="Parameters"/>. Host data is time-major: step after step, each step B rows.
/// </summary>
public abstract class SequenceModel : IDisposable
{
    private bool disposed;

    /// <summary>Allocates the input, target and prediction buffers.</summary>
    /// <param name="store">The model's parameters (the model disposes it).</param>
    /// <param name="inputLength">Floats in one batch of inputs.</param>
    /// <param name="inputDescription">Its shape in words, for messages, e.g. "10×64×1 (T×B×I)".</param>
    /// <param name="predictionRows">Rows of predictions (B, or T·B).</param>
    /// <param name="predictionColumns">Columns of predictions (outputs or classes).</param>
    /// <param name="loss">The loss.</param>
    protected SequenceModel(ParameterStore store, int inputLength, string inputDescription, int predictionRows, int predictionColumns, LossKind loss)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!Enum.IsDefined(loss))
            throw new ArgumentOutOfRangeException(nameof(loss), loss, "Unknown loss.");
        (Parameters, InputLength, InputDescription, PredictionRows, PredictionColumns, Loss) =
            (store, inputLength, inputDescription, predictionRows, predictionColumns, loss);
        Inputs = Backend.Allocate(inputLength);
        Targets = Backend.Allocate(TargetLength);
        Predictions = Backend.Allocate(predictionRows * predictionColumns);
        PredictionGradients = Backend.Allocate(predictionRows * predictionColumns);
    }

    /// <summary>The backend.</summary>
    public ComputeBackend Backend => Parameters.Backend;

    /// <summary>Parameters, gradients and optimizer state.</summary>
    public ParameterStore Parameters { get; }

    /// <summary>The loss.</summary>
    public LossKind Loss { get; }

    /// <summary>Floats in one batch of inputs.</summary>
    public int InputLength { get; }

    /// <summary>The input shape in words.</summary>
    public string InputDescription { get; }

    /// <summary>Rows of predictions.</summary>
    public int PredictionRows { get; }

    /// <summary>Columns of predictions.</summary>
    public int PredictionColumns { get; }

    /// <summary>Floats in one batch of targets: one class index per row for the cross-entropy, else one per prediction.</summary>
    public int TargetLength => Loss == LossKind.SoftmaxCrossEntropy ? PredictionRows : PredictionRows * PredictionColumns;

    /// <summary>Sequences per batch.</summary>
    public abstract int Batch { get; }

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

    /// <summary>Checks and uploads one batch of inputs.</summary>
    /// <exception cref="ArgumentException">Wrong length, or a NaN or infinity; the message says where.</exception>
    public void LoadInputs(ReadOnlySpan<float> inputs)
    {
        RequireData(inputs, InputLength, InputDescription, "inputs");
        Backend.Upload(Inputs.All, inputs);
    }

    /// <summary>Checks and uploads one batch of targets.</summary>
    /// <exception cref="ArgumentException">Wrong length, a NaN or infinity, or (cross-entropy) a class index that is not an integer in [0, C).</exception>
    public void LoadTargets(ReadOnlySpan<float> targets)
    {
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
        return Backend.Loss(Loss, Predictions.All, Targets.All, PredictionRows, PredictionColumns, PredictionGradients.All);
    }

    /// <summary>Runs the model on the loaded inputs and returns the predictions, [rows × columns].</summary>
    public float[] Predict()
    {
        ThrowIfDisposed();
        Forward();
        return Backend.Download(Predictions.All);
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

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
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

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);

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
