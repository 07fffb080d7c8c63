using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab02;

/// <summary>
/// The gradient of the loss <c>J</c> with respect to every parameter of an Elman network, each with
/// its parameter's shape, and with respect to the initial hidden state <c>h0</c>.
/// </summary>
public sealed record ElmanGradients
{
    /// <summary>Checks that the shapes fit together and holds the gradients.</summary>
    /// <param name="du"><c>∂J/∂U</c>, hidden × input.</param>
    /// <param name="dw"><c>∂J/∂W</c>, hidden × hidden.</param>
    /// <param name="dv"><c>∂J/∂V</c>, output × hidden.</param>
    /// <param name="db"><c>∂J/∂b</c>, length hidden.</param>
    /// <param name="dc"><c>∂J/∂c</c>, length output.</param>
    /// <param name="dh0"><c>∂J/∂h0</c>, batch × hidden.</param>
    /// <param name="dxs"><c>∂J/∂X(t)</c> for t = 0 … T−1, each batch × input: what a layer below (or an
    /// embedding) would receive. Leave it out for gradients that have no inputs to go back to, such as
    /// hand-made gradients for clipping or SGD; <see cref="DXs"/> is then empty.</param>
    /// <exception cref="ArgumentException">The shapes do not fit together, or an entry is NaN or infinite.</exception>
    public ElmanGradients(Matrix<double> du, Matrix<double> dw, Matrix<double> dv, Vector<double> db, Vector<double> dc, Matrix<double> dh0,
        IReadOnlyList<Matrix<double>>? dxs = null)
    {
        Require.Finite(du, nameof(du));
        Require.Shape(dw, du.RowCount, du.RowCount, nameof(dw));
        Require.Finite(dw, nameof(dw));
        Require.WeightColumns(dv, du.RowCount, nameof(dv), "one column per hidden unit");
        Require.Finite(dv, nameof(dv));
        Require.Length(db, du.RowCount, nameof(db));
        Require.Finite(db, nameof(db));
        Require.Length(dc, dv.RowCount, nameof(dc));
        Require.Finite(dc, nameof(dc));
        Require.Columns(dh0, du.RowCount, nameof(dh0), "one column per hidden unit");
        Require.Finite(dh0, nameof(dh0));
        dxs ??= [];
        for (var t = 0; t < dxs.Count; t++)
        {
            Require.Shape(dxs[t], dh0.RowCount, du.ColumnCount, $"{nameof(dxs)}[{t}]");
            Require.Finite(dxs[t], $"{nameof(dxs)}[{t}]");
        }
        (DU, DW, DV, DB, DC, DH0, DXs) = (du, dw, dv, db, dc, dh0, dxs);
    }

    /// <summary><c>∂J/∂U</c>, hidden × input.</summary>
    public Matrix<double> DU { get; }

    /// <summary><c>∂J/∂W</c>, hidden × hidden.</summary>
    public Matrix<double> DW { get; }

    /// <summary><c>∂J/∂V</c>, output × hidden.</summary>
    public Matrix<double> DV { get; }

    /// <summary><c>∂J/∂b</c>, length hidden.</summary>
    public Vector<double> DB { get; }

    /// <summary><c>∂J/∂c</c>, length output.</summary>
    public Vector<double> DC { get; }

    /// <summary><c>∂J/∂h0</c>, batch × hidden: how the loss depends on the state the sequence started from.</summary>
    public Matrix<double> DH0 { get; }

    /// <summary>
    /// <c>∂J/∂X(t)</c> for every step t = 0 … T−1, each batch × input (<c>δA(t)·U</c>): what a stacked layer
    /// passes down, or an encoder receives. Empty for gradients built without them.
    /// </summary>
    public IReadOnlyList<Matrix<double>> DXs { get; }

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> named <paramref name="name"/> unless every parameter
    /// gradient has the shape of its parameter in <paramref name="parameters"/>.
    /// </summary>
    /// <param name="parameters">The parameters these gradients are meant for.</param>
    /// <param name="name">The argument's name for the exception, as in <c>nameof(gradients)</c>.</param>
    public void RequireShapesOf(ElmanParameters parameters, string name)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        GradientShapes.Same(DU, parameters.U, name, $"{name}.DU", "U");
        GradientShapes.Same(DW, parameters.W, name, $"{name}.DW", "W");
        GradientShapes.Same(DV, parameters.V, name, $"{name}.DV", "V");
        GradientShapes.Same(DB, parameters.B, name, $"{name}.DB", "b");
        GradientShapes.Same(DC, parameters.C, name, $"{name}.DC", "c");
    }
}
