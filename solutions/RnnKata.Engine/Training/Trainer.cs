namespace RnnKata.Engine;

/// <summary>
/// Trains a <see cref="SequenceModel"/>: each iteration zeroes the gradients, runs forward and the loss,
/// adds the model's regularisation, backpropagates, clips, and takes one optimizer step. The trainer owns
/// the optimizer's state (zero at first, except RMSProp's mean square, which starts at
/// <see cref="OptimizerSettings.InitialAccumulator"/>): a second trainer of the same model starts afresh.
/// </summary>
public sealed class Trainer : IDisposable
{
    private readonly DeviceBuffer _state;

    /// <summary>
    /// A trainer of <paramref name="model"/> with <paramref name="optimizer"/>; its optimizer state starts at zero, RMSProp's
    /// mean square at <see cref="OptimizerSettings.InitialAccumulator"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The optimizer's state would not fit in one buffer.</exception>
    public Trainer(SequenceModel model, OptimizerSettings optimizer, GradientClipping? clipping = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        (Model, Optimizer, Clipping) = (model, optimizer, clipping ?? GradientClipping.None);
        var length = (long)optimizer.StatePerParameter * model.Parameters.Count;
        if (length > int.MaxValue)
            throw new ArgumentException($"{optimizer.Kind} needs {length:N0} floats of state, more than a buffer holds.", nameof(optimizer));
        _state = model.Backend.Allocate((int)length);
        // The state's first n floats are RMSProp's mean square s (see ComputeBackend.OptimizerStep).
        if (optimizer.Kind == OptimizerKind.RmsProp && optimizer.InitialAccumulator != 0f)
            model.Backend.Fill(_state.Slice(0, model.Parameters.Count), optimizer.InitialAccumulator);
    }

    /// <summary>The model.</summary>
    public SequenceModel Model { get; }

    /// <summary>The optimizer; only its learning rate may change (<see cref="LearningRate"/>).</summary>
    public OptimizerSettings Optimizer { get; private set; }

    /// <summary>
    /// The optimizer's lr for the next steps (a learning-rate schedule sets it between iterations); the optimizer's state,
    /// such as RMSProp's mean square and momentum, carries on.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a positive finite number.</exception>
    public float LearningRate
    {
        get => Optimizer.LearningRate;
        set => Optimizer = Optimizer.WithLearningRate(value);
    }

    /// <summary>The clipping rule.</summary>
    public GradientClipping Clipping { get; }

    /// <summary>Optimizer steps this trainer has taken (Adam's t of the last step).</summary>
    public int Steps { get; private set; }

    /// <summary>Loads <paramref name="batch"/> and trains one iteration on it; returns the loss (with the regularisation term).</summary>
    /// <exception cref="ArgumentException">The batch does not fit the model (the message names both shapes) or holds NaN / infinity.</exception>
    public float Train(SequenceBatch batch)
    {
        Load(batch);
        return TrainLoaded();
    }

    /// <summary>One iteration on the batch already loaded (the benchmark re-uses one batch); returns the loss.</summary>
    public float TrainLoaded()
    {
        var store = Model.Parameters;
        store.ZeroGradients();
        var loss = Model.ForwardLoss();
        loss += Model.Regularize();
        Model.Backward();
        Step();
        return loss;
    }

    /// <summary>Clips the gradients the model holds and takes one optimizer step with them.</summary>
    internal void Step()
    {
        var store = Model.Parameters;
        Clipping.Apply(store.Backend, store.Gradients.All);
        Steps++;
        store.Backend.OptimizerStep(Optimizer, store.Values.All, store.Gradients.All, _state.All, Steps);
    }

    /// <summary>The loss on <paramref name="batch"/> without training (no regularisation term; gradients untouched).</summary>
    public float Evaluate(SequenceBatch batch)
    {
        Load(batch);
        return Model.ForwardLoss();
    }

    /// <summary>The model's predictions for <paramref name="inputs"/>, [rows × columns] with rows time-major (t·B + b).</summary>
    /// <exception cref="ArgumentException">The inputs do not fit the model; the message names both shapes.</exception>
    public float[] Predict(SequenceTensor inputs)
    {
        Model.LoadInputs(inputs);
        return Model.Predict();
    }

    /// <summary>Frees the optimizer's state (the model stays).</summary>
    public void Dispose() => _state.Dispose();

    private void Load(SequenceBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(batch.Inputs, nameof(batch) + ".Inputs");
        ArgumentNullException.ThrowIfNull(batch.Targets, nameof(batch) + ".Targets");
        Model.LoadInputs(batch.Inputs);
        Model.LoadTargets(batch.Targets);
    }
}
