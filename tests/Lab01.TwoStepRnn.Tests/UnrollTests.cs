using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab01.Tests;

[TestFixture]
[KataTask(3)]
public class UnrollTests
{
    private static readonly RnnWeights Seeded = RnnWeights.Seeded();

    [Test]
    public void Both_outputs_of_the_seed_batch_are_four_by_five()
    {
        var outputs = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, Seeded);

        outputs.Y0.RowCount.Should().Be(4, "four instances in the mini-batch");
        outputs.Y0.ColumnCount.Should().Be(5, "five recurrent neurons");
        outputs.Y1.RowCount.Should().Be(4);
        outputs.Y1.ColumnCount.Should().Be(5);
    }

    [Test]
    public void The_seed_batch_matches_a_neuron_by_neuron_computation()
    {
        var outputs = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, Seeded);

        var y0 = NeuronByNeuron.Step(SeedBatch.X0, null, Seeded);
        Matrices.ShouldBeClose(outputs.Y0, y0, "Y0 = tanh(X0·Wx + b)");
        Matrices.ShouldBeClose(outputs.Y1, NeuronByNeuron.Step(SeedBatch.X1, y0, Seeded), "Y1 = tanh(Y0·Wy + X1·Wx + b)");
    }

    [Test]
    public void Both_steps_share_the_same_weights()
    {
        var outputs = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, Seeded);

        var y0 = TwoStepRnn.FirstStep(SeedBatch.X0, Seeded);
        Matrices.ShouldBeClose(outputs.Y0, y0, "Unroll's Y0 is the first step");
        Matrices.ShouldBeClose(outputs.Y1, TwoStepRnn.SecondStep(y0, SeedBatch.X1, Seeded), "Unroll's Y1 is the second step fed with Y0");
    }

    [Test]
    public void Y0_does_not_depend_on_X1()
    {
        var zerosAtT1 = Matrix<double>.Build.Dense(4, 3);

        var original = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, Seeded);
        var changed = TwoStepRnn.Unroll(SeedBatch.X0, zerosAtT1, Seeded);

        changed.Y0.Equals(original.Y0).Should().BeTrue("the first step cannot see the future");
        changed.Y1.Equals(original.Y1).Should().BeFalse("the second step does read X1");
    }

    [Test]
    public void Changing_X0_changes_Y1_through_the_recurrence()
    {
        var otherX0 = SeedBatch.X0 * 0.5;

        var original = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, Seeded);
        var changed = TwoStepRnn.Unroll(otherX0, SeedBatch.X1, Seeded);

        for (var instance = 0; instance < 4; instance++)
            RowsEqual(changed.Y1, original.Y1, instance).Should().BeFalse(
                $"row {instance}'s Y1 (the lab's instance{instance + 1}) must carry memory of its X0 row through Y0·Wy");
    }

    [Test]
    public void Row_i_of_the_outputs_depends_only_on_row_i_of_the_inputs()
    {
        var x0 = SeedBatch.X0;
        var x1 = SeedBatch.X1;
        x0[2, 0] += 1.5;
        x1[2, 1] -= 2.0;

        var original = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, Seeded);
        var changed = TwoStepRnn.Unroll(x0, x1, Seeded);

        foreach (var other in new[] { 0, 1, 3 })
        {
            RowsEqual(changed.Y0, original.Y0, other).Should().BeTrue($"row {other} (the lab's instance{other + 1}) did not change at t = 0");
            RowsEqual(changed.Y1, original.Y1, other).Should().BeTrue($"row {other} (the lab's instance{other + 1}) did not change at t = 1");
        }
        RowsEqual(changed.Y1, original.Y1, 2).Should().BeFalse("the inputs of row 2 (the lab's instance3) changed");
    }

    [Test]
    public void Every_output_of_the_seed_batch_stays_inside_the_range_of_tanh()
    {
        var outputs = TwoStepRnn.Unroll(SeedBatch.X0, SeedBatch.X1, Seeded);

        outputs.Y0.Enumerate().Concat(outputs.Y1.Enumerate()).Should().OnlyContain(v => v > -1 && v < 1 || Math.Abs(v) == 1);
        outputs.Y0.Enumerate().Should().Contain(v => Math.Abs(v) > 0.99,
            "the seed's inputs go up to 9: with standard-normal weights some neurons saturate, as in the lab's printout");
    }

    /// <summary>Row <paramref name="row"/> of <paramref name="a"/> and <paramref name="b"/> is exactly the same.</summary>
    private static bool RowsEqual(Matrix<double> a, Matrix<double> b, int row) => a.Row(row).Equals(b.Row(row));
}
