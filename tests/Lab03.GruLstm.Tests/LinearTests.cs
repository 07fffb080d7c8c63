using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab03.Tests;

[TestFixture]
public class LinearTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    [Test]
    [KataTask(1)]
    public void Forward_multiplies_by_the_transposed_weight_and_adds_the_bias_to_every_row()
    {
        // W is out × in = 2 × 3: row o holds output o's weights, as in PyTorch.
        var weight = M.DenseOfArray(new double[,] { { 1, 0, 2 }, { 0, -1, 1 } });
        var bias = Vector<double>.Build.DenseOfArray([10, 20]);
        var x = M.DenseOfArray(new double[,] { { 1, 2, 3 }, { -1, 0, 1 } });

        var y = Linear.Forward(x, weight, bias);

        // Row [1, 2, 3]: 1 + 6 + 10 = 17 and −2 + 3 + 20 = 21. Row [−1, 0, 1]: −1 + 2 + 10 = 11 and 0 + 1 + 20 = 21.
        Matrices.ShouldBeClose(y, M.DenseOfArray(new double[,] { { 17, 21 }, { 11, 21 } }), "Y = X·Wᵀ + 1·bᵀ");
    }

    [TestCase(1, 3, 4)] // a batch of one
    [TestCase(5, 2, 7)] // more outputs than inputs
    [TestCase(3, 6, 2)]
    [KataTask(1)]
    public void Forward_matches_an_entry_by_entry_sum(int batch, int inputs, int outputs)
    {
        var x = SeededInputs.Normal(batch, inputs, 1);
        var weight = SeededInputs.Normal(outputs, inputs, 2);
        var bias = SeededInputs.NormalVector(outputs, 3);

        var y = Linear.Forward(x, weight, bias);

        var expected = M.Dense(batch, outputs, (n, o) => bias[o] + Enumerable.Range(0, inputs).Sum(k => x[n, k] * weight[o, k]));
        Matrices.ShouldBeClose(y, expected, "Y[n, o] = Σₖ X[n, k]·W[o, k] + b[o]");
    }

    [Test]
    [KataTask(1)]
    public void Forward_leaves_its_input_unchanged()
    {
        var x = SeededInputs.Normal(2, 3, 1);
        var copy = x.Clone();

        Linear.Forward(x, SeededInputs.Normal(4, 3, 2), SeededInputs.NormalVector(4, 3));

        x.Equals(copy).Should().BeTrue("the map returns a new matrix and must not write into its input");
    }

    [Test]
    [KataTask(2)]
    public void Backward_of_a_single_output_entry_picks_out_one_row_and_one_weight_row()
    {
        var x = SeededInputs.Normal(3, 4, 1);
        var weight = SeededInputs.Normal(2, 4, 2);
        var dy = M.Dense(3, 2);
        dy[1, 0] = 1; // L = Y[1, 0] = Σₖ X[1, k]·W[0, k] + b[0]

        var gradients = Linear.Backward(dy, x, weight);

        Matrices.ShouldBeClose(gradients.DWeight.Row(0).ToRowMatrix(), x.Row(1).ToRowMatrix(), "∂Y[1,0]/∂W[0, ·] is instance 1's input row");
        Matrices.ShouldBeClose(gradients.DWeight.Row(1).ToRowMatrix(), M.Dense(1, 4), "output 1 did not reach the loss");
        Matrices.ShouldBeClose(gradients.DX.Row(1).ToRowMatrix(), weight.Row(0).ToRowMatrix(), "∂Y[1,0]/∂X[1, ·] is weight row 0");
        Matrices.ShouldBeClose(gradients.DX.Row(0).ToRowMatrix(), M.Dense(1, 4), "instance 0 did not reach the loss");
        Matrices.ShouldBeClose(gradients.DBias, Vector<double>.Build.DenseOfArray([1, 0]), "∂Y[1,0]/∂b = [1, 0]");
    }

    [TestCase(1, 3, 4)]
    [TestCase(4, 2, 5)]
    [TestCase(3, 5, 2)]
    [KataTask(2)]
    public void Backward_gradients_match_finite_differences(int batch, int inputs, int outputs)
    {
        var x = SeededInputs.Normal(batch, inputs, 11);
        var weight = SeededInputs.Normal(outputs, inputs, 12);
        var bias = SeededInputs.NormalVector(outputs, 13);
        var dy = SeededInputs.Normal(batch, outputs, 14); // L = ⟨dY, Y⟩, so ∂L/∂Y = dY
        double Loss() => Reductions.Dot(dy, Linear.Forward(x, weight, bias));

        var gradients = Linear.Backward(dy, x, weight);

        GradientCheck.ShouldMatch(gradients.DX, Loss, x, "DX");
        GradientCheck.ShouldMatch(gradients.DWeight, Loss, weight, "DWeight");
        GradientCheck.ShouldMatch(gradients.DBias, Loss, bias, "DBias");
    }
}
