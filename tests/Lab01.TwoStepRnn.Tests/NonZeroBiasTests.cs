using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.TestSupport;

namespace RnnKata.Lab01.Tests;

/// <summary>
/// The seeded weights have a zero bias, so a step that forgets <c>b</c> passes every test that uses
/// them. These tests give every neuron a different, non-zero bias and compute what to expect by hand.
/// </summary>
[TestFixture]
public class NonZeroBiasTests
{
    // One value per neuron, all different, so a bias added to the wrong neuron shows too.
    private static Vector<double> Bias => Vector<double>.Build.DenseOfArray([0.5, -0.25, 1.0, -1.0, 0.75]);

    [Test]
    [KataTask(2)]
    public void Second_step_adds_the_bias_once_to_every_instance()
    {
        var weights = Weights.InputToSameNeuron(wy: Weights.Identity5, b: Bias);
        var y0 = Weights.Batch(new[,] { { 0.1, -0.2, 0.3, 0.4, -0.5 }, { -0.3, 0.0, 0.2, -0.1, 0.6 } });
        var x1 = Weights.Batch(new[,] { { 1.0, 2.0, -1.0 }, { 0.5, -1.0, 0.0 } });

        var y1 = TwoStepRnn.SecondStep(y0, x1, weights);

        // Y1 = tanh(Y0·I + X1·Wx + b): neuron j < 3 gets y0 + x1 + b, neurons 3-4 get y0 + b.
        double[][] expected =
        [
            [Math.Tanh(0.1 + 1.0 + 0.5), Math.Tanh(-0.2 + 2.0 - 0.25), Math.Tanh(0.3 - 1.0 + 1.0), Math.Tanh(0.4 - 1.0), Math.Tanh(-0.5 + 0.75)],
            [Math.Tanh(-0.3 + 0.5 + 0.5), Math.Tanh(0.0 - 1.0 - 0.25), Math.Tanh(0.2 + 0.0 + 1.0), Math.Tanh(-0.1 - 1.0), Math.Tanh(0.6 + 0.75)],
        ];
        for (var instance = 0; instance < 2; instance++)
            y1.Row(instance).ToArray().Should().Equal(expected[instance], (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm,
                $"row {instance}: b is added once, inside tanh, to each neuron (chapter 1, \"Task 2: the second step\")");
    }

    [Test]
    [KataTask(2)]
    public void Second_step_with_no_input_and_no_memory_outputs_tanh_of_the_bias()
    {
        var weights = new RnnWeights(Matrix<double>.Build.Dense(3, 5), Matrix<double>.Build.Dense(5, 5), Bias);

        var y1 = TwoStepRnn.SecondStep(Matrix<double>.Build.Dense(4, 5, 0.5), SeedBatch.X1, weights);

        for (var instance = 0; instance < 4; instance++)
            y1.Row(instance).ToArray().Should().Equal(Bias.Select(Math.Tanh),
                (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm, "with Wx = 0 and Wy = 0 every instance outputs tanh(b)");
    }

    [Test]
    [KataTask(3)]
    public void Unroll_adds_the_bias_at_both_steps()
    {
        var weights = Weights.InputToSameNeuron(wy: Weights.Identity5, b: Bias);
        var x0 = Weights.Batch(new[,] { { 0.5, -1.0, 0.25 } });
        var x1 = Weights.Batch(new[,] { { 1.0, 0.0, -0.5 } });

        var outputs = TwoStepRnn.Unroll(x0, x1, weights);

        // Wx routes input k to neuron k (k < 3) and Wy = I, so each neuron is its own scalar recurrence:
        // y0 = tanh(x0 + b), y1 = tanh(y0 + x1 + b), with x = 0 for neurons 3 and 4.
        double[] b = [0.5, -0.25, 1.0, -1.0, 0.75];
        double[] in0 = [0.5, -1.0, 0.25, 0, 0];
        double[] in1 = [1.0, 0.0, -0.5, 0, 0];
        var expectedY0 = Enumerable.Range(0, 5).Select(j => Math.Tanh(in0[j] + b[j])).ToArray();
        var expectedY1 = Enumerable.Range(0, 5).Select(j => Math.Tanh(expectedY0[j] + in1[j] + b[j])).ToArray();
        outputs.Y0.Row(0).ToArray().Should().Equal(expectedY0, (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm,
            "Y0 = tanh(X0·Wx + b)");
        outputs.Y1.Row(0).ToArray().Should().Equal(expectedY1, (a, e) => Math.Abs(a - e) < Tolerance.ClosedForm,
            "Y1 = tanh(Y0·Wy + X1·Wx + b): the same b as at t = 0");
    }

    [Test]
    [KataTask(3)]
    public void Unroll_of_the_seed_batch_with_a_random_bias_matches_a_neuron_by_neuron_computation()
    {
        var seeded = RnnWeights.Seeded();
        var weights = new RnnWeights(seeded.Wx, seeded.Wy, KataRandom.Normal(5, 1, seed: 11).Column(0));

        var outputs = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, weights);

        var y0 = NeuronByNeuron.Step(SeedBatch.X0, null, weights);
        Matrices.ShouldBeClose(outputs.Y0, y0, "Y0 = tanh(X0·Wx + b)");
        Matrices.ShouldBeClose(outputs.Y1, NeuronByNeuron.Step(SeedBatch.X1, y0, weights), "Y1 = tanh(Y0·Wy + X1·Wx + b)");
    }
}
