using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given.Recurrent;

/// <summary>
/// Stacked <see cref="RecurrentLayer"/>s and a linear head <c>y = h·Wᵀ + b</c>, in double, with all
/// parameters in one flat vector for an optimizer. Flat order (the engine's too): per layer
/// W_ih, W_hh (row by row), b_ih, b_hh; then the head's W (row by row) and b.
/// </summary>
public sealed class RecurrentModel
{
    private readonly RecurrentLayer[] _layers;
    private readonly Matrix<double> _headWeight;
    private readonly Vector<double> _headBias;

    /// <summary>A model of shape <paramref name="spec"/> with the given flat parameters.</summary>
    /// <exception cref="ArgumentException">The spec is invalid, or <paramref name="parameters"/> has the wrong length or a NaN or infinity.</exception>
    public RecurrentModel(NetworkSpec spec, Vector<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        Spec = spec;
        int gh = spec.Gates * spec.Hidden;
        _layers = Enumerable.Range(0, spec.Layers).Select(l => new RecurrentLayer(spec.Cell, spec.Activation,
            Matrix<double>.Build.Dense(gh, l == 0 ? spec.Input : spec.Hidden), Matrix<double>.Build.Dense(gh, spec.Hidden),
            Vector<double>.Build.Dense(gh), Vector<double>.Build.Dense(gh))).ToArray();
        _headWeight = Matrix<double>.Build.Dense(spec.Output, spec.Hidden);
        _headBias = Vector<double>.Build.Dense(spec.Output);
        SetParameters(parameters);
    }

    /// <summary>The model's shape.</summary>
    public NetworkSpec Spec { get; }

    /// <summary>Number of parameters.</summary>
    public int ParameterCount => Tensors(_layers, _headWeight, _headBias).Sum(t => t.Count);

    /// <summary>A model of shape <paramref name="spec"/> with first parameters drawn as <see cref="NetworkSpec.Init"/> says,
    /// in flat order from <c>new Random(seed)</c>.</summary>
    public static RecurrentModel Seeded(NetworkSpec spec, int seed = KataRandom.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        var random = new Random(seed);
        var limits = spec.Init == Initialization.TensorFlow1 ? InitialRanges.TensorFlow1(spec) : InitialRanges.PyTorch(spec, Count(spec));
        return new RecurrentModel(spec, Vector<double>.Build.DenseOfEnumerable(limits.Select(r => r.Draw(random))));
    }

    /// <summary>A copy of the parameters, flat.</summary>
    public Vector<double> GetParameters() => Flatten(Tensors(_layers, _headWeight, _headBias));

    /// <summary>Overwrites the parameters from a flat vector.</summary>
    /// <exception cref="ArgumentException">Wrong length, or a NaN or infinity.</exception>
    public void SetParameters(Vector<double> parameters)
    {
        Require.Length(parameters, Count(Spec), nameof(parameters));
        Require.Finite(parameters, nameof(parameters));
        int at = 0;
        foreach (var tensor in Tensors(_layers, _headWeight, _headBias))
        {
            tensor.Read(parameters, at);
            at += tensor.Count;
        }
    }

    /// <summary>Runs the model on <paramref name="xs"/> (T steps, each batch × I).</summary>
    /// <returns>The run; its <see cref="ModelRun.Predictions"/> are T matrices (every step) or one (last step), each batch × O.</returns>
    public ModelRun Forward(IReadOnlyList<Matrix<double>> xs)
    {
        var runs = new LayerRun[_layers.Length];
        var input = xs;
        for (int l = 0; l < _layers.Length; l++)
        {
            runs[l] = _layers[l].Forward(input);
            input = runs[l].Hidden;
        }
        var read = Spec.Readout == Readout.LastStep ? new[] { input[^1] } : input;
        var predictions = read.Select(h => h.TransposeAndMultiply(_headWeight).MapIndexed((_, j, v) => v + _headBias[j])).ToArray();
        return new ModelRun(runs, predictions);
    }

