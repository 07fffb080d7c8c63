using RnnKata.Engine.Simd;

namespace RnnKata.Engine;

/// <summary>
/// Trains one model as replicas that share every batch's rows, each on its own backend: on a CPU, one single-threaded
/// SIMD backend per core (<see cref="CreateBackends"/>). Every iteration the replicas run forward and backward on their
/// rows at the same time, their gradients are added up (weighted by their share of the rows for a loss that is a mean),
/// replica 0 adds the regularisation and takes the optimizer step, and the others copy its parameters. The math is the
/// whole batch's; the threads meet once per iteration instead of at every operation of every step.
/// </summary>
public sealed class SplitBatchTrainer : IDisposable
{
    private readonly ComputeBackend[] _backends;
    private readonly SequenceModel[] _replicas;
    private readonly Trainer _trainer;
    private readonly (int First, int Rows)[] _shares;
    private readonly float[] _weights;
    private readonly float[] _losses;
    private readonly float[][] _inputs;
    private readonly float[][] _targets;
    private readonly float[] _transfer;
    private readonly DeviceBuffer? _incoming;
    private readonly WorkerTeam _team;

    /// <summary>
    /// Builds one replica per backend with <paramref name="createModel"/>(backend, its rows), gives them all replica 0's
    /// parameters, and an optimizer for replica 0. The trainer owns the backends (it disposes them, also when it throws) and the models.
    /// </summary>
    /// <param name="backends">One per replica (at most one per row of the batch).</param>
    /// <param name="batch">B, rows of every batch; replica r takes the rows of <see cref="Share"/>(r).</param>
    /// <param name="createModel">Builds a replica of the model for a backend and a batch of that many rows.</param>
    /// <param name="optimizer">The optimizer.</param>
    /// <param name="clipping">The clipping rule (none by default).</param>
    /// <exception cref="ArgumentException">No backends, more backends than rows, a replica that does not take its share of the rows,
    /// or (with several replicas) a loss that does not add up over rows (<see cref="LossKind.RootMeanSquaredError"/>).</exception>
    public SplitBatchTrainer(IReadOnlyList<ComputeBackend> backends, int batch, Func<ComputeBackend, int, SequenceModel> createModel,
                             OptimizerSettings optimizer, GradientClipping? clipping = null)
    {
        ArgumentNullException.ThrowIfNull(backends);
        _backends = [.. backends];
        _replicas = new SequenceModel[_backends.Length];
        try
        {
            ArgumentNullException.ThrowIfNull(createModel);
            ArgumentNullException.ThrowIfNull(optimizer);
            if (_backends.Length == 0 || _backends.Length > batch)
                throw new ArgumentException($"Split a batch of {batch} rows over 1 to {batch} backends, not {_backends.Length}.", nameof(backends));
            _shares = Enumerable.Range(0, _backends.Length).Select(r => Share(batch, _backends.Length, r)).ToArray();
            for (var r = 0; r < _replicas.Length; r++)
            {
                _replicas[r] = createModel(_backends[r], _shares[r].Rows);
                if (_replicas[r].Batch != _shares[r].Rows)
                    throw new ArgumentException($"Replica {r} takes batches of {_replicas[r].Batch} rows, not its share of {_shares[r].Rows}.", nameof(createModel));
            }
            var model = _replicas[0];
            if (_replicas.Length > 1 && model.Loss == LossKind.RootMeanSquaredError)
                throw new ArgumentException($"{model.Loss} is not a weighted sum of the replicas' losses: train it on one backend.", nameof(createModel));
            _weights = _shares.Select(s => model.Loss == LossKind.HalfSumOfSquares ? 1f : (float)s.Rows / batch).ToArray();
            _losses = new float[_replicas.Length];
            _inputs = _replicas.Select(m => new float[m.InputLength]).ToArray();
            _targets = _replicas.Select(m => new float[m.TargetLength]).ToArray();
            _transfer = new float[model.Parameters.Count];
            _incoming = _replicas.Length > 1 ? model.Backend.Allocate(model.Parameters.Count) : null;
            _trainer = new Trainer(model, optimizer, clipping);
            _team = new WorkerTeam(_replicas.Length);
            Batch = batch;
            ShareParameters();
        }
        catch
        {
            Dispose(_replicas);
            _incoming?.Dispose();
            Dispose(_backends);
            throw;
        }
    }

    /// <summary>
    /// Backends for batches of <paramref name="batch"/> rows: where <paramref name="kind"/> (null: the environment's choice, else
    /// auto) comes out as SIMD, one single-threaded SIMD backend for each of <paramref name="threads"/> threads (at most one per row);
    /// otherwise (a GPU, ILGPU's CPU accelerator) the one backend it makes.
    /// </summary>
    /// <exception cref="BackendUnavailableException">CUDA was asked for and cannot run; the message says why.</exception>
    public static IReadOnlyList<ComputeBackend> CreateBackends(BackendKind? kind, int batch, int threads = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var first = Backends.Create(kind, threads: 1);
        if (first.Kind != BackendKind.Simd)
            return [first];
        return [first, .. Enumerable.Range(1, Math.Min(threads, batch) - 1).Select(_ => new SimdBackend(1))];
    }

