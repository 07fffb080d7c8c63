using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given.Recurrent;

/// <summary>
/// One recurrent layer over a whole sequence, forward and backward (BPTT), in double: what Labs 2–3
/// had you write, given from Lab 4 on. PyTorch's layout: <c>W_ih</c> (G·H × I), <c>W_hh</c> (G·H × H),
/// <c>b_ih</c>, <c>b_hh</c> (G·H), gate blocks stacked by rows; batch rows; h(−1) = c(−1) = 0.
/// </summary>
public sealed class RecurrentLayer
{
    /// <summary>A layer with the given tensors (held, not copied: the model updates them in place).</summary>
    public RecurrentLayer(RecurrentCell cell, ElmanActivation activation, Matrix<double> weightIh, Matrix<double> weightHh,
                          Vector<double> biasIh, Vector<double> biasHh)
    {
        ArgumentNullException.ThrowIfNull(weightIh);
        ArgumentNullException.ThrowIfNull(weightHh);
        (Cell, Activation, Hidden) = (cell, activation, weightHh.ColumnCount);
        int gates = new NetworkSpec(cell, Hidden).Gates;
        Require.Shape(weightHh, gates * Hidden, Hidden, nameof(weightHh));
        Require.Shape(weightIh, gates * Hidden, weightIh.ColumnCount, nameof(weightIh));
        Require.Length(biasIh, gates * Hidden, nameof(biasIh));
        Require.Length(biasHh, gates * Hidden, nameof(biasHh));
        (WeightIh, WeightHh, BiasIh, BiasHh) = (weightIh, weightHh, biasIh, biasHh);
    }

    /// <summary>The cell.</summary>
    public RecurrentCell Cell { get; }

    /// <summary>f of an Elman layer.</summary>
    public ElmanActivation Activation { get; }

    /// <summary>H.</summary>
    public int Hidden { get; }

    /// <summary>W_ih, G·H × I.</summary>
    public Matrix<double> WeightIh { get; }

    /// <summary>W_hh, G·H × H.</summary>
    public Matrix<double> WeightHh { get; }

    /// <summary>b_ih.</summary>
    public Vector<double> BiasIh { get; }

    /// <summary>b_hh.</summary>
    public Vector<double> BiasHh { get; }

    /// <summary>Runs the layer over <paramref name="xs"/> (T steps, each batch × I) from zero states.</summary>
    public LayerRun Forward(IReadOnlyList<Matrix<double>> xs)
    {
        ArgumentNullException.ThrowIfNull(xs);
        if (xs.Count == 0)
            throw new ArgumentException("The sequence must have at least one step.", nameof(xs));
        int batch = xs[0].RowCount;
        return Forward(xs, Matrix<double>.Build.Dense(batch, Hidden), Matrix<double>.Build.Dense(batch, Hidden));
    }

