using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab03.Tests;

/// <summary>
/// The GRU exactly as the blog post writes it, with separate weights per gate, column-vector maths
/// per instance, and the blog's update convention:
/// <code>
/// r = σ(W_r x + U_r h + b_r)
/// z = σ(W_z x + U_z h + b_z)
/// ĥ = tanh(W x + r ⊙ (U h) + b)
/// h' = (1 − z) ⊙ h + z ⊙ ĥ
/// </code>
/// </summary>
internal sealed record BlogGru(
    Matrix<double> Wr, Matrix<double> Ur, Vector<double> Br,
    Matrix<double> Wz, Matrix<double> Uz, Vector<double> Bz,
    Matrix<double> W, Matrix<double> U, Vector<double> B)
{
    public static BlogGru Seeded(int input, int hidden, int seed) => new(
        SeededInputs.Normal(hidden, input, seed, 0.5), SeededInputs.Normal(hidden, hidden, seed + 1, 0.5), SeededInputs.NormalVector(hidden, seed + 2, 0.5),
        SeededInputs.Normal(hidden, input, seed + 3, 0.5), SeededInputs.Normal(hidden, hidden, seed + 4, 0.5), SeededInputs.NormalVector(hidden, seed + 5, 0.5),
        SeededInputs.Normal(hidden, input, seed + 6, 0.5), SeededInputs.Normal(hidden, hidden, seed + 7, 0.5), SeededInputs.NormalVector(hidden, seed + 8, 0.5));

    /// <summary>The blog's gates stacked in PyTorch's order r, z, n, <em>without</em> converting the update convention; b_hh is zero.</summary>
    public GruParameters StackedAsIs() => new(
        Wr.Stack(Wz).Stack(W),
        Ur.Stack(Uz).Stack(U),
        Vector<double>.Build.DenseOfEnumerable(Br.Concat(Bz).Concat(B)),
        Vector<double>.Build.Dense(3 * B.Count));

    /// <summary>One step for a batch (one row per instance), computed instance by instance.</summary>
    public Matrix<double> Step(Matrix<double> x, Matrix<double> h)
    {
        var next = Matrix<double>.Build.Dense(x.RowCount, B.Count);
        for (var n = 0; n < x.RowCount; n++)
        {
            var (xn, hn) = (x.Row(n), h.Row(n));
            var r = (Wr * xn + Ur * hn + Br).Map(Sigmoid);
            var z = (Wz * xn + Uz * hn + Bz).Map(Sigmoid);
            var candidate = (W * xn + r.PointwiseMultiply(U * hn) + B).Map(Math.Tanh);
            next.SetRow(n, (1 - z).PointwiseMultiply(hn) + z.PointwiseMultiply(candidate));
        }
        return next;
    }

    private static double Sigmoid(double a) => 1.0 / (1.0 + Math.Exp(-a));
}
