using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab03;

/// <summary>Reference solution of Tasks 11–12: a GRU layer over a sequence, and backpropagation through time.</summary>
public sealed class GruLayer
{
    /// <summary>A layer whose every time step uses the same parameters and reset placement.</summary>
    public GruLayer(GruParameters parameters, ResetPlacement placement = ResetPlacement.AfterHiddenProduct)
    {
        Cell = new GruCell(parameters, placement);
    }

    /// <summary>The cell every time step runs.</summary>
    public GruCell Cell { get; }

    /// <summary>The layer's parameters, shared by every time step.</summary>
    public GruParameters Parameters => Cell.Parameters;

    /// <summary>Where the reset gate meets the hidden product.</summary>
    public ResetPlacement Placement => Cell.Placement;

    /// <summary>Runs the cell over <paramref name="xs"/> from h0, caching every step.</summary>
    public GruSequence Forward(IReadOnlyList<Matrix<double>> xs, Matrix<double> h0)
    {
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which BadInputTests checks
        var batch = RequireSequence.Steps(xs, Parameters.InputSize, nameof(xs), "one column per input");
        Require.Shape(h0, batch, Parameters.HiddenSize, nameof(h0));

        int timeSteps = xs.Count;
        var steps = new GruStep[timeSteps];
        var h = h0;
        for (int t = 0; t < timeSteps; t++)
        {
            steps[t] = Cell.Forward(xs[t], h);
            h = steps[t].HNext;
        }
        return new GruSequence(steps);
    }

    /// <summary>Backpropagation through time from ∂L/∂h(t) at every step's output.</summary>
    public GruSequenceGradients Backward(IReadOnlyList<Matrix<double>> dOutputs, GruSequence sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        // Stryker disable once String : the hint after the shape is the student's wording; the XML docs promise only the argument's name and shape, which BadInputTests checks
        RequireSequence.ShapedLike(dOutputs, sequence.Hidden, nameof(dOutputs), "one gradient per output");

        int timeSteps = sequence.Length;
        var last = sequence.Steps[timeSteps - 1].HNext;
        var dHRecurrent = Matrix<double>.Build.Dense(last.RowCount, last.ColumnCount);
        var dParameters = ParameterGradients.Zeros(Parameters);
        var dX = new Matrix<double>[timeSteps];
        var dHidden = new Matrix<double>[timeSteps];
        for (int t = timeSteps - 1; t >= 0; t--)
        {
            dHidden[t] = dOutputs[t] + dHRecurrent;
            var step = Cell.Backward(dHidden[t], sequence.Steps[t]);
            dParameters += step.Parameters;
            dX[t] = step.DX;
            dHRecurrent = step.DH;
        }
        return new GruSequenceGradients(dParameters, dX, dHidden, dHRecurrent);
    }
}
