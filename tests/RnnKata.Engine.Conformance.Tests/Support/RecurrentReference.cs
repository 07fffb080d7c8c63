using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;
using RnnKata.Lab02;
using RnnKata.Lab03;

namespace RnnKata.Engine.Conformance.Tests.Support;

/// <summary>What the double-precision labs say a recurrent layer's forward and backward passes give.</summary>
public sealed record RecurrentExpectation(
    double[] Hidden, double[]? Cell,
    double[] DWeightIh, double[] DWeightHh, double[] DBiasIh, double[] DBiasHh,
    double[] DInputs, double[] DInitialHidden, double[]? DInitialCell);

/// <summary>
/// The reference: Lab 3's <see cref="LstmCell"/> and <see cref="GruLayer"/> (PyTorch's equations),
/// and Lab 2's <see cref="ElmanNetwork"/> with V = I and c = 0 so that its outputs are the hidden
/// states (its single bias b stands for b_ih + b_hh, so both bias gradients equal ∂J/∂b). Lab 2 does
/// not return ∂J/∂x, so for Elman that one comes from central differences of Lab 2's forward pass.
/// Lab 2 has no logistic activation: the logistic Elman cell is checked against Lab 4's given
/// <see cref="RecurrentLayer"/> instead.
/// </summary>
public static class RecurrentReference
{
    /// <summary>The expected forward outputs and gradients of <paramref name="problem"/>.</summary>
    public static RecurrentExpectation Solve(RecurrentProblem problem) => problem.Shape.Cell switch
    {
        CellKind.Lstm => Lstm(problem),
        CellKind.Gru => Gru(problem),
        CellKind.ElmanLogistic => LogisticElman(problem),
        _ => Elman(problem),
    };

    private static (Matrix<double> Wih, Matrix<double> Whh, Vector<double> Bih, Vector<double> Bhh) Tensors(RecurrentProblem p)
    {
        var s = p.Shape;
        var o = p.Offsets;
        var rows = s.Gates * s.Hidden;
        return (HostData.Matrix(p.Parameters, rows, s.Input, o.WeightIh), HostData.Matrix(p.Parameters, rows, s.Hidden, o.WeightHh),
                HostData.Vector(p.Parameters, rows, o.BiasIh), HostData.Vector(p.Parameters, rows, o.BiasHh));
    }

    private static Matrix<double> State(float[]? values, int batch, int hidden) =>
        values is null ? Matrix<double>.Build.Dense(batch, hidden) : HostData.Matrix(values, batch, hidden);

    private static RecurrentExpectation Lstm(RecurrentProblem p)
    {
        var (wih, whh, bih, bhh) = Tensors(p);
        var cell = new LstmCell(new LstmParameters(wih, whh, bih, bhh));
        var xs = HostData.Sequence(p.Inputs, p.Steps, p.Batch, p.Shape.Input);
        var dOut = HostData.Sequence(p.OutputGradients, p.Steps, p.Batch, p.Shape.Hidden);
        var h = State(p.InitialHidden, p.Batch, p.Shape.Hidden);
        var c = State(p.InitialCell, p.Batch, p.Shape.Hidden);
        var steps = new List<LstmStep>();
        foreach (var x in xs)
        {
            var step = cell.Forward(x, h, c);
            steps.Add(step);
            (h, c) = (step.HNext, step.CNext);
        }

        var dh = Matrix<double>.Build.Dense(p.Batch, p.Shape.Hidden);
        var dc = State(p.LastCellGradient, p.Batch, p.Shape.Hidden);
        var total = ParameterGradients.Zeros(cell.Parameters);
        var dxs = new Matrix<double>[p.Steps];
        for (var t = p.Steps - 1; t >= 0; t--)
        {
            var g = cell.Backward(dh + dOut[t], dc, steps[t]);
            total += g.Parameters;
            (dxs[t], dh, dc) = (g.DX, g.DH, g.DC);
        }
        return new RecurrentExpectation(
            HostData.Flat(steps.Select(s => s.HNext)), HostData.Flat(steps.Select(s => s.CNext)),
            HostData.Flat(total.DWeightIh), HostData.Flat(total.DWeightHh), total.DBiasIh.ToArray(), total.DBiasHh.ToArray(),
            HostData.Flat(dxs), HostData.Flat(dh), HostData.Flat(dc));
    }

    private static RecurrentExpectation Gru(RecurrentProblem p)
    {
        var (wih, whh, bih, bhh) = Tensors(p);
        var layer = new GruLayer(new GruParameters(wih, whh, bih, bhh), ResetPlacement.AfterHiddenProduct);
        var xs = HostData.Sequence(p.Inputs, p.Steps, p.Batch, p.Shape.Input);
        var forward = layer.Forward(xs, State(p.InitialHidden, p.Batch, p.Shape.Hidden));
        var backward = layer.Backward(HostData.Sequence(p.OutputGradients, p.Steps, p.Batch, p.Shape.Hidden), forward);
        var g = backward.Parameters;
        return new RecurrentExpectation(
            HostData.Flat(forward.Hidden), null,
            HostData.Flat(g.DWeightIh), HostData.Flat(g.DWeightHh), g.DBiasIh.ToArray(), g.DBiasHh.ToArray(),
            HostData.Flat(backward.DX), HostData.Flat(backward.DH0), null);
    }

