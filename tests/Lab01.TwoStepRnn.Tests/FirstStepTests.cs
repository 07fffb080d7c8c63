using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab01.Tests;

[TestFixture]
[KataTask(1)]
public class FirstStepTests
{
    [TestCase(4, 3, 5)] // the lab: four instances, three inputs, five neurons
    [TestCase(1, 3, 5)] // a batch of one
    [TestCase(6, 2, 7)] // more neurons than inputs
    public void Output_has_one_row_per_instance_and_one_column_per_neuron(int batch, int inputs, int neurons)
    {
        var x0 = Matrix<double>.Build.Dense(batch, inputs, 0.5);

        var y0 = TwoStepRnn.FirstStep(x0, RnnWeights.Seeded(inputs, neurons));

        y0.RowCount.Should().Be(batch, "row i holds the outputs for instance i");
        y0.ColumnCount.Should().Be(neurons, "column j holds the output of neuron j");
    }

    [Test]
    public void With_input_k_wired_to_neuron_k_the_output_is_tanh_of_the_inputs()
    {
        var y0 = TwoStepRnn.FirstStep(SeedBatch.X0, Weights.InputToSameNeuron());

        // Row 1 (the lab's instance2) is [3, 4, 5]: neurons 0-2 see one input each, neurons 3-4 see nothing.
        y0.Row(1).ToArray().Should().Equal(
            [Math.Tanh(3), Math.Tanh(4), Math.Tanh(5), 0, 0],
            (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm);
    }

    [Test]
    public void The_bias_is_added_to_every_instance()
    {
        var b = Vector<double>.Build.DenseOfArray([0.5, -0.5, 0, 1, 2]);
        var weights = new RnnWeights(Matrix<double>.Build.Dense(3, 5), Weights.Identity5, b);

        var y0 = TwoStepRnn.FirstStep(SeedBatch.X0, weights);

        for (var instance = 0; instance < 4; instance++)
            y0.Row(instance).ToArray().Should().Equal(b.Select(Math.Tanh),
                (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm, "with Wx = 0 every instance outputs tanh(b)");
    }

    [Test]
    public void Matches_a_neuron_by_neuron_computation_on_the_seed_batch()
    {
        var weights = RnnWeights.Seeded();

        var y0 = TwoStepRnn.FirstStep(SeedBatch.X0, weights);

        Matrices.ShouldBeClose(y0, NeuronByNeuron.Step(SeedBatch.X0, null, weights), "Y0 = tanh(X0·Wx + b)");
    }

    [Test]
    public void Does_not_use_the_recurrent_weights()
    {
        var weights = RnnWeights.Seeded();
        var otherWy = new RnnWeights(weights.Wx, weights.Wy * 3, weights.B);

        var y0 = TwoStepRnn.FirstStep(SeedBatch.X0, weights);

        Matrices.ShouldBeClose(TwoStepRnn.FirstStep(SeedBatch.X0, otherWy), y0,
            "at t = 0 there is no previous output, so Wy plays no part");
    }

    [TestCase(0.5, 1.0)]   // instance [6, 7, 8] sums to 21 · 0.5 = 10.5 → tanh ≈ 1
    [TestCase(-0.5, -1.0)]
    public void Large_inputs_saturate_at_plus_or_minus_one(double weight, double limit)
    {
        var y0 = TwoStepRnn.FirstStep(SeedBatch.X0, Weights.UniformInput(weight));

        y0.Row(2).ToArray().Should().OnlyContain(v => Math.Abs(v - limit) < 1e-8,
            "tanh(±10.5) differs from ±1 by about 1.5e-9: the neuron is saturated");
        y0.Enumerate().Should().OnlyContain(v => Math.Abs(v) <= 1.0, "tanh never leaves [-1, 1]");
    }

    [Test]
    public void Leaves_its_input_unchanged()
    {
        var x0 = SeedBatch.X0;

        TwoStepRnn.FirstStep(x0, RnnWeights.Seeded());

        x0.Equals(SeedBatch.X0).Should().BeTrue("a step must not write into its input");
    }
}
