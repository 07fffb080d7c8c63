using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradients of one step of the hidden layer (chapter 2, "One step backward"): with respect to the
/// step's input <c>X(t)</c>, the previous state <c>H(t−1)</c> and the layer's <c>U</c>, <c>W</c> and <c>b</c>.
/// What CS231n's <c>rnn_step_backward</c> and DLS's <c>rnn_cell_backward</c> return.
/// </summary>
public sealed record StepGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="dx"><c>∂J/∂X(t)</c>, batch × input.</param>
    /// <param name="dhPrevious"><c>∂J/∂H(t−1)</c>, batch × hidden.</param>
    /// <param name="du"><c>∂J/∂U</c> from this step, hidden × input.</param>
    /// <param name="dw"><c>∂J/∂W</c> from this step, hidden × hidden.</param>
    /// <param name="db"><c>∂J/∂b</c> from this step, length hidden.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public StepGradients(Matrix<double> dx, Matrix<double> dhPrevious, Matrix<double> du, Matrix<double> dw, Vector<double> db)
    {
        Layer = new LayerGradients(du, dw, db);
        Require.Columns(dx, du.ColumnCount, nameof(dx), "one column per input");
        Require.Finite(dx, nameof(dx));
        Require.Shape(dhPrevious, dx.RowCount, du.RowCount, nameof(dhPrevious));
        Require.Finite(dhPrevious, nameof(dhPrevious));
        (DX, DHPrevious) = (dx, dhPrevious);
    }

    /// <summary><c>∂J/∂X(t)</c>, batch × input.</summary>
    public Matrix<double> DX { get; }

    /// <summary><c>∂J/∂H(t−1)</c>, batch × hidden: what this step sends back to the step before.</summary>
    public Matrix<double> DHPrevious { get; }

    /// <summary><c>∂J/∂U</c>, <c>∂J/∂W</c> and <c>∂J/∂b</c> from this step alone.</summary>
    public LayerGradients Layer { get; }

    /// <summary><c>∂J/∂U</c> from this step, hidden × input.</summary>
    public Matrix<double> DU => Layer.DU;

    /// <summary><c>∂J/∂W</c> from this step, hidden × hidden.</summary>
    public Matrix<double> DW => Layer.DW;

    /// <summary><c>∂J/∂b</c> from this step, length hidden.</summary>
    public Vector<double> DB => Layer.DB;
}