    /// <summary>The rows of a batch of <paramref name="batch"/> that replica <paramref name="replica"/> of <paramref name="replicas"/>
    /// takes: consecutive, as even as they can be, the larger shares first.</summary>
    public static (int First, int Rows) Share(int batch, int replicas, int replica)
    {
        var (size, extra) = Math.DivRem(batch, replicas);
        return ((replica * size) + Math.Min(replica, extra), size + (replica < extra ? 1 : 0));
    }

    /// <summary>B, rows of every batch.</summary>
    public int Batch { get; }

    /// <summary>How many replicas share a batch.</summary>
    public int Replicas => _replicas.Length;

    /// <summary>Replica 0: its parameters are the trained ones.</summary>
    public SequenceModel Model => _replicas[0];

    /// <summary>The optimizer's lr for the next steps; its state carries on.</summary>
    public float LearningRate
    {
        get => _trainer.LearningRate;
        set => _trainer.LearningRate = value;
    }

    /// <summary>Gives every replica its rows of one batch: time-major inputs [T × B × I] and targets as the model reads them.</summary>
    /// <exception cref="ArgumentException">Wrong lengths, or a NaN or infinity; the message says where.</exception>
    public void Load(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets)
    {
        var model = Model;
        Require(inputs, model.Steps * Batch * model.InputFeatures, nameof(inputs));
        Require(targets, model.PredictionSteps * Batch * model.TargetFeatures, nameof(targets));
        for (var r = 0; r < _replicas.Length; r++)
        {
            Take(inputs, _shares[r], model.InputFeatures, _inputs[r]);
            Take(targets, _shares[r], model.TargetFeatures, _targets[r]);
            _replicas[r].LoadTimeMajorInputs(_inputs[r]);
            _replicas[r].LoadTimeMajorTargets(_targets[r]);
        }
    }

    /// <summary>One iteration on the loaded batch: the whole batch's gradient, regularisation, clipping and one optimizer step. Returns the
    /// loss with the regularisation term.</summary>
    public float TrainLoaded()
    {
        _team.Run(r =>
        {
            var replica = _replicas[r];
            replica.Parameters.ZeroGradients();
            _losses[r] = replica.ForwardLoss();
            replica.Backward();
        });
        var model = Model;
        var gradients = model.Parameters.Gradients.All;
        if (_weights[0] != 1f)
            model.Backend.Scale(gradients, _weights[0]);
        for (var r = 1; r < _replicas.Length; r++)
        {
            _replicas[r].Backend.Download(_replicas[r].Parameters.Gradients.All, _transfer);
            model.Backend.Upload(_incoming!.All, _transfer);
            model.Backend.Axpy(_weights[r], _incoming.All, gradients);
        }
        var loss = WeightedLoss() + model.Regularize();
        _trainer.Step();
        ShareParameters();
        return loss;
    }

    /// <summary>The loss on the loaded batch with the current parameters (no regularisation term; gradients untouched).</summary>
    public float EvaluateLoaded()
    {
        _team.Run(r => _losses[r] = _replicas[r].ForwardLoss());
        return WeightedLoss();
    }

    /// <summary>Frees the optimizer's state, the replicas and the backends.</summary>
    public void Dispose()
    {
        _team.Dispose();
        _trainer.Dispose();
        _incoming?.Dispose();
        Dispose(_replicas);
        Dispose(_backends);
    }

    private float WeightedLoss()
    {
        var loss = 0f;
        for (var r = 0; r < _losses.Length; r++)
            loss += _weights[r] * _losses[r];
        return loss;
    }

    private void ShareParameters()
    {
        if (_replicas.Length == 1)
            return;
        Model.Backend.Download(Model.Parameters.Values.All, _transfer);
        for (var r = 1; r < _replicas.Length; r++)
            _replicas[r].Parameters.WriteValues(_transfer);
    }

    // Rows first … first + rows − 1 of every step of a time-major [steps × B × features] batch.
    private void Take(ReadOnlySpan<float> batch, (int First, int Rows) share, int features, float[] into)
    {
        var steps = into.Length / (share.Rows * features);
        for (var t = 0; t < steps; t++)
            batch.Slice(((t * Batch) + share.First) * features, share.Rows * features).CopyTo(into.AsSpan(t * share.Rows * features));
    }

    private void Require(ReadOnlySpan<float> data, int length, string name)
    {
        if (data.Length != length)
            throw new ArgumentException($"{name} must hold {length} floats (a batch of {Batch} rows, time-major) but holds {data.Length}.", name);
    }

    private static void Dispose(IEnumerable<IDisposable?> owned)
    {
        foreach (var item in owned)
            item?.Dispose();
    }
}
