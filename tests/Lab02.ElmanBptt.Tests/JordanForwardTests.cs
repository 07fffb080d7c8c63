using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(12)]
public class JordanForwardTests
{
    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    public void Outputs_match_an_element_by_element_unrolling(Shape shape, Activation activation)
    {
        var p = JordanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed);
        var xs = Data.Sequence(shape.Steps, shape.Batch, shape.Inputs, shape.Seed + 1);
        var o0 = Data.State(shape.Batch, shape.Outputs, shape.Seed + 2);

        var trace = JordanNetwork.Forward(xs, o0, p, activation);

        trace.Hidden.Should().HaveCount(shape.Steps);
        Matrices.ShouldBeClose(trace.Outputs, ElementByElement.Jordan(xs, o0, p, activation), "H(t) = f(X(t)·Uᵀ + O(t−1)·Wᵀ + 1·bᵀ), O(t) = H(t)·Vᵀ + 1·cᵀ");
        trace.H0.Equals(o0).Should().BeTrue("the backward pass needs O(−1) = o0");
    }

    [Test]
    public void Feedback_weights_carry_output_k_of_the_previous_step_into_unit_j_through_W_j_k()
    {
        // U = 0, V = I (2 outputs = 2 hidden units), W[1, 0] = 3: output 0 of the previous step feeds unit 1.
        var w = Matrix<double>.Build.Dense(2, 2);
        w[1, 0] = 3;
        var p = new JordanParameters(Matrix<double>.Build.Dense(2, 1), w, Vector<double>.Build.Dense(2),
            Matrix<double>.Build.DenseIdentity(2), Vector<double>.Build.Dense(2));
        var o0 = Data.Matrix(new[,] { { 0.5, 0.0 } });

        var trace = JordanNetwork.Forward([Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(1, 1)], o0, p, Activation.Identity);

        trace.Outputs[0].Row(0).ToArray().Should().Equal(0, 1.5);
        trace.Outputs[1].Row(0).ToArray().Should().Equal([0.0, 0.0], "O(0) = [0, 1.5] has nothing in output 0 to feed back");
    }

    [Test]
    public void With_zero_feedback_weights_each_step_forgets_the_previous_one()
    {
        var seeded = JordanParameters.Seeded(2, 4, 3);
        var p = new JordanParameters(seeded.U, Matrix<double>.Build.Dense(4, 3), seeded.B, seeded.V, seeded.C);
        var xs = Data.Sequence(3, 2, 2, seed: 5);

        var trace = JordanNetwork.Forward(xs, Data.State(2, 3, 6), p, Activation.Tanh);

        for (var t = 0; t < 3; t++)
            Matrices.ShouldBeClose(trace.Outputs[t], ElementByElement.Jordan([xs[t]], Matrix<double>.Build.Dense(2, 3), p, Activation.Tanh)[0],
                $"with W = 0, O({t}) depends on X({t}) alone");
    }

    [Test]
    public void The_first_step_reads_the_initial_output()
    {
        var p = JordanParameters.Seeded(2, 4, 3);
        var xs = Data.Sequence(3, 2, 2, seed: 5);

        var fromZero = JordanNetwork.Forward(xs, Matrix<double>.Build.Dense(2, 3), p, Activation.Tanh);
        var fromOther = JordanNetwork.Forward(xs, Data.State(2, 3, 6), p, Activation.Tanh);

        (fromOther.Outputs[0] - fromZero.Outputs[0]).FrobeniusNorm().Should().BeGreaterThan(1e-6, "O(0) reads O(−1) = o0 through W");
    }
}
