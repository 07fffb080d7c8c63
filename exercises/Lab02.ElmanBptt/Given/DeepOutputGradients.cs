using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradient of the loss with respect to every parameter of a deep-output RNN and to the initial
/// hidden state, each with its parameter's shape (see <see cref="DeepOutputParameters"/>).
/// </summary>
public sealed record DeepOutputGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="du"><c>∂J/∂U</c>, hidden × input.</param>
    /// <param name="dw"><c>∂J/∂W</c>, hidden × hidden.</param>
    /// <param name="db"><c>∂J/∂b</c>, length hidden.</param>
    /// <param name="dv"><c>∂J/∂V</c>, inner × hidden.</param>
    /// <param name="dc"><c>∂J/∂c</c>, length inner.</param>
    /// <param name="dv2"><c>∂J/∂V2</c>, output × inner.</param>
    /// <param name="dc2"><c>∂J/∂c2</c>, length output.</param>
    /// <param name="dh0"><c>∂J/∂h0</c>, batch × hidden.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public DeepOutputGradients(Matrix<double> du, Matrix<double> dw, Vector<double> db,
        Matrix<double> dv, Vector<double> dc, Matrix<double> dv2, Vector<double> dc2, Matrix<double> dh0)
    {
        Require.Finite(du, nameof(du));
        Require.Shape(dw, du.RowCount, du.RowCount, nameof(dw));
        Require.Finite(dw, nameof(dw));
        Require.Length(db, du.RowCount, nameof(db));
        Require.Finite(db, nameof(db));
        Require.WeightColumns(dv, du.RowCount, nameof(dv), "one column per hidden unit");
        Require.Finite(dv, nameof(dv));
        Require.Length(dc, dv.RowCount, nameof(dc));
        Require.Finite(dc, nameof(dc));
        Require.WeightColumns(dv2, dv.RowCount, nameof(dv2), "one column per inner unit");
        Require.Finite(dv2, nameof(dv2));
        Require.Length(dc2, dv2.RowCount, nameof(dc2));
        Require.Finite(dc2, nameof(dc2));
        Require.Columns(dh0, du.RowCount, nameof(dh0), "one column per hidden unit");
        Require.Finite(dh0, nameof(dh0));
        (DU, DW, DB, DV, DC, DV2, DC2, DH0) = (du, dw, db, dv, dc, dv2, dc2, dh0);
    }

    /// <summary><c>∂J/∂U</c>, hidden × input.</summary>
    public Matrix<double> DU { get; }

    /// <summary><c>∂J/∂W</c>, hidden × hidden.</summary>
    public Matrix<double> DW { get; }

    /// <summary><c>∂J/∂b</c>, length hidden.</summary>
    public Vector<double> DB { get; }

    /// <summary><c>∂J/∂V</c>, inner × hidden.</summary>
    public Matrix<double> DV { get; }

    /// <summary><c>∂J/∂c</c>, length inner.</summary>
    public Vector<double> DC { get; }

    /// <summary><c>∂J/∂V2</c>, output × inner.</summary>
    public Matrix<double> DV2 { get; }

    /// <summary><c>∂J/∂c2</c>, length output.</summary>
    public Vector<double> DC2 { get; }

    /// <summary><c>∂J/∂h0</c>, batch × hidden.</summary>
    public Matrix<double> DH0 { get; }
}
