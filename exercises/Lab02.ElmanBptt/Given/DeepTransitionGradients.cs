using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradient of the loss with respect to every parameter of a deep-transition RNN and to the
/// initial hidden state, each with its parameter's shape (see <see cref="DeepTransitionParameters"/>).
/// </summary>
public sealed record DeepTransitionGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="du"><c>∂J/∂U</c>, inner × input.</param>
    /// <param name="dw"><c>∂J/∂W</c>, inner × hidden.</param>
    /// <param name="db"><c>∂J/∂b</c>, length inner.</param>
    /// <param name="du2"><c>∂J/∂U2</c>, hidden × inner.</param>
    /// <param name="db2"><c>∂J/∂b2</c>, length hidden.</param>
    /// <param name="dv"><c>∂J/∂V</c>, output × hidden.</param>
    /// <param name="dc"><c>∂J/∂c</c>, length output.</param>
    /// <param name="dh0"><c>∂J/∂h0</c>, batch × hidden.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public DeepTransitionGradients(Matrix<double> du, Matrix<double> dw, Vector<double> db,
        Matrix<double> du2, Vector<double> db2, Matrix<double> dv, Vector<double> dc, Matrix<double> dh0)
    {
        Require.Finite(du, nameof(du));
        Require.WeightColumns(du2, du.RowCount, nameof(du2), "one column per inner unit");
        Require.Finite(du2, nameof(du2));
        Require.Shape(dw, du.RowCount, du2.RowCount, nameof(dw));
        Require.Finite(dw, nameof(dw));
        Require.Length(db, du.RowCount, nameof(db));
        Require.Finite(db, nameof(db));
        Require.Length(db2, du2.RowCount, nameof(db2));
        Require.Finite(db2, nameof(db2));
        Require.WeightColumns(dv, du2.RowCount, nameof(dv), "one column per hidden unit");
        Require.Finite(dv, nameof(dv));
        Require.Length(dc, dv.RowCount, nameof(dc));
        Require.Finite(dc, nameof(dc));
        Require.Columns(dh0, du2.RowCount, nameof(dh0), "one column per hidden unit");
        Require.Finite(dh0, nameof(dh0));
        (DU, DW, DB, DU2, DB2, DV, DC, DH0) = (du, dw, db, du2, db2, dv, dc, dh0);
    }

    /// <summary><c>∂J/∂U</c>, inner × input.</summary>
    public Matrix<double> DU { get; }

    /// <summary><c>∂J/∂W</c>, inner × hidden.</summary>
    public Matrix<double> DW { get; }

    /// <summary><c>∂J/∂b</c>, length inner.</summary>
    public Vector<double> DB { get; }

    /// <summary><c>∂J/∂U2</c>, hidden × inner.</summary>
    public Matrix<double> DU2 { get; }

    /// <summary><c>∂J/∂b2</c>, length hidden.</summary>
    public Vector<double> DB2 { get; }

    /// <summary><c>∂J/∂V</c>, output × hidden.</summary>
    public Matrix<double> DV { get; }

    /// <summary><c>∂J/∂c</c>, length output.</summary>
    public Vector<double> DC { get; }

    /// <summary><c>∂J/∂h0</c>, batch × hidden.</summary>
    public Matrix<double> DH0 { get; }
}