    private static RecurrentExpectation Elman(RecurrentProblem p)
    {
        var (wih, whh, bih, bhh) = Tensors(p);
        var hidden = p.Shape.Hidden;
        var parameters = new ElmanParameters(
            wih, whh, bih + bhh, Matrix<double>.Build.DenseIdentity(hidden), Vector<double>.Build.Dense(hidden));
        var activation = p.Shape.Cell == CellKind.ElmanRelu ? Activation.Relu : Activation.Tanh;
        var xs = HostData.Sequence(p.Inputs, p.Steps, p.Batch, p.Shape.Input);
        var h0 = State(p.InitialHidden, p.Batch, hidden);
        var dOut = HostData.Sequence(p.OutputGradients, p.Steps, p.Batch, hidden);
        var trace = ElmanNetwork.Forward(xs, h0, parameters, activation);
        var g = ElmanNetwork.Backward(trace, dOut, parameters);

        // ∂J/∂x by central differences of J = Σ_t ⟨dOut_t, h_t⟩ through Lab 2's forward pass.
        double J(Matrix<double>[] inputs) =>
            ElmanNetwork.Forward(inputs, h0, parameters, activation).Hidden.Select((h, t) => h.PointwiseMultiply(dOut[t]).Enumerate().Sum()).Sum();
        const double step = 1e-6;
        var dxs = xs.Select(x => Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount)).ToArray();
        for (var t = 0; t < xs.Length; t++)
            for (var r = 0; r < p.Batch; r++)
                for (var i = 0; i < p.Shape.Input; i++)
                {
                    var original = xs[t][r, i];
                    xs[t][r, i] = original + step;
                    var plus = J(xs);
                    xs[t][r, i] = original - step;
                    var minus = J(xs);
                    xs[t][r, i] = original;
                    dxs[t][r, i] = (plus - minus) / (2 * step);
                }

        var db = g.Parameters.B.ToArray();
        return new RecurrentExpectation(
            HostData.Flat(trace.Hidden), null, HostData.Flat(g.Parameters.U), HostData.Flat(g.Parameters.W), db, db,
            HostData.Flat(dxs), HostData.Flat(g.DH0), null);
    }

    // Lab 4's given layer always starts from h_0 = 0. A given h_0 reaches the loss only through step 0's h_0·W_hhᵀ,
    // so it is fed as H extra input columns at step 0 (zeros at later steps) with W_ih widened to [W_ih | W_hh]:
    // the extra columns of ∂x_0 are then ∂h_0, and those of ∂W_ih are step 0's share of ∂W_hh.
    private static RecurrentExpectation LogisticElman(RecurrentProblem p)
    {
        var (wih, whh, bih, bhh) = Tensors(p);
        var (input, hidden, batch) = (p.Shape.Input, p.Shape.Hidden, p.Batch);
        var h0 = State(p.InitialHidden, batch, hidden);
        var layer = new RecurrentLayer(RecurrentCell.Elman, ElmanActivation.Logistic, wih.Append(whh), whh, bih, bhh);
        var xs = HostData.Sequence(p.Inputs, p.Steps, batch, input)
            .Select((x, t) => x.Append(t == 0 ? h0 : Matrix<double>.Build.Dense(batch, hidden)))
            .ToArray();
        var run = layer.Forward(xs);
        var sums = new RecurrentLayer(
            RecurrentCell.Elman, ElmanActivation.Logistic, Matrix<double>.Build.Dense(hidden, input + hidden), Matrix<double>.Build.Dense(hidden, hidden),
            Vector<double>.Build.Dense(hidden), Vector<double>.Build.Dense(hidden));
        var dxs = layer.Backward(HostData.Sequence(p.OutputGradients, p.Steps, batch, hidden), run, sums);

        var dWhh = sums.WeightHh + sums.WeightIh.SubMatrix(0, hidden, input, hidden);
        return new RecurrentExpectation(
            HostData.Flat(run.Hidden), null,
            HostData.Flat(sums.WeightIh.SubMatrix(0, hidden, 0, input)), HostData.Flat(dWhh), sums.BiasIh.ToArray(), sums.BiasHh.ToArray(),
            HostData.Flat(dxs.Select(dx => dx.SubMatrix(0, batch, 0, input))), HostData.Flat(dxs[0].SubMatrix(0, batch, input, hidden)), null);
    }
}
