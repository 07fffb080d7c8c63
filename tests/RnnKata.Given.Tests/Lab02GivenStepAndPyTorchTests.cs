using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab02;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 2's given code for the step-level API (exercises/Lab02.ElmanBptt/Given): loading PyTorch's
/// <c>torch.nn.RNN</c> tensors (<see cref="LayerParameters.FromPyTorch"/>, <see cref="ElmanParameters(LayerParameters, Matrix{double}, Vector{double})"/>),
/// the <see cref="StepGradients"/> record and <see cref="Gradients{TParameters}.DXs"/>.
/// </summary>
[TestFixture]
public class Lab02GivenStepAndPyTorchTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;
    private static VectorBuilder<double> V => Vector<double>.Build;

    // ---- FromPyTorch: input 2, hidden 3, output 1 ----

    [Test]
    public void A_PyTorch_layer_keeps_its_weights_and_adds_its_two_biases()
    {
        var weightIh = M.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 }, { 5.0, 6.0 } });
        var weightHh = M.Dense(3, 3, (j, k) => 10 * j + k);

        var layer = LayerParameters.FromPyTorch(weightIh, weightHh, V.DenseOfArray([0.5, -1.0, 2.0]), V.DenseOfArray([0.25, 1.0, -3.0]));

        layer.U.Should().BeSameAs(weightIh, "weight_ih_l0 is U: hidden × input, rows = outputs, as in the lecture");
        layer.W.Should().BeSameAs(weightHh, "weight_hh_l0 is W");
        layer.B.ToArray().Should().Equal([0.75, 0.0, -1.0], "PyTorch adds bias_ih_l0 and bias_hh_l0 where the lecture adds one b");
    }

    [Test]
    public void A_PyTorch_network_takes_its_output_layer_from_a_Linear_layer()
    {
        var weight = M.DenseOfArray(new[,] { { 7.0, 8.0, 9.0 } });

        var p = new ElmanParameters(LayerParameters.FromPyTorch(M.Dense(3, 2), M.Dense(3, 3), V.Dense(3, 1.0), V.Dense(3, 2.0)), weight, V.DenseOfArray([-4.0]));

        p.V.Should().BeSameAs(weight, "the Linear layer's weight (output × hidden) is V");
        p.C.ToArray().Should().Equal([-4.0]);
        p.B.ToArray().Should().Equal([3.0, 3.0, 3.0]);
        (p.Inputs, p.Hidden, p.Outputs).Should().Be((2, 3, 1));
    }

    [Test]
    public void PyTorch_tensors_that_do_not_fit_are_rejected_by_name()
    {
        Action hh = () => LayerParameters.FromPyTorch(M.Dense(3, 2), M.Dense(3, 2), V.Dense(3), V.Dense(3));
        Action biasHh = () => LayerParameters.FromPyTorch(M.Dense(3, 2), M.Dense(3, 3), V.Dense(3), V.Dense(4));
        Action biasIh = () => LayerParameters.FromPyTorch(M.Dense(3, 2), M.Dense(3, 3), V.Dense(2), V.Dense(3));
        var layer = LayerParameters.FromPyTorch(M.Dense(3, 2), M.Dense(3, 3), V.Dense(3), V.Dense(3));
        Action linear = () => new ElmanParameters(layer, M.Dense(1, 4), V.Dense(1));
        Action linearBias = () => new ElmanParameters(layer, M.Dense(1, 3), V.Dense(2));
        Action noLayer = () => new ElmanParameters(null!, M.Dense(1, 3), V.Dense(1));

        hh.Should().Throw<ArgumentException>().Where(e => e.ParamName == "weightHh").WithMessage("weightHh must be 3×3 but is 3×2.*");
        biasHh.Should().Throw<ArgumentException>().Where(e => e.ParamName == "biasHh").WithMessage("biasHh must have length 3 but has length 4.*");
        biasIh.Should().Throw<ArgumentException>().Where(e => e.ParamName == "biasIh");
        linear.Should().Throw<ArgumentException>().Where(e => e.ParamName == "v").WithMessage("*3 columns*");
        linearBias.Should().Throw<ArgumentException>().Where(e => e.ParamName == "c");
        noLayer.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "layer");
    }

    // ---- StepGradients: batch 2, input 3, hidden 4 ----

    [Test]
    public void Step_gradients_hold_the_five_gradients()
    {
        var (dx, dhPrevious, du, dw, db) = (M.Dense(2, 3, 1.0), M.Dense(2, 4, 2.0), M.Dense(4, 3, 3.0), M.Dense(4, 4, 4.0), V.Dense(4, 5.0));

        var g = new StepGradients(new LayerParameters(du, dw, db), dhPrevious, dx);

        (g.DX, g.DHPrevious, g.Parameters.U, g.Parameters.W, g.Parameters.B).Should().Be((dx, dhPrevious, du, dw, db));
    }

    [Test]
    public void Step_gradients_of_the_wrong_shapes_are_rejected_by_name()
    {
        var d = new LayerParameters(M.Dense(4, 3), M.Dense(4, 4), V.Dense(4));
        Action dx = () => _ = new StepGradients(d, M.Dense(2, 4), M.Dense(2, 4));
        Action dhPrevious = () => _ = new StepGradients(d, M.Dense(3, 4), M.Dense(2, 3));
        Action nan = () => _ = new StepGradients(d, M.Dense(2, 4), M.Dense(2, 3, double.NaN));

        dx.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dx").WithMessage("*batch×3*");
        dhPrevious.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dhPrevious").WithMessage("dhPrevious must be 2×4 but is 3×4.*");
        nan.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dx");
    }

    // ---- Gradients<ElmanParameters>.DXs: input 3, hidden 4, output 2, batch 6 ----

    [Test]
    public void Elman_gradients_keep_the_input_gradients_or_none()
    {
        var dxs = new[] { M.Dense(6, 3), M.Dense(6, 3) };

        Gradients(dxs).DXs.Should().Equal(dxs);
        Gradients(null).DXs.Should().BeEmpty("hand-made gradients for clipping or SGD have no inputs to go back to");
    }

    [Test]
    public void Elman_input_gradients_of_another_shape_are_rejected_naming_the_step()
    {
        Action act = () => Gradients([M.Dense(6, 3), M.Dense(6, 4)]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dxs[1]").WithMessage("dxs[1] must be 6×3 but is 6×4.*");
    }

    private static Gradients<ElmanParameters> Gradients(Matrix<double>[]? dxs) =>
        new(ElmanParameters.Seeded(3, 4, 2), M.Dense(6, 4), dxs);
}
