using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradients of one step of the hidden layer (chapter 2, "One step backward"): with respect to the
/// layer's <c>U</c>, <c>W</c> and <c>b</c>, the previous state <c>H(t−1)</c> and the step's input <c>X(t)</c>.
/// What CS231n's <c>rnn_step_backward</c> and DLS's <c>rnn_cell_backward</c> return.
/// </summary>
public sealed record StepGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="parameters"><c>∂J/∂U</c>, <c>∂J/∂W</c> and <c>∂J/∂b</c> from this step, in a layer of the same shapes.</param>
    /// <param name="dhPrevious"><c>∂J/∂H(t−1)</c>, batch × hidden.</param>
    /// <param name="dx"><c>∂J/∂X(t)</c>, batch × input.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public StepGradients(LayerParameters parameters, Matrix<double> dhPrevious, Matrix<double> dx)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.Columns(dx, parameters.Inputs, nameof(dx), "one column per input");
        Require.Finite(dx, nameof(dx));
        Require.Shape(dhPrevious, dx.RowCount, parameters.Hidden, nameof(dhPrevious));
        Require.Finite(dhPrevious, nameof(dhPrevious));
        (Parameters, DHPrevious, DX) = (parameters, dhPrevious, dx);
    }

    /// <summary><c>∂J/∂U</c>, <c>∂J/∂W</c> and <c>∂J/∂b</c> from this step alone: <c>Parameters.U</c> is <c>∂J/∂U</c>.</summary>
    public LayerParameters Parameters { get; }

    /// <summary><c>∂J/∂H(t−1)</c>, batch × hidden: what this step sends back to the step before.</summary>
    public Matrix<double> DHPrevious { get; }

    /// <summary><c>∂J/∂X(t)</c>, batch × input.</summary>
    public Matrix<double> DX { get; }
}
