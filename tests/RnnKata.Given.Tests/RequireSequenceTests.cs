using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Given.Tests;

/// <summary>
/// The sequence checks Labs 2 and 3 are given (<see cref="RequireSequence"/>): one set of rules and
/// messages, each naming the time step that is wrong and the shape it should have.
/// </summary>
[TestFixture]
public class RequireSequenceTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    /// <summary><paramref name="steps"/> matrices of ones, each rows × columns.</summary>
    private static Matrix<double>[] Steps(int steps, int rows, int columns) =>
        Enumerable.Range(0, steps).Select(_ => M.Dense(rows, columns, 1.0)).ToArray();

    // ---- RequireSequence.Steps ----

    [Test]
    public void A_well_formed_input_sequence_passes_and_gives_its_batch_size()
    {
        RequireSequence.Steps(Steps(3, 2, 3), 3, "xs", "one column per input").Should().Be(2);
        RequireSequence.Steps(Steps(1, 5, 1), 1, "xs", "one column per input").Should().Be(5);
    }

    [Test]
    public void An_empty_or_missing_input_sequence_is_rejected()
    {
        Action empty = () => RequireSequence.Steps([], 3, "xs", "one column per input");
        Action missing = () => RequireSequence.Steps(null, 3, "xs", "one column per input");

        empty.Should().Throw<ArgumentException>().Where(e => e.ParamName == "xs").WithMessage("xs must hold at least one time step but is empty.*");
        missing.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "xs");
    }

    [Test]
    public void A_ragged_batch_is_rejected_naming_the_step_and_the_batch_of_step_zero()
    {
        var xs = new[] { M.Dense(2, 3), M.Dense(2, 3), M.Dense(1, 3) };

        Action act = () => RequireSequence.Steps(xs, 3, "xs", "one column per input");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "xs")
            .WithMessage("xs[2] must be 2×3 (one column per input, the batch of xs[0]) but is 1×3.*");
    }

    [TestCase(0, "xs[0] must be 2×3 (one column per input, the batch of xs[0]) but is 2×4.")]
    [TestCase(1, "xs[1] must be 2×3 (one column per input, the batch of xs[0]) but is 2×4.")]
    public void A_step_of_the_wrong_width_is_rejected_saying_what_a_column_means(int wrongStep, string message)
    {
        var xs = Steps(2, 2, 3);
        xs[wrongStep] = M.Dense(2, 4);

        Action act = () => RequireSequence.Steps(xs, 3, "xs", "one column per input");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "xs").WithMessage($"{message}*");
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void A_step_holding_NaN_or_infinity_is_rejected_pointing_at_the_entry(double bad)
    {
        var xs = Steps(3, 2, 3);
        xs[1][1, 2] = bad;

        Action act = () => RequireSequence.Steps(xs, 3, "xs", "one column per input");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "xs")
            .WithMessage($"xs[1] (2×3) holds {bad} at row 1, column 2: every entry must be a finite number.*");
    }

    [Test]
    public void A_null_step_is_rejected_naming_it()
    {
        var xs = new[] { M.Dense(2, 3), null!, M.Dense(2, 3) };

        Action act = () => RequireSequence.Steps(xs, 3, "xs", "one column per input");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "xs").WithMessage("xs[1] is null: every time step needs a matrix.*");
    }

    // ---- RequireSequence.Shape and Matches ----

    [Test]
    public void A_sequence_of_unknown_width_passes_when_every_step_has_step_zeros_shape()
    {
        RequireSequence.Shape(Steps(4, 2, 5), "outputs").Should().Be((2, 5));
    }

    [Test]
    public void A_sequence_of_unknown_width_must_keep_step_zeros_shape_and_be_finite()
    {
        var ragged = new[] { M.Dense(2, 1), M.Dense(2, 1), M.Dense(3, 1) };
        var nan = new[] { M.Dense(2, 1), M.Dense(2, 1, double.NaN) };

        Action shape = () => RequireSequence.Shape(ragged, "outputs");
        Action notFinite = () => RequireSequence.Shape(nan, "outputs");
        Action empty = () => RequireSequence.Shape([], "outputs");
        Action missing = () => RequireSequence.Shape(null, "outputs");
        Action firstNull = () => RequireSequence.Shape([null!], "outputs");

        shape.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs")
            .WithMessage("outputs[2] must be 2×1 (the shape of outputs[0]) but is 3×1.*");
        notFinite.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs").WithMessage("outputs[1] (2×1) holds NaN at row 0, column 0*");
        empty.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs").WithMessage("outputs must hold at least one time step but is empty.*");
        missing.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "outputs");
        firstNull.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs").WithMessage("outputs[0] is null*");
    }

    [Test]
    public void A_sequence_that_must_match_another_checks_the_count_and_every_steps_shape()
    {
        var wrongStep = Steps(3, 2, 1);
        wrongStep[1] = M.Dense(2, 2);

        Action fine = () => RequireSequence.Matches(Steps(3, 2, 1), 3, 2, 1, "targets", "one per output");
        Action count = () => RequireSequence.Matches(Steps(2, 2, 1), 3, 2, 1, "targets", "one per output");
        Action shape = () => RequireSequence.Matches(wrongStep, 3, 2, 1, "targets", "one per output");
        Action missing = () => RequireSequence.Matches(null, 3, 2, 1, "targets", "one per output");

        fine.Should().NotThrow();
        count.Should().Throw<ArgumentException>().Where(e => e.ParamName == "targets").WithMessage("targets must hold 3 step(s) (one per output) but holds 2.*");
        shape.Should().Throw<ArgumentException>().Where(e => e.ParamName == "targets").WithMessage("targets[1] must be 2×1 (one per output) but is 2×2.*");
        missing.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "targets");
    }

    // ---- RequireSequence.ShapedLike ----

    [Test]
    public void Gradients_shaped_like_the_outputs_step_by_step_pass()
    {
        var outputs = new[] { M.Dense(2, 4), M.Dense(3, 1) };

        Action act = () => RequireSequence.ShapedLike([M.Dense(2, 4), M.Dense(3, 1)], outputs, "dOutputs", "one gradient per output");

        act.Should().NotThrow();
    }

    [Test]
    public void Gradients_that_do_not_match_the_outputs_are_rejected_naming_the_step()
    {
        // Step 1 of the outputs has another shape than step 0: the check must read each step's own shape.
        var outputs = new[] { M.Dense(2, 4), M.Dense(3, 1) };
        var nan = new[] { M.Dense(2, 4), M.Dense(3, 1, double.NaN) };

        Action count = () => RequireSequence.ShapedLike([M.Dense(2, 4)], outputs, "dOutputs", "one gradient per output");
        Action shape = () => RequireSequence.ShapedLike([M.Dense(2, 4), M.Dense(2, 4)], outputs, "dOutputs", "one gradient per output");
        Action notFinite = () => RequireSequence.ShapedLike(nan, outputs, "dOutputs", "one gradient per output");
        Action nullStep = () => RequireSequence.ShapedLike([M.Dense(2, 4), null!], outputs, "dOutputs", "one gradient per output");
        Action missing = () => RequireSequence.ShapedLike(null, outputs, "dOutputs", "one gradient per output");

        count.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dOutputs")
            .WithMessage("dOutputs must hold 2 step(s) (one gradient per output) but holds 1.*");
        shape.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dOutputs")
            .WithMessage("dOutputs[1] must be 3×1 (one gradient per output) but is 2×4.*");
        notFinite.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dOutputs").WithMessage("dOutputs[1] (3×1) holds NaN at row 0, column 0*");
        nullStep.Should().Throw<ArgumentException>().Where(e => e.ParamName == "dOutputs").WithMessage("dOutputs[1] is null: every time step needs a matrix.*");
        missing.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "dOutputs");
    }

    // ---- RequireSequence.Classes ----

    [Test]
    public void Class_indices_within_range_pass()
    {
        Action act = () => RequireSequence.Classes([[0, 2], [1, 1]], 2, 2, 3, "classes");

        act.Should().NotThrow();
    }

    [Test]
    public void Class_indices_that_do_not_fit_are_rejected_naming_the_step_and_row()
    {
        Action steps = () => RequireSequence.Classes([[0, 2]], 2, 2, 3, "classes");
        Action batch = () => RequireSequence.Classes([[0, 2], [1]], 2, 2, 3, "classes");
        Action range = () => RequireSequence.Classes([[0, 2], [1, 3]], 2, 2, 3, "classes");

        steps.Should().Throw<ArgumentException>().Where(e => e.ParamName == "classes").WithMessage("classes must hold 2 step(s) (one per output) but holds 1.*");
        batch.Should().Throw<ArgumentException>().Where(e => e.ParamName == "classes").WithMessage("classes[1] must hold 2 class indices (one per row) but holds 1.*");
        range.Should().Throw<ArgumentException>().Where(e => e.ParamName == "classes").WithMessage("classes[1][1] is 3 but must be a class index from 0 to 2*");
    }
}
