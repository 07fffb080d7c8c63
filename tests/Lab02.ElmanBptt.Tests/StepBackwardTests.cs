using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(3)]
public class StepBackwardTests
{
    private const string Section = "task-3-one-step-backward";

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    public void Gradients_match_central_differences(Shape shape, Activation activation)
    {
        var p = ElmanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed);
        var x = Data.Sequence(1, shape.Batch, shape.Inputs, shape.Seed + 1)[0];
        var hPrevious = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);
        // J = Σ R ⊙ H(t) with fixed random R, so ∂J/∂H(t) = R; H(t) comes from the tests' own reference step.
        var r = Data.State(shape.Batch, shape.Hidden, shape.Seed + 3);
        double Loss() => ElementByElement.Elman([x], hPrevious, p, activation).Hidden[0].PointwiseMultiply(r).Enumerate().Sum();
        var h = ElementByElement.Elman([x], hPrevious, p, activation).Hidden[0];

        var g = ElmanNetwork.StepBackward(r, x, hPrevious, h, p.Layer, activation);

        using var scope = new FluentAssertions.Execution.AssertionScope();
        GradientCheck.ShouldMatch(g.DX, Loss, x, "DX", Section);
        GradientCheck.ShouldMatch(g.DHPrevious, Loss, hPrevious, "DHPrevious", Section);
        GradientCheck.ShouldMatch(g.Parameters.U, Loss, p.U, "DU", Section);
        GradientCheck.ShouldMatch(g.Parameters.W, Loss, p.W, "DW", Section);
        GradientCheck.ShouldMatch(g.Parameters.B, Loss, p.B, "DB", Section);
    }

    [Test]
    public void The_previous_state_gradient_goes_back_through_W_not_its_transpose()
    {
        // W[0, 2] = 2: unit 0 reads unit 2's previous state. A gradient on unit 0 must go back to unit 2.
        var layer = new LayerParameters(Matrix<double>.Build.Dense(3, 1), SingleWeight(3, 0, 2, 2.0), Data.Vector(0, 0, 0));
        var x = Matrix<double>.Build.Dense(1, 1);
        var hPrevious = Data.Matrix(new[,] { { 0.0, 0.0, 0.25 } });
        var h = ElementByElement.Elman([x], hPrevious, new ElmanParameters(layer.U, layer.W, layer.B, Matrix<double>.Build.Dense(1, 3), Data.Vector(0)), Activation.Identity).Hidden[0];

        var g = ElmanNetwork.StepBackward(Data.Matrix(new[,] { { 1.0, 0.0, 0.0 } }), x, hPrevious, h, layer, Activation.Identity);

        g.DHPrevious.Row(0).ToArray().Should().Equal([0.0, 0.0, 2.0], (a, b) => Math.Abs(a - b) < 1e-12,
            "δH(t−1) = δA(t)·W: unit 0 read unit 2 through W[0, 2] = 2, so its gradient [1, 0, 0] goes back to unit 2 as [0, 0, 2]. " +
            "[0, 0, 0] is δA(t)·Wᵀ, the row form of the lecture's d_h = self.Whh @ temp, which is missing the transpose " +
            "(Whh.T @ temp in its column layout) — see docs/02-elman-bptt.md#one-step-backward");
    }

    [Test]
    public void The_input_gradient_goes_back_through_U()
    {
        // U[1, 0] = 3: unit 1 reads input 0. A gradient on unit 1 must go back to input 0, tripled.
        var u = Matrix<double>.Build.Dense(3, 2);
        u[1, 0] = 3;
        var layer = new LayerParameters(u, Matrix<double>.Build.Dense(3, 3), Data.Vector(0, 0, 0));
        var x = Data.Matrix(new[,] { { 0.1, 0.2 } });
        var hPrevious = Matrix<double>.Build.Dense(1, 3);
        var h = ElementByElement.Elman([x], hPrevious, new ElmanParameters(u, layer.W, layer.B, Matrix<double>.Build.Dense(1, 3), Data.Vector(0)), Activation.Identity).Hidden[0];

        var g = ElmanNetwork.StepBackward(Data.Matrix(new[,] { { 0.0, 1.0, 0.0 } }), x, hPrevious, h, layer, Activation.Identity);

        g.DX.Row(0).ToArray().Should().Equal([3.0, 0.0], (a, b) => Math.Abs(a - b) < 1e-12,
            "δX(t) = δA(t)·U: unit 1 read input 0 through U[1, 0] = 3 — see docs/02-elman-bptt.md#one-step-backward");
    }

    [Test]
    public void The_slope_is_taken_from_the_output_of_the_step()
    {
        // tanh with H(t) = 0.5: f′ = 1 − 0.25 = 0.75, whatever produced it.
        var layer = new LayerParameters(Data.Matrix(new[,] { { 1.0 } }), Data.Matrix(new[,] { { 0.0 } }), Data.Vector(0));
        var x = Data.Matrix(new[,] { { Math.Atanh(0.5) } });

        var g = ElmanNetwork.StepBackward(Data.Matrix(new[,] { { 2.0 } }), x, Data.Matrix(new[,] { { 0.0 } }),
            Data.Matrix(new[,] { { 0.5 } }), layer, Activation.Tanh);

        g.Parameters.B[0].Should().BeApproximately(2 * 0.75, 1e-12,
            "δA = δH ⊙ (1 − H²) = 2 · 0.75; 1 − tanh²(H) would give 2 · (1 − tanh² 0.5) ≈ 1.57 — see docs/02-elman-bptt.md#activations");
    }

    [Test]
    public void Leaves_its_arguments_unchanged()
    {
        var p = ElmanParameters.Seeded(3, 4, 2);
        var x = Data.State(2, 3, 5);
        var hPrevious = Data.State(2, 4, 6);
        var dH = Data.State(2, 4, 7);
        var h = ElementByElement.Elman([x], hPrevious, p, Activation.Tanh).Hidden[0];
        var copies = new[] { x.Clone(), hPrevious.Clone(), dH.Clone(), h.Clone(), p.U.Clone(), p.W.Clone() };

        ElmanNetwork.StepBackward(dH, x, hPrevious, h, p.Layer, Activation.Tanh);

        new[] { x, hPrevious, dH, h, p.U, p.W }.Zip(copies).Should().OnlyContain(pair => pair.First.Equals(pair.Second),
            "the step backward reads its arguments and returns new matrices");
    }

    private static Matrix<double> SingleWeight(int size, int row, int column, double value)
    {
        var w = Matrix<double>.Build.Dense(size, size);
        w[row, column] = value;
        return w;
    }
}
