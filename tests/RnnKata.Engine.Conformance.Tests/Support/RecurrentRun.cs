namespace RnnKata.Engine.Conformance.Tests.Support;

/// <summary>A <see cref="RecurrentProblem"/> uploaded to a backend, with every buffer its passes need.</summary>
public sealed class RecurrentRun : IDisposable
{
    private readonly ComputeBackend _backend;
    private readonly RecurrentProblem _problem;
    private readonly List<IDisposable> _owned = [];

    /// <summary>Uploads the problem.</summary>
    public RecurrentRun(ComputeBackend backend, RecurrentProblem problem)
    {
        (_backend, _problem) = (backend, problem);
        var state = problem.Batch * problem.Shape.Hidden;
        Parameters = Own(Upload(problem.Parameters));
        Gradients = Own(backend.Allocate(problem.Parameters.Length));
        Inputs = Own(Upload(problem.Inputs));
        InitialHidden = problem.InitialHidden is null ? null : Own(Upload(problem.InitialHidden));
        InitialCell = problem.InitialCell is null ? null : Own(Upload(problem.InitialCell));
        OutputGradients = Own(Upload(problem.OutputGradients));
        LastCellGradient = problem.LastCellGradient is null ? null : Own(Upload(problem.LastCellGradient));
        InputGradients = Own(backend.Allocate(problem.Inputs.Length));
        InitialHiddenGradient = Own(backend.Allocate(state));
        InitialCellGradient = problem.Shape.HasCellState ? Own(backend.Allocate(state)) : null;
        Cache = Own(backend.CreateRecurrentCache(problem.Shape, problem.Batch, problem.Steps));
    }

    public DeviceBuffer Parameters { get; }
    public DeviceBuffer Gradients { get; }
    public DeviceBuffer Inputs { get; }
    public DeviceBuffer? InitialHidden { get; }
    public DeviceBuffer? InitialCell { get; }
    public DeviceBuffer OutputGradients { get; }
    public DeviceBuffer? LastCellGradient { get; }
    public DeviceBuffer InputGradients { get; }
    public DeviceBuffer InitialHiddenGradient { get; }
    public DeviceBuffer? InitialCellGradient { get; }
    public RecurrentCache Cache { get; }

    /// <summary>Puts seeded noise in the gradient buffer (to check accumulation) and returns it.</summary>
    public float[] FillGradientsWithNoise(int seed)
    {
        var noise = HostData.Uniform(Gradients.Length, seed, 0.1);
        _backend.Upload(Gradients.All, noise);
        return noise;
    }

    /// <summary>The forward pass into <see cref="Cache"/>.</summary>
    public void Forward() => _backend.RecurrentForward(
        _problem.Shape, RecurrentWeights.Layout(_problem.Shape, Parameters, 0), Inputs.All,
        InitialHidden?.All ?? default, InitialCell?.All ?? default, Cache);

    /// <summary>BPTT, with all optional outputs or none of them.</summary>
    public void Backward(bool wantInputAndStateGradients = true) => _backend.RecurrentBackward(
        _problem.Shape, RecurrentWeights.Layout(_problem.Shape, Parameters, 0), Cache, Inputs.All,
        InitialHidden?.All ?? default, InitialCell?.All ?? default,
        OutputGradients.All, LastCellGradient?.All ?? default, RecurrentWeights.Layout(_problem.Shape, Gradients, 0),
        wantInputAndStateGradients ? InputGradients.All : default,
        wantInputAndStateGradients ? InitialHiddenGradient.All : default,
        wantInputAndStateGradients && InitialCellGradient is not null ? InitialCellGradient.All : default);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var owned in _owned)
            owned.Dispose();
    }

    private DeviceBuffer Upload(float[] values)
    {
        var buffer = _backend.Allocate(values.Length);
        _backend.Upload(buffer.All, values);
        return buffer;
    }

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