    /// <summary>Runs the layer over <paramref name="xs"/> from the states <paramref name="h0"/> and <paramref name="c0"/>
    /// (batch × H each; <paramref name="c0"/> is read by the LSTM only): an encoder hands its final states to a decoder this way.</summary>
    /// <exception cref="ArgumentException">A step or a state has the wrong shape (the exception names it).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LayerRun Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0, Matrix<double> c0)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(h0);
        ArgumentNullException.ThrowIfNull(c0);
        if (xs.Count == 0)
            throw new ArgumentException("The sequence must have at least one step.", nameof(xs));
        int batch = h0.RowCount;
        Require.Shape(h0, batch, Hidden, nameof(h0));
        Require.Shape(c0, batch, Hidden, nameof(c0));
        var (h, c) = (h0, c0);
        var steps = new LayerStep[xs.Count];
        for (int t = 0; t < xs.Count; t++)
        {
            Require.Shape(xs[t], batch, WeightIh.ColumnCount, $"{nameof(xs)}[{t}]");
            steps[t] = Step(xs[t], h, c);
            (h, c) = (steps[t].H, steps[t].C);
        }
        return new LayerRun(steps);
    }

    /// <summary>
    /// Backpropagation through time from <paramref name="dOutputs"/>[t] = ∂L/∂h(t) from outside the layer;
    /// returns ∂L/∂x(t) and adds this run's parameter gradients to <paramref name="into"/> (same layout as the layer).
    /// </summary>
    public IReadOnlyList<Matrix<double>> Backward(IReadOnlyList<Matrix<double>> dOutputs, LayerRun run, RecurrentLayer into)
    {
        ArgumentNullException.ThrowIfNull(into);
        return Backpropagate(dOutputs, run, into).DInputs;
    }

    /// <summary>
    /// The backward pass of <see cref="Backward"/>, which also returns the total ∂L/∂h(t) of every step and
    /// ∂L/∂h of the initial state (what an encoder receives from its decoder); it adds the parameter gradients
    /// to <paramref name="into"/> unless that is null. (An LSTM's ∂L/∂c of the initial state is not returned.)
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="dOutputs"/> does not hold one gradient per step.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="dOutputs"/> or <paramref name="run"/> is null.</exception>
    public LayerRunGradients Backpropagate(IReadOnlyList<Matrix<double>> dOutputs, LayerRun run, RecurrentLayer? into)
    {
        ArgumentNullException.ThrowIfNull(dOutputs);
        ArgumentNullException.ThrowIfNull(run);
        int timeSteps = run.Steps.Count;
        if (dOutputs.Count != timeSteps)
            throw new ArgumentException($"{nameof(dOutputs)} must hold {timeSteps} gradients, one per step, but holds {dOutputs.Count}.", nameof(dOutputs));
        var dXs = new Matrix<double>[timeSteps];
        var dHidden = new Matrix<double>[timeSteps];
        var dH = Matrix<double>.Build.Dense(run.Steps[0].H.RowCount, Hidden);
        var dC = dH.Clone();
        for (int t = timeSteps - 1; t >= 0; t--)
        {
            var s = run.Steps[t];
            dHidden[t] = dOutputs[t] + dH;
            var (dAx, dAh, dHDirect, dCPrev) = StepBackward(dHidden[t], dC, s);
            if (into is not null)
            {
                into.WeightIh.Add(dAx.TransposeThisAndMultiply(s.X), into.WeightIh);
                into.WeightHh.Add(dAh.TransposeThisAndMultiply(s.HPrev), into.WeightHh);
                into.BiasIh.Add(dAx.ColumnSums(), into.BiasIh);
                into.BiasHh.Add(dAh.ColumnSums(), into.BiasHh);
            }
            dXs[t] = dAx * WeightIh;
            dH = dAh * WeightHh + dHDirect;
            dC = dCPrev;
        }
        return new LayerRunGradients(dXs, dHidden, dH);
    }

    private LayerStep Step(Matrix<double> x, Matrix<double> h, Matrix<double> c)
    {
        var ax = x.TransposeAndMultiply(WeightIh).MapIndexed((_, j, v) => v + BiasIh[j]);
        var ah = h.TransposeAndMultiply(WeightHh).MapIndexed((_, j, v) => v + BiasHh[j]);
        switch (Cell)
        {
            case RecurrentCell.Lstm:
            {
                var a = ax + ah;
                var (i, f, g, o) = (Sigmoid(Block(a, 0)), Sigmoid(Block(a, 1)), Block(a, 2).PointwiseTanh(), Sigmoid(Block(a, 3)));
                var cNext = f.PointwiseMultiply(c) + i.PointwiseMultiply(g);
                return new LayerStep(x, h, c, i.Append(f).Append(g).Append(o), ah, o.PointwiseMultiply(cNext.PointwiseTanh()), cNext);
            }
            case RecurrentCell.Gru:
            {
                var r = Sigmoid(Block(ax, 0) + Block(ah, 0));
                var z = Sigmoid(Block(ax, 1) + Block(ah, 1));
                var n = (Block(ax, 2) + r.PointwiseMultiply(Block(ah, 2))).PointwiseTanh();
                var hNext = n - z.PointwiseMultiply(n) + z.PointwiseMultiply(h);
                return new LayerStep(x, h, c, r.Append(z).Append(n), ah, hNext, c);
            }
            default:
            {
                var hNext = (ax + ah).Map(Activation switch
                {
                    ElmanActivation.Relu => a => Math.Max(0, a),
                    ElmanActivation.Logistic => Sigmoid,
                    _ => (Func<double, double>)Math.Tanh,
                });
                return new LayerStep(x, h, c, hNext, ah, hNext, c);
            }
        }
    }

    // ∂L/∂(input pre-activation), ∂L/∂(hidden pre-activation), the part of ∂L/∂h(t−1) that skips W_hh, ∂L/∂c(t−1).
    private (Matrix<double> DAx, Matrix<double> DAh, Matrix<double> DHDirect, Matrix<double> DCPrev) StepBackward(
        Matrix<double> dHNext, Matrix<double> dCNext, LayerStep s)
    {
        var zero = Matrix<double>.Build.Dense(dHNext.RowCount, Hidden);
        switch (Cell)
        {
            case RecurrentCell.Lstm:
            {
                var (i, f, g, o) = (Block(s.Gates, 0), Block(s.Gates, 1), Block(s.Gates, 2), Block(s.Gates, 3));
                var tc = s.C.PointwiseTanh();
                var dc = dCNext + dHNext.PointwiseMultiply(o).PointwiseMultiply(1 - tc.PointwiseMultiply(tc));
                var dA = dc.PointwiseMultiply(g).PointwiseMultiply(SigmoidSlope(i))
                    .Append(dc.PointwiseMultiply(s.CPrev).PointwiseMultiply(SigmoidSlope(f)))
                    .Append(dc.PointwiseMultiply(i).PointwiseMultiply(1 - g.PointwiseMultiply(g)))
                    .Append(dHNext.PointwiseMultiply(tc).PointwiseMultiply(SigmoidSlope(o)));
                return (dA, dA, zero, dc.PointwiseMultiply(f));
            }
            case RecurrentCell.Gru:
            {
                var (r, z, n) = (Block(s.Gates, 0), Block(s.Gates, 1), Block(s.Gates, 2));
                var dAn = dHNext.PointwiseMultiply(1 - z).PointwiseMultiply(1 - n.PointwiseMultiply(n));
                var dAr = dAn.PointwiseMultiply(Block(s.HiddenProduct, 2)).PointwiseMultiply(SigmoidSlope(r));
                var dAz = dHNext.PointwiseMultiply(s.HPrev - n).PointwiseMultiply(SigmoidSlope(z));
                return (dAr.Append(dAz).Append(dAn), dAr.Append(dAz).Append(dAn.PointwiseMultiply(r)), dHNext.PointwiseMultiply(z), zero);
            }
            default:
            {
                var slope = s.H.Map(Activation switch
                {
                    ElmanActivation.Relu => h => h > 0 ? 1.0 : 0.0,
                    ElmanActivation.Logistic => h => h * (1 - h),
                    _ => (Func<double, double>)(h => 1 - h * h),
                });
                var dA = dHNext.PointwiseMultiply(slope);
                return (dA, dA, zero, zero);
            }
        }
    }

    private Matrix<double> Block(Matrix<double> a, int gate) => a.SubMatrix(0, a.RowCount, gate * Hidden, Hidden);

    private static double Sigmoid(double a) => a >= 0 ? 1 / (1 + Math.Exp(-a)) : Math.Exp(a) / (1 + Math.Exp(a));

    private static Matrix<double> Sigmoid(Matrix<double> a) => a.Map(Sigmoid);

    private static Matrix<double> SigmoidSlope(Matrix<double> s) => s.PointwiseMultiply(1 - s);
}

