using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;

namespace RnnKata.Lab06.Tests;

/// <summary>Task 2: the head Dense(K, relu) → Dense(O), forward by hand and backward against central finite differences.</summary>
[TestFixture]
[KataTask(2)]
public class HeadTests
{
    // H = 2, K = 2, O = 1: z = h·W1ᵀ + b1, unit 1 of the first row is negative (relu cuts it).
    private static DenseReluHead HandHead() => new(
        Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { -1.0, 0.5 } }), Vector<double>.Build.Dense([0.5, -1.0]),
        Matrix<double>.Build.DenseOfArray(new[,] { { 2.0, -3.0 } }), Vector<double>.Build.Dense([0.25]));

    private static readonly Matrix<double> HandInput = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 1.0 }, { -2.0, 4.0 } });

    [Test]
    public void Forward_matches_the_hand_computation()
    {
        var run = HandHead().Forward(HandInput);

        // Row 0: z = (1 + 2 + 0.5, −1 + 0.5 − 1) = (3.5, −1.5), a = (3.5, 0), ŷ = 2·3.5 + 0.25 = 7.25.
        // Row 1: z = (−2 + 8 + 0.5, 2 + 2 − 1) = (6.5, 3), a = (6.5, 3), ŷ = 13 − 9 + 0.25 = 4.25.
        run.PreActivation.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 3.5, -1.5 }, { 6.5, 3.0 } }), "z = h·W1ᵀ + b1");
        run.Activation.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 3.5, 0.0 }, { 6.5, 3.0 } }), "a = relu(z)");
        run.Output.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 7.25 }, { 4.25 } }), "ŷ = a·W2ᵀ + b2, with no relu on the output");
        run.Input.Should().Be(HandInput, "the run keeps h for the backward pass");
    }

    [Test]
    public void A_unit_cut_by_relu_passes_no_gradient_back()
    {
        var head = HandHead();
        var run = head.Forward(HandInput.SubMatrix(0, 1, 0, 2));

        var grads = head.Backward(run, Matrix<double>.Build.Dense(1, 1, 1.0));

        grads.Bias1.Should().Equal([2.0, 0.0], "∂ŷ/∂b1 = W2 where z > 0 and 0 where relu cut the unit (z = −1.5)");
        grads.Input.Should().Be(Matrix<double>.Build.DenseOfArray(new[,] { { 2.0, 4.0 } }), "only unit 0 reaches h: 2·(1, 2)");
    }

    private static IEnumerable<TestCaseData> Shapes()
    {
        yield return new TestCaseData(5, 6, 3, 1).SetArgDisplayNames("batch 5, H 6, K 3, O 1");
        yield return new TestCaseData(4, 32, 8, 1).SetArgDisplayNames("the lecture's H 32, K 8");
        yield return new TestCaseData(3, 4, 5, 2).SetArgDisplayNames("two outputs");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Every_gradient_matches_central_finite_differences(int batch, int hidden, int headHidden, int outputs)
    {
        var w1 = KataRandom.Normal(headHidden, hidden, seed: 1);
        var b1 = KataRandom.Normal(1, headHidden, seed: 2).Row(0);
        var w2 = KataRandom.Normal(outputs, headHidden, seed: 3);
        var b2 = KataRandom.Normal(1, outputs, seed: 4).Row(0);
        var h = KataRandom.Normal(batch, hidden, seed: 5);
        var weights = KataRandom.Normal(batch, outputs, seed: 6);  // L = Σ weights ⊙ ŷ: every output entry counts differently
        var head = new DenseReluHead(w1, b1, w2, b2);
        double Loss() => head.Forward(h).Output.PointwiseMultiply(weights).Enumerate().Sum();
        var run = head.Forward(h);
        run.PreActivation.Enumerate().Should().Contain(z => z < 0, "the check needs units that relu cuts");

        var grads = head.Backward(run, weights);

        GradientComparison.Compare(grads.Weight1, Loss, w1).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂W1");
        GradientComparison.Compare(grads.Bias1, Loss, b1).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂b1");
        GradientComparison.Compare(grads.Weight2, Loss, w2).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂W2");
        GradientComparison.Compare(grads.Bias2, Loss, b2).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂b2");
        GradientComparison.Compare(grads.Input, Loss, h).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂h, where the recurrent layer's BPTT starts");
    }

    [Test]
    public void A_second_linear_layer_after_the_head_composes_into_one_affine_map()
    {
        // The lecture's Dense(1) → Dense(1): v·(a·W2ᵀ + b2) + c equals a·(v·W2)ᵀ + (v·b2 + c), one Dense(1) with other weights.
        var head = HandHead();
        double v = -0.7, c = 0.3;
        var stacked = head.Forward(HandInput).Output * v + Matrix<double>.Build.Dense(2, 1, c);
        var merged = new DenseReluHead(head.Weight1, head.Bias1, head.Weight2 * v, head.Bias2 * v + Vector<double>.Build.Dense(1, c));

        Matrices.ShouldBeClose(merged.Forward(HandInput).Output, stacked, "two linear layers in a row are one linear layer: the lecture's extra Dense(1) adds nothing");
    }
}
