using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab01.Tests;

[TestFixture]
[KataTask(2)]
public class SecondStepTests
{
    [Test]
    public void With_identity_recurrence_the_previous_output_is_added_before_tanh()
    {
        var weights = Weights.InputToSameNeuron(wy: Weights.Identity5);
        var y0 = Matrix<double>.Build.DenseOfArray(new[,] { { 0.1, -0.2, 0.3, 0.4, -0.5 } });
        var x1 = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, -1 } });

        var y1 = TwoStepRnn.SecondStep(y0, x1, weights);

        // Y1 = tanh(Y0·I + X1·Wx): neurons 0-2 get input + memory, neurons 3-4 memory only.
        y1.Row(0).ToArray().Should().Equal(
            [Math.Tanh(0.1 + 1), Math.Tanh(-0.2 + 2), Math.Tanh(0.3 - 1), Math.Tanh(0.4), Math.Tanh(-0.5)],
            (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm);
    }

    [Test]
    public void Recurrent_weights_mix_the_neurons_of_the_previous_step()
    {
        // Wy[m, j] carries neuron m's previous output into neuron j: here only 0 → 4, weight 2.
        var wy = Matrix<double>.Build.Dense(5, 5);
        wy[0, 4] = 2;
        var weights = Weights.InputToSameNeuron(wy: wy);
        var y0 = Matrix<double>.Build.DenseOfArray(new[,] { { 0.25, 0, 0, 0, 0 } });
        var x1 = Matrix<double>.Build.Dense(1, 3);

        var y1 = TwoStepRnn.SecondStep(y0, x1, weights);

        y1[0, 4].Should().BeApproximately(Math.Tanh(0.5), Tolerance.ClosedForm, "Y0·Wy, not Wy·Y0: rows are instances");
        y1[0, 0].Should().BeApproximately(0, Tolerance.ClosedForm);
    }

    [Test]
    public void With_zero_recurrent_weights_the_second_step_forgets_the_first()
    {
        var seeded = RnnWeights.Seeded();
        var noMemory = new RnnWeights(seeded.Wx, Matrix<double>.Build.Dense(5, 5), seeded.B);
        var y0 = TwoStepRnn.FirstStep(SeedBatch.X0, noMemory);

        var y1 = TwoStepRnn.SecondStep(y0, SeedBatch.X1, noMemory);

        Matrices.ShouldBeClose(y1, TwoStepRnn.FirstStep(SeedBatch.X1, noMemory),
            "with Wy = 0, Y1 = tanh(X1·Wx + b): the same as a first step on X1");
    }

    [Test]
    public void Matches_a_neuron_by_neuron_computation_on_the_seed_batch()
    {
        var weights = RnnWeights.Seeded();
        var y0 = NeuronByNeuron.Step(SeedBatch.X0, null, weights);

        var y1 = TwoStepRnn.SecondStep(y0, SeedBatch.X1, weights);

        Matrices.ShouldBeClose(y1, NeuronByNeuron.Step(SeedBatch.X1, y0, weights), "Y1 = tanh(Y0·Wy + X1·Wx + b)");
    }

    [Test]
    public void An_instance_with_zero_input_is_driven_by_memory_alone()
    {
        var weights = RnnWeights.Seeded();
        var y0 = NeuronByNeuron.Step(SeedBatch.X0, null, weights);

        var y1 = TwoStepRnn.SecondStep(y0, SeedBatch.X1, weights);

        // Row 1 (the lab's instance2) gets [0, 0, 0] at t = 1, so its output is tanh(Y0[1]·Wy + b).
        var memoryOnly = (y0.Row(1) * weights.Wy + weights.B).Map(Math.Tanh);
        y1.Row(1).ToArray().Should().Equal(memoryOnly.ToArray(), (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm);
        y1.Row(1).L2Norm().Should().BeGreaterThan(0, "the layer remembers the first input of row 1 (the lab's instance2)");
    }
}
