using RnnKata.Experiments.Adding;

namespace RnnKata.Experiments.Tests;

public sealed class AddingProblemTests
{
    [Test]
    public void The_target_is_the_sum_of_the_two_marked_values()
    {
        var sequence = new AddingSequence([0.5, 0.25, 0.125, 0.75], first: 1, second: 3);

        sequence.Target.Should().Be(1.0);
        Enumerable.Range(0, 4).Select(sequence.Marker).Should().Equal(0.0, 1.0, 0.0, 1.0);
    }

    [Test]
    public void A_batch_is_time_major_with_the_value_then_the_marker_of_each_sequence_per_step()
    {
        AddingSequence[] sequences =
        [
            new([0.5, 0.25, 0.125], first: 0, second: 2),
            new([0.75, 0.375, 1.0], first: 1, second: 2),
        ];

        var (inputs, targets) = AddingProblem.ToBatch(sequences);

        // step 0: (0.5, 1) (0.75, 0); step 1: (0.25, 0) (0.375, 1); step 2: (0.125, 1) (1.0, 1)
        inputs.Should().Equal(0.5f, 1f, 0.75f, 0f, 0.25f, 0f, 0.375f, 1f, 0.125f, 1f, 1f, 1f);
        targets.Should().Equal(0.625f, 1.375f);
    }

    [Test]
    public void Every_generated_sequence_has_one_marker_in_each_half_and_values_in_the_unit_interval()
    {
        var sequences = AddingProblem.Generate(200, 9, new Random(3));

        foreach (var s in sequences)
        {
            s.Steps.Should().Be(9);
            s.First.Should().BeInRange(0, 3, "the first marker falls in the first half, steps 0 … T/2 − 1");
            s.Second.Should().BeInRange(4, 8, "the second marker falls in the second half, steps T/2 … T − 1");
            s.Values.Should().OnlyContain(v => v >= 0 && v < 1);
            Enumerable.Range(0, 9).Sum(s.Marker).Should().Be(2);
        }
        sequences.Select(s => s.First).Distinct().Should().HaveCount(4, "every step of the first half is drawn");
        sequences.Select(s => s.Second).Distinct().Should().HaveCount(5, "every step of the second half is drawn");
    }

    [Test]
    public void The_same_seed_gives_the_same_sequences_and_another_seed_others()
    {
        var first = AddingProblem.Generate(4, 10, new Random(42));
        var again = AddingProblem.Generate(4, 10, new Random(42));
        var other = AddingProblem.Generate(4, 10, new Random(43));

        first.Select(s => s.Target).Should().Equal(again.Select(s => s.Target));
        first.SelectMany(s => s.Values).Should().Equal(again.SelectMany(s => s.Values));
        first.SelectMany(s => s.Values).Should().NotEqual(other.SelectMany(s => s.Values));
    }

    [Test]
    public void Always_predicting_one_scores_an_MSE_of_one_sixth()
    {
        // (U + U′ − 1)² has mean 1/6 and standard deviation 0.197: over 20 000 sequences the mean is
        // within 0.0014 of 1/6 one time in three, within 0.005 (3.5 standard errors) almost always.
        var sequences = AddingProblem.Generate(20_000, 6, new Random(7));

        sequences.Average(s => Math.Pow(s.Target - AddingProblem.BaselinePrediction, 2)).Should().BeApproximately(AddingProblem.BaselineMse, 0.005);
        AddingProblem.BaselineMse.Should().BeApproximately(0.1667, 1e-4);
    }

    [TestCase(0, 0, "second")]
    [TestCase(-1, 2, "first")]
    [TestCase(0, 4, "second")]
    public void Markers_must_be_two_different_steps_inside_the_sequence(int first, int second, string parameter) =>
        FluentActions.Invoking(() => new AddingSequence([0.1, 0.2, 0.3, 0.4], first, second))
            .Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be(parameter);

    [Test]
    public void A_value_that_is_not_finite_is_rejected_with_its_step() =>
        FluentActions.Invoking(() => new AddingSequence([0.1, double.NaN, 0.3], 0, 2))
            .Should().Throw<ArgumentException>().WithMessage("values[1] is NaN*").And.ParamName.Should().Be("values");

    [Test]
    public void A_batch_of_sequences_of_different_lengths_is_rejected_naming_the_odd_one() =>
        FluentActions.Invoking(() => AddingProblem.ToBatch([new([0.1, 0.2], 0, 1), new([0.1, 0.2, 0.3], 0, 2)]))
            .Should().Throw<ArgumentException>().WithMessage("sequences[1] has 3 steps but sequences[0] has 2*");
}
