using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(2)]
public class StepTests
{
    [TestCase(4, 3, 5)]
    [TestCase(1, 3, 5)] // a batch of one
    [TestCase(2, 4, 3)] // more inputs than hidden units
    public void Hidden_state_has_one_row_per_sequence_and_one_column_per_hidden_unit(int batch, int inputs, int hidden)
    {
        var layer = LayerParameters.Seeded(inputs, hidden);

        var h = ElmanNetwork.Step(Matrix<double>.Build.Dense(batch, inputs, 0.5), Matrix<double>.Build.Dense(batch, hidden), layer, Activation.Tanh);

        (h.RowCount, h.ColumnCount).Should().Be((batch, hidden), "H(t) is batch × hidden");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivations))]
    public void Matches_an_element_by_element_computation(Shape shape, Activation activation)
    {
        var p = ElmanParameters.Seeded(shape.Inputs, shape.Hidden, shape.Outputs, shape.Seed);
        var x = Data.Sequence(1, shape.Batch, shape.Inputs, shape.Seed + 1);
        var hPrevious = Data.State(shape.Batch, shape.Hidden, shape.Seed + 2);

        var h = ElmanNetwork.Step(x[0], hPrevious, p.Layer, activation);

        var expected = ElementByElement.Elman(x, hPrevious, p, activation).Hidden[0];
        Matrices.ShouldBeClose(h, expected, "H = f(X·Uᵀ + H(t−1)·Wᵀ + 1·bᵀ)");
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    public void With_zero_weights_the_state_is_the_activated_bias(Activation activation)
    {
        var b = Data.Vector(0.5, -0.5, 2.0);
        var p = Data.ZeroWeights(inputs: 2, b, Data.Vector(0.0));

        var h = ElmanNetwork.Step(Data.Sequence(1, 4, 2, 3)[0], Data.State(4, 3, 4), p.Layer, activation);

        for (var n = 0; n < 4; n++)
            h.Row(n).ToArray().Should().Equal(b.Select(v => ElementByElement.Activate(activation, v)), (x, y) => Math.Abs(x - y) < 1e-15,
                "with U = W = 0 every sequence gets f(b)");
    }

    [Test]
    public void Recurrent_weights_carry_unit_k_of_the_previous_state_into_unit_j_through_W_j_k()
    {
        // W[0, 2] = 2: unit 2's previous state feeds unit 0. Batch rows mean H(t−1)·Wᵀ, not H(t−1)·W.
        var w = Matrix<double>.Build.Dense(3, 3);
        w[0, 2] = 2;
        var layer = new LayerParameters(Matrix<double>.Build.Dense(3, 2), w, Vector<double>.Build.Dense(3));
        var hPrevious = Data.Matrix(new[,] { { 0.0, 0.0, 0.25 } });

        var h = ElmanNetwork.Step(Matrix<double>.Build.Dense(1, 2), hPrevious, layer, Activation.Identity);

        h.Row(0).ToArray().Should().Equal(0.5, 0, 0);
    }

    [Test]
    public void Input_weights_carry_input_i_into_unit_j_through_U_j_i()
    {
        var u = Matrix<double>.Build.Dense(3, 2);
        u[1, 0] = 3;
        var layer = new LayerParameters(u, Matrix<double>.Build.Dense(3, 3), Vector<double>.Build.Dense(3));
        var x = Data.Matrix(new[,] { { 0.5, 7.0 } });

        var h = ElmanNetwork.Step(x, Matrix<double>.Build.Dense(1, 3), layer, Activation.Identity);

        h.Row(0).ToArray().Should().Equal(0, 1.5, 0);
    }

    [Test]
    public void A_layer_loaded_from_PyTorch_tensors_computes_torch_nn_RNN_with_both_biases()
    {
        // torch.nn.RNN(3, 4) with tanh: h' = tanh(W_ih x + b_ih + W_hh h + b_hh), written out entry by entry.
        var weightIh = Data.State(4, 3, seed: 21);
        var weightHh = Data.State(4, 4, seed: 22);
        var biasIh = Data.Vector(0.1, -0.2, 0.3, -0.4);
        var biasHh = Data.Vector(0.5, 0.25, -0.125, 1.0);
        var x = Data.State(2, 3, seed: 23);
        var hPrevious = Data.State(2, 4, seed: 24);

        var h = ElmanNetwork.Step(x, hPrevious, LayerParameters.FromPyTorch(weightIh, weightHh, biasIh, biasHh), Activation.Tanh);

        var expected = Matrix<double>.Build.Dense(2, 4, (n, j) => Math.Tanh(
            Enumerable.Range(0, 3).Sum(i => weightIh[j, i] * x[n, i]) + biasIh[j] +
            Enumerable.Range(0, 4).Sum(k => weightHh[j, k] * hPrevious[n, k]) + biasHh[j]));
        Matrices.ShouldBeClose(h, expected, "PyTorch's weight_ih_l0 and weight_hh_l0 are U and W, and its two biases add up to b — see docs/02-elman-bptt.md#names-in-the-lecture-the-kata-and-pytorch");
    }
}
