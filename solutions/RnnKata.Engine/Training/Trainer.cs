namespace RnnKata.Engine;

/// <summary>
/// Trains a <see cref="SequenceModel"/>: each iteration zeroes the gradients, runs forward and the loss,
/// adds the model's regularisation, backpropagates, clips, and takes one optimizer step.
/// </summary>
public sealed class Trainer
{
    /// <summary>A trainer of <paramref name="model"/> with <paramref name="optimizer"/> (its state starts at zero).</summary>
    public Trainer(SequenceModel model, OptimizerSettings optimizer, GradientClipping? clipping = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(optimizer);
        (Model, Optimizer, Clipping) = (model, optimizer, clipping ?? GradientClipping.None);
        State = model.Parameters.OptimizerState(optimizer);
    }

    /// <summary>The model.</summary>
    public SequenceModel Model { get; }

    /// <summary>The optimizer.</summary>
    public OptimizerSettings Optimizer { get; }

    /// <summary>The clipping rule.</summary>
    public GradientClipping Clipping { get; }

    /// <summary>Optimizer steps taken so far (Adam's t of the last step).</summary>
    public int Steps { get; private set; }

    private DeviceBuffer State { get; }

    /// <summary>Loads <paramref name="batch"/> and trains one iteration on it; returns the loss (with the regularisation term).</summary>
    /// <exception cref="ArgumentException">The batch does not fit the model or holds NaN / infinity.</exception>
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
        Clipping.Apply(store.Backend, store.Gradients.All);
        Steps++;
        store.Backend.OptimizerStep(Optimizer, store.Values.All, store.Gradients.All, State.All, Steps);
        return loss;
    }

    /// <summary>The loss on <paramref name="batch"/> without training (no regularisation term; gradients untouched).</summary>
    public float Evaluate(SequenceBatch batch)
    {
        Load(batch);
        return Model.ForwardLoss();
    }

    /// <summary>The model's predictions for <paramref name="inputs"/>, [rows × columns].</summary>
    public float[] Predict(float[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Model.LoadInputs(inputs);
        return Model.Predict();
    }

    private void Load(SequenceBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(batch.Inputs, nameof(batch) + ".Inputs");
        ArgumentNullException.ThrowIfNull(batch.Targets, nameof(batch) + ".Targets");
        Model.LoadInputs(batch.Inputs);
        Model.LoadTargets(batch.Targets);
    }
}
