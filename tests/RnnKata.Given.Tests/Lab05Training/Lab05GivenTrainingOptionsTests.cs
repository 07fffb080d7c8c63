using RnnKata.Lab05;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 5's given <see cref="Seq2SeqTrainingOptions"/>: <c>Validate</c> names the first setting out of range, and
/// <c>LearningRateAt</c> is the cosine schedule of chapter 5 ("Beating the seed on exercise 2").
/// </summary>
[TestFixture]
public class Lab05GivenTrainingOptionsTests
{
    private static Seq2SeqTrainingOptions Seeds() => new(new Seq2SeqSpec(1, 50), 64, 2500);

    [Test]
    public void The_seeds_settings_and_a_schedule_are_valid()
    {
        FluentActions.Invoking(() => Seeds().Validate()).Should().NotThrow();
        FluentActions.Invoking(() => (Seeds() with { FinalLearningRate = 0.0007, Iterations = 0, L2 = 0 }).Validate()).Should().NotThrow();
    }

    private static IEnumerable<TestCaseData> OutOfRange()
    {
        yield return Case(o => o with { BatchSize = 0 }, "BatchSize", "BatchSize (0)");
        yield return Case(o => o with { Iterations = -1 }, "BatchSize", "Iterations (-1)");
        yield return Case(o => o with { TestEvery = 0 }, "BatchSize", "TestEvery (0)");
        yield return Case(o => o with { L2 = -0.001 }, "L2", "(it is -0.001)");
        yield return Case(o => o with { L2 = double.NaN }, "L2", "(it is NaN)");
        yield return Case(o => o with { L2 = double.PositiveInfinity }, "L2", "finite");
        yield return Case(o => o with { L2Scope = (L2Scope)7 }, "L2", "L2Scope (7)");
        yield return Case(o => o with { Feed = (DecoderFeed)7 }, "L2", "Feed (7)");
        yield return Case(o => o with { LearningRate = 0 }, "learningRate", "learning rate");
        yield return Case(o => o with { Decay = 1 }, "decay", "ρ");
        yield return Case(o => o with { Momentum = -0.5 }, "momentum", "μ");
        yield return Case(o => o with { Epsilon = 0 }, "epsilon", "epsilon");
        yield return Case(o => o with { InitialAccumulator = -1 }, "initialAccumulator", "accumulator");
        yield return Case(o => o with { FinalLearningRate = 0 }, "FinalLearningRate", "(it is 0)");
        yield return Case(o => o with { FinalLearningRate = double.NaN }, "FinalLearningRate", "(it is NaN)");
        yield return Case(o => o with { FinalLearningRate = double.PositiveInfinity }, "FinalLearningRate", "positive finite");

        static TestCaseData Case(Func<Seq2SeqTrainingOptions, Seq2SeqTrainingOptions> change, string name, string says) =>
            new TestCaseData(change, name, says).SetArgDisplayNames(says);
    }

    [TestCaseSource(nameof(OutOfRange))]
    public void A_setting_out_of_range_is_an_argument_exception_naming_it(Func<Seq2SeqTrainingOptions, Seq2SeqTrainingOptions> change, string name, string says)
    {
        var options = change(Seeds());

        FluentActions.Invoking(options.Validate).Should().Throw<ArgumentException>()
            .Where(e => e.GetType() == typeof(ArgumentException) && e.ParamName == name && e.Message.Contains(says));
    }

    [Test]
    public void A_missing_spec_is_named() =>
        FluentActions.Invoking(() => (Seeds() with { Spec = null! }).Validate()).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "Spec");

    [Test]
    public void Without_a_final_rate_every_iteration_uses_the_learning_rate() =>
        new[] { 0, 1, 1250, 2500 }.Select(Seeds().LearningRateAt).Should().AllBeEquivalentTo(0.007);

    [Test]
    public void The_schedule_follows_half_a_cosine_from_the_learning_rate_to_the_final_one()
    {
        var options = Seeds() with { LearningRate = 0.008, FinalLearningRate = 0.0008, Iterations = 100 };

        // lr_f + (lr − lr_f)·(1 + cos(πt/T))/2 at t = 0, T/4, T/2, 3T/4, T: cos = 1, √½, 0, −√½, −1.
        double span = 0.0072, half = Math.Sqrt(0.5);
        var expected = new[] { 0.008, 0.0008 + span * (1 + half) / 2, 0.0044, 0.0008 + span * (1 - half) / 2, 0.0008 };
        new[] { 0, 25, 50, 75, 100 }.Select(options.LearningRateAt).Should().Equal(expected, (a, e) => Math.Abs(a - e) <= 1e-15);
    }

    [Test]
    public void A_run_of_no_iterations_keeps_the_learning_rate() =>
        (Seeds() with { FinalLearningRate = 0.0007, Iterations = 0 }).LearningRateAt(0).Should().Be(0.007);

    [TestCase(-1)]
    [TestCase(2501)]
    public void An_iteration_outside_the_run_is_rejected(int iteration) =>
        FluentActions.Invoking(() => Seeds().LearningRateAt(iteration)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "iteration");
}
