using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>The gradient of the loss with respect to one recurrent layer's <c>U</c>, <c>W</c> and <c>b</c>.</summary>
public sealed record LayerGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="du"><c>∂J/∂U</c>, hidden × input.</param>
    /// <param name="dw"><c>∂J/∂W</c>, hidden × hidden.</param>
    /// <param name="db"><c>∂J/∂b</c>, length hidden.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public LayerGradients(Matrix<double> du, Matrix<double> dw, Vector<double> db)
    {
        Require.Finite(du, nameof(du));
        Require.Shape(dw, du.RowCount, du.RowCount, nameof(dw));
        Require.Finite(dw, nameof(dw));
        Require.Length(db, du.RowCount, nameof(db));
        Require.Finite(db, nameof(db));
        (DU, DW, DB) = (du, dw, db);
    }

    /// <summary><c>∂J/∂U</c>, hidden × input.</summary>
    public Matrix<double> DU { get; }

    /// <summary><c>∂J/∂W</c>, hidden × hidden.</summary>
    public Matrix<double> DW { get; }

    /// <summary><c>∂J/∂b</c>, length hidden.</summary>
    public Vector<double> DB { get; }
}
