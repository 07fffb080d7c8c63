using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradient of the loss with respect to every parameter of a Jordan network and to the initial
/// output <c>o0 = o(−1)</c> that the first step reads.
/// </summary>
public sealed record JordanGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="du"><c>∂J/∂U</c>, hidden × input.</param>
    /// <param name="dw"><c>∂J/∂W</c>, hidden × output.</param>
    /// <param name="dv"><c>∂J/∂V</c>, output × hidden.</param>
    /// <param name="db"><c>∂J/∂b</c>, length hidden.</param>
    /// <param name="dc"><c>∂J/∂c</c>, length output.</param>
    /// <param name="do0"><c>∂J/∂o0</c>, batch × output.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public JordanGradients(Matrix<double> du, Matrix<double> dw, Matrix<double> dv, Vector<double> db, Vector<double> dc, Matrix<double> do0)
    {
        Require.Finite(du, nameof(du));
        Require.WeightColumns(dv, du.RowCount, nameof(dv), "one column per hidden unit");
        Require.Finite(dv, nameof(dv));
        Require.Shape(dw, du.RowCount, dv.RowCount, nameof(dw));
        Require.Finite(dw, nameof(dw));
        Require.Length(db, du.RowCount, nameof(db));
        Require.Finite(db, nameof(db));
        Require.Length(dc, dv.RowCount, nameof(dc));
        Require.Finite(dc, nameof(dc));
        Require.Columns(do0, dv.RowCount, nameof(do0), "one column per output");
        Require.Finite(do0, nameof(do0));
        (DU, DW, DV, DB, DC, DO0) = (du, dw, dv, db, dc, do0);
    }

    /// <summary><c>∂J/∂U</c>, hidden × input.</summary>
    public Matrix<double> DU { get; }

    /// <summary><c>∂J/∂W</c>, hidden × output.</summary>
    public Matrix<double> DW { get; }

    /// <summary><c>∂J/∂V</c>, output × hidden.</summary>
    public Matrix<double> DV { get; }

    /// <summary><c>∂J/∂b</c>, length hidden.</summary>
    public Vector<double> DB { get; }

    /// <summary><c>∂J/∂c</c>, length output.</summary>
    public Vector<double> DC { get; }

    /// <summary><c>∂J/∂o0</c>, batch × output.</summary>
    public Matrix<double> DO0 { get; }
}
