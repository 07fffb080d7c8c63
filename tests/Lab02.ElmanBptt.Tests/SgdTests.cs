using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(10)]
public class SgdTests
{
    private static readonly Shape Lab = Cases.Shapes[0];

    [Test]
    public void A_step_moves_every_parameter_against_its_gradient()
    {
        var p = ElmanParameters.Seeded(Lab.Inputs, Lab.Hidden, Lab.Outputs);
        var g = Gradients(p, seed: 9);

        var next = Sgd.Step(p, g, learningRate: 0.1);

        Matrices.ShouldBeClose(next.U, p.U - 0.1 * g.Parameters.U, "U − η·DU");
        Matrices.ShouldBeClose(next.W, p.W - 0.1 * g.Parameters.W, "W − η·DW");
        Matrices.ShouldBeClose(next.V, p.V - 0.1 * g.Parameters.V, "V − η·DV");
        Matrices.ShouldBeClose(next.B, p.B - 0.1 * g.Parameters.B, "b − η·DB");
        Matrices.ShouldBeClose(next.C, p.C - 0.1 * g.Parameters.C, "c − η·DC");
    }

    [Test]
    public void A_step_leaves_the_old_parameters_unchanged()
    {
        var p = ElmanParameters.Seeded(Lab.Inputs, Lab.Hidden, Lab.Outputs);

        Sgd.Step(p, Gradients(p, seed: 9), 0.1);

        p.U.Equals(ElmanParameters.Seeded(Lab.Inputs, Lab.Hidden, Lab.Outputs).U).Should().BeTrue("the caller's parameters are not written to");
        p.C.Equals(ElmanParameters.Seeded(Lab.Inputs, Lab.Hidden, Lab.Outputs).C).Should().BeTrue("the caller's parameters are not written to");
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    public void A_small_step_along_the_BPTT_gradient_lowers_the_loss(Activation activation)
    {
        var problem = new ElmanProblem(Lab, activation, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var trace = problem.Forward();
        var before = problem.Loss();

        var next = Sgd.Step(problem.Parameters, ElmanNetwork.Backward(trace, problem.DOutputs(trace), problem.Parameters), 0.01);

        var after = problem.LossKind.Value(ElementByElement.Elman(problem.Xs, problem.H0, next, activation).Outputs, problem.Targets);
        after.Should().BeLessThan(before, "a small step against the gradient goes downhill");
    }

    private static Gradients<ElmanParameters> Gradients(ElmanParameters p, int seed)
    {
        var q = ElmanParameters.Seeded(p.Inputs, p.Hidden, p.Outputs, seed);
        return new Gradients<ElmanParameters>(q, Matrix<double>.Build.Dense(1, p.Hidden));
    }
}
