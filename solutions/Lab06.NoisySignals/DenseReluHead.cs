using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06;

/// <summary>Dense(K, relu) then Dense(O) on the last hidden state (chapter 6, "Task 2").</summary>
public sealed class DenseReluHead
{
    /// <summary>A head holding (not copying) the given parameters.</summary>
    public DenseReluHead(Matrix<double> weight1, Vector<double> bias1, Matrix<double> weight2, Vector<double> bias2)
    {
        Require.Finite(weight1, nameof(weight1));
        Require.Length(bias1, weight1.RowCount, nameof(bias1));
        Require.Finite(bias1, nameof(bias1));
        Require.Finite(weight2, nameof(weight2));
        Require.Shape(weight2, weight2.RowCount, weight1.RowCount, nameof(weight2));
        Require.Length(bias2, weight2.RowCount, nameof(bias2));
        Require.Finite(bias2, nameof(bias2));
        (Weight1, Bias1, Weight2, Bias2) = (weight1, bias1, weight2, bias2);
    }

    /// <summary>W1, K × H.</summary>
    public Matrix<double> Weight1 { get; }

    /// <summary>b1, K.</summary>
    public Vector<double> Bias1 { get; }

    /// <summary>W2, O × K.</summary>
    public Matrix<double> Weight2 { get; }

    /// <summary>b2, O.</summary>
    public Vector<double> Bias2 { get; }

    /// <summary>Runs the head on <paramref name="h"/> (batch × H).</summary>
    public HeadRun Forward(Matrix<double> h)
    {
        Require.Finite(h, nameof(h));
        Require.Shape(h, h.RowCount, Weight1.ColumnCount, nameof(h));
        var z = h.TransposeAndMultiply(Weight1).MapIndexed((_, j, v) => v + Bias1[j]);
        var a = z.Map(v => Math.Max(0, v));
        return new HeadRun(h, z, a, a.TransposeAndMultiply(Weight2).MapIndexed((_, j, v) => v + Bias2[j]));
    }

    /// <summary>The gradients from ∂L/∂ŷ, summed over the batch rows.</summary>
    public HeadGradients Backward(HeadRun run, Matrix<double> dOutput)
    {
        ArgumentNullException.ThrowIfNull(run);
        Require.Finite(dOutput, nameof(dOutput));
        Require.Shape(dOutput, run.Output.RowCount, run.Output.ColumnCount, nameof(dOutput));
        var dA = dOutput * Weight2;
        var dZ = dA.PointwiseMultiply(run.PreActivation.Map(z => z > 0 ? 1.0 : 0.0));
        return new HeadGradients(dZ.TransposeThisAndMultiply(run.Input), dZ.ColumnSums(),
                                 dOutput.TransposeThisAndMultiply(run.Activation), dOutput.ColumnSums(), dZ * Weight1);
    }
}