/// <summary>One step's cache: its input, the states it read, its gates (activated, blocks side by side), the hidden
/// product <c>h·W_hhᵀ + b_hh</c> (the GRU's backward needs it), and the states it wrote.</summary>
public sealed record LayerStep(Matrix<double> X, Matrix<double> HPrev, Matrix<double> CPrev, Matrix<double> Gates,
                               Matrix<double> HiddenProduct, Matrix<double> H, Matrix<double> C);

/// <summary>What <see cref="RecurrentLayer.Backpropagate"/> returns: ∂L/∂x(t), the total ∂L/∂h(t), and ∂L/∂h of the initial state.</summary>
/// <param name="DInputs">∂L/∂x(t), each batch × I.</param>
/// <param name="DHidden">The total ∂L/∂h(t), each batch × H.</param>
/// <param name="DH0">∂L/∂h(−1), batch × H.</param>
public sealed record LayerRunGradients(IReadOnlyList<Matrix<double>> DInputs, IReadOnlyList<Matrix<double>> DHidden, Matrix<double> DH0);

/// <summary>A layer's run over a sequence: one cache per step.</summary>
/// <param name="Steps">The caches, t = 0 … T − 1.</param>
public sealed record LayerRun(IReadOnlyList<LayerStep> Steps)
{
    /// <summary>The hidden states h(0) … h(T − 1).</summary>
    public IReadOnlyList<Matrix<double>> Hidden => Steps.Select(s => s.H).ToArray();
}