    /// <summary>The gradient of the loss with respect to every parameter, flat, from ∂L/∂prediction.</summary>
    /// <param name="run">What <see cref="Forward"/> returned.</param>
    /// <param name="dPredictions">∂L/∂prediction, shaped like <see cref="ModelRun.Predictions"/>.</param>
    public Vector<double> Backward(ModelRun run, IReadOnlyList<Matrix<double>> dPredictions)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(dPredictions);
        if (dPredictions.Count != run.Predictions.Count)
            throw new ArgumentException($"{nameof(dPredictions)} must hold {run.Predictions.Count} gradients, one per prediction, but holds {dPredictions.Count}.", nameof(dPredictions));
        var grad = new RecurrentModel(Spec, Vector<double>.Build.Dense(Count(Spec)));
        var top = run.Layers[^1].Hidden;
        int timeSteps = top.Count, first = Spec.Readout == Readout.LastStep ? timeSteps - 1 : 0;
        var dTop = top.Select(h => Matrix<double>.Build.Dense(h.RowCount, Spec.Hidden)).ToArray();
        for (int k = 0; k < dPredictions.Count; k++)
        {
            Require.Shape(dPredictions[k], run.Predictions[k].RowCount, Spec.Output, $"{nameof(dPredictions)}[{k}]");
            grad._headWeight.Add(dPredictions[k].TransposeThisAndMultiply(top[first + k]), grad._headWeight);
            grad._headBias.Add(dPredictions[k].ColumnSums(), grad._headBias);
            dTop[first + k] = dPredictions[k] * _headWeight;
        }
        IReadOnlyList<Matrix<double>> d = dTop;
        for (int l = _layers.Length - 1; l >= 0; l--)
            d = _layers[l].Backward(d, run.Layers[l], grad._layers[l]);
        return grad.GetParameters();
    }

    private static int Count(NetworkSpec spec)
    {
        int gh = spec.Gates * spec.Hidden;
        return gh * (spec.Input + spec.Hidden + 2) + (spec.Layers - 1) * gh * (2 * spec.Hidden + 2) + spec.Output * (spec.Hidden + 1);
    }

    private static IEnumerable<Tensor> Tensors(RecurrentLayer[] layers, Matrix<double> headWeight, Vector<double> headBias) =>
        layers.SelectMany(l => new[] { new Tensor(l.WeightIh), new Tensor(l.WeightHh), new Tensor(l.BiasIh), new Tensor(l.BiasHh) })
              .Append(new Tensor(headWeight)).Append(new Tensor(headBias));

    private static Vector<double> Flatten(IEnumerable<Tensor> tensors) =>
        Vector<double>.Build.DenseOfEnumerable(tensors.SelectMany(t => t.Values()));

    // A matrix (row by row) or a vector as a run of the flat parameter vector.
    private sealed class Tensor
    {
        private readonly Matrix<double>? _matrix;
        private readonly Vector<double>? _vector;

        public Tensor(Matrix<double> m) => _matrix = m;

        public Tensor(Vector<double> v) => _vector = v;

        public int Count => _matrix is { } m ? m.RowCount * m.ColumnCount : _vector!.Count;

        public IEnumerable<double> Values() => _matrix is { } m ? m.EnumerateRows().SelectMany(r => r) : _vector!;

        public void Read(Vector<double> flat, int at)
        {
            if (_matrix is { } m)
                for (int r = 0; r < m.RowCount; r++)
                    for (int c = 0; c < m.ColumnCount; c++)
                        m[r, c] = flat[at + r * m.ColumnCount + c];
            else
                flat.CopySubVectorTo(_vector!, at, 0, _vector!.Count);
        }
    }
}

/// <summary>A model's run: each layer's caches and the head's predictions.</summary>
/// <param name="Layers">Every layer's run, bottom to top.</param>
/// <param name="Predictions">T matrices (every step) or one (last step), each batch × O.</param>
public sealed record ModelRun(IReadOnlyList<LayerRun> Layers, IReadOnlyList<Matrix<double>> Predictions);
