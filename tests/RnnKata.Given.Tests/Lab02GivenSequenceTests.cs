using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab02;

namespace RnnKata.Given.Tests;

/// <summary>
/// Lab 2's given sequence code (exercises/Lab02.ElmanBptt/Given): the <see cref="SequenceData"/> and
/// trace records, and the sine task's data. Not the student's exercise, so tested here rather than in tests/Lab02.ElmanBptt.Tests.
/// </summary>
[TestFixture]
public class Lab02GivenSequenceTests
{
    private static MatrixBuilder<double> M => Matrix<double>.Build;

    /// <summary><paramref name="steps"/> matrices of ones, each rows × columns.</summary>
    private static Matrix<double>[] Steps(int steps, int rows, int columns) =>
        Enumerable.Range(0, steps).Select(_ => M.Dense(rows, columns, 1.0)).ToArray();

    // ---- SequenceData ----

    [Test]
    public void Sequence_data_holds_its_own_copy_of_the_inputs_and_targets()
    {
        var inputs = Steps(4, 3, 2);
        var targets = Steps(4, 3, 1);

        var data = new SequenceData(inputs, targets);
        inputs[0] = M.Dense(3, 2);

        (data.Steps, data.Batch).Should().Be((4, 3));
        data.Inputs[0][0, 0].Should().Be(1.0, "the record copied the list");
        data.Targets.Should().HaveCount(4);
    }

    [Test]
    public void Targets_must_match_the_inputs_step_for_step_and_in_batch()
    {
        Action fewer = () => new SequenceData(Steps(3, 2, 1), Steps(2, 2, 1));
        Action otherBatch = () => new SequenceData(Steps(3, 2, 1), Steps(3, 4, 1));
        Action noInputs = () => new SequenceData([], Steps(3, 2, 1));
        Action nanTarget = () => new SequenceData(Steps(3, 2, 1), [M.Dense(2, 1), M.Dense(2, 1), M.Dense(2, 1, double.PositiveInfinity)]);

        fewer.Should().Throw<ArgumentException>().Where(e => e.ParamName == "targets")
            .WithMessage("targets must hold 3 step(s) (one target per input step) but holds 2.*");
        otherBatch.Should().Throw<ArgumentException>().Where(e => e.ParamName == "targets")
            .WithMessage("targets[0] must be 2×1 (one target per input step) but is 4×1.*");
        noInputs.Should().Throw<ArgumentException>().Where(e => e.ParamName == "inputs").WithMessage("inputs must hold at least one time step*");
        nanTarget.Should().Throw<ArgumentException>().Where(e => e.ParamName == "targets").WithMessage("targets[2] (2×1) holds *at row 0, column 0*");
    }

    // ---- SequenceTrace (TraceLengths) ----

    [Test]
    public void An_Elman_trace_accepts_T_outputs_many_to_many_and_one_output_many_to_one()
    {
        var manyToMany = new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), Steps(3, 2, 1), Activation.Relu, SequenceMode.ManyToMany);
        var manyToOne = new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), Steps(1, 2, 1), Activation.Tanh, SequenceMode.ManyToOne);

        (manyToMany.Steps, manyToMany.Outputs.Count, manyToMany.Activation, manyToMany.Mode).Should().Be((3, 3, Activation.Relu, SequenceMode.ManyToMany));
        (manyToOne.Steps, manyToOne.Outputs.Count, manyToOne.Mode).Should().Be((3, 1, SequenceMode.ManyToOne));
    }

    [TestCase(SequenceMode.ManyToMany, 1, "outputs must hold 3 step(s) for ManyToMany over 3 steps but holds 1.")]
    [TestCase(SequenceMode.ManyToOne, 3, "outputs must hold 1 step(s) for ManyToOne over 3 steps but holds 3.")]
    public void A_trace_with_the_wrong_number_of_outputs_for_its_mode_is_rejected(SequenceMode mode, int outputs, string message)
    {
        Action act = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), Steps(outputs, 2, 1), Activation.Tanh, mode);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs").WithMessage($"{message}*");
    }

    [Test]
    public void A_trace_needs_one_hidden_state_per_step_and_at_least_one_step()
    {
        Action fewStates = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(2, 2, 4), Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);
        Action noSteps = () => new SequenceTrace([], M.Dense(2, 4), [], [], Activation.Tanh, SequenceMode.ManyToMany);
        Action jordan = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 1), Steps(4, 2, 4), Steps(3, 2, 1), Activation.Tanh);

        fewStates.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hidden")
            .WithMessage("hidden must hold one state per time step (3) but holds 2.*");
        noSteps.Should().Throw<ArgumentException>().Where(e => e.ParamName == "inputs").WithMessage("A trace needs at least one time step.*");
        jordan.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hidden")
            .WithMessage("hidden must hold one state per time step (3) but holds 4.*");
    }

    [Test]
    public void A_Jordan_trace_always_holds_every_output_because_each_feeds_the_next_step()
    {
        Action lastOnly = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 1), Steps(3, 2, 4), Steps(1, 2, 1), Activation.Tanh);

        lastOnly.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs")
            .WithMessage("outputs must hold 3 step(s) for ManyToMany over 3 steps but holds 1.*");
        new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 1), Steps(3, 2, 4), Steps(3, 2, 1), Activation.Identity).Steps.Should().Be(3);
    }

    [Test]
    public void A_trace_with_a_missing_list_or_initial_state_is_rejected_by_name()
    {
        Action inputs = () => new SequenceTrace(null!, M.Dense(2, 4), Steps(3, 2, 4), Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);
        Action h0 = () => new SequenceTrace(Steps(3, 2, 1), null!, Steps(3, 2, 4), Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);
        Action hidden = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), null!, Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);
        Action outputs = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), null!, Activation.Tanh, SequenceMode.ManyToMany);

        inputs.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "inputs");
        h0.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "h0");
        hidden.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "hidden");
        outputs.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "outputs");
    }

    [Test]
    public void Deep_traces_need_one_inner_state_and_one_hidden_state_per_step()
    {
        var transition = new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), Steps(3, 2, 1), Activation.Tanh, inner: Steps(3, 2, 5));
        var deepOutput = new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), Steps(3, 2, 1), Activation.Relu, inner: Steps(3, 2, 5));
        Action shortInner = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), Steps(3, 2, 1), Activation.Tanh, inner: Steps(2, 2, 5));
        Action shortHidden = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(2, 2, 4), Steps(3, 2, 1), Activation.Tanh, inner: Steps(3, 2, 5));
        Action lastOutputOnly = () => new SequenceTrace(Steps(3, 2, 1), M.Dense(2, 4), Steps(3, 2, 4), Steps(1, 2, 1), Activation.Tanh, inner: Steps(3, 2, 5));
        Action noH0 = () => new SequenceTrace(Steps(3, 2, 1), null!, Steps(3, 2, 4), Steps(3, 2, 1), Activation.Tanh, inner: Steps(3, 2, 5));

        (transition.Inner.Count, transition.Hidden.Count, transition.Activation).Should().Be((3, 3, Activation.Tanh));
        (deepOutput.Hidden.Count, deepOutput.Inner.Count, deepOutput.Activation).Should().Be((3, 3, Activation.Relu));
        shortInner.Should().Throw<ArgumentException>().Where(e => e.ParamName == "inner")
            .WithMessage("inner must hold one state per time step (3) but holds 2.*");
        shortHidden.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hidden")
            .WithMessage("hidden must hold one state per time step (3) but holds 2.*");
        lastOutputOnly.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs").WithMessage("outputs must hold 3 step(s)*");
        noH0.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "h0");
    }

    [Test]
    public void A_stacked_trace_needs_one_list_of_states_per_layer_each_one_per_step()
    {
        var h0 = new[] { M.Dense(2, 4), M.Dense(2, 3) };
        IReadOnlyList<Matrix<double>>[] hidden = [Steps(3, 2, 4), Steps(3, 2, 3)];

        var trace = new StackedTrace(Steps(3, 2, 1), h0, hidden, Steps(1, 2, 1), Activation.Tanh, SequenceMode.ManyToOne);
        Action oneList = () => new StackedTrace(Steps(3, 2, 1), h0, [Steps(3, 2, 4)], Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);
        Action noLayers = () => new StackedTrace(Steps(3, 2, 1), [], [], Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);
        Action shortTop = () => new StackedTrace(Steps(3, 2, 1), h0, [Steps(3, 2, 4), Steps(2, 2, 3)], Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);
        Action manyOutputs = () => new StackedTrace(Steps(3, 2, 1), h0, hidden, Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToOne);
        Action noH0 = () => new StackedTrace(Steps(3, 2, 1), null!, hidden, Steps(3, 2, 1), Activation.Tanh, SequenceMode.ManyToMany);

        (trace.Steps, trace.Depth, trace.Outputs.Count, trace.Mode).Should().Be((3, 2, 1, SequenceMode.ManyToOne));
        oneList.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hidden")
            .WithMessage("hidden must hold one list of states per layer (2) but holds 1.*");
        noLayers.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hidden").WithMessage("hidden must hold one list of states per layer*");
        shortTop.Should().Throw<ArgumentException>().Where(e => e.ParamName == "hidden")
            .WithMessage("hidden must hold one state per time step (3) but holds 2.*");
        manyOutputs.Should().Throw<ArgumentException>().Where(e => e.ParamName == "outputs")
            .WithMessage("outputs must hold 1 step(s) for ManyToOne over 3 steps but holds 3.*");
        noH0.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "h0");
    }

    // ---- SineTask ----

    [Test]
    public void The_sine_task_is_16_sequences_of_20_steps_with_one_value_in_and_one_out()
    {
        var data = SineTask.Create();

        (data.Batch, data.Steps).Should().Be((16, 20));
        data.Inputs.Concat(data.Targets).Should().OnlyContain(m => m.RowCount == 16 && m.ColumnCount == 1);
    }

    [Test]
    public void Each_target_is_the_next_input()
    {
        var data = SineTask.Create();

        for (var t = 0; t < data.Steps - 1; t++)
            data.Targets[t].Equals(data.Inputs[t + 1]).Should().BeTrue($"y(t) = x(t + 1) at t = {t}");
    }

    [Test]
    public void Every_sequence_is_a_unit_sine_advancing_by_omega_per_step()
    {
        // x(t) = sin(ωt + φ): then cos(ωt + φ) = (x(t+1) − x(t) cos ω) / sin ω, and the pair lies on the unit circle;
        // x(t+1) + x(t−1) = 2 cos ω · x(t) whatever the phase.
        var data = SineTask.Create(batch: 5, steps: 40, seed: 9);
        var omega = SineTask.Frequency;
        double X(int n, int t) => t < data.Steps ? data.Inputs[t][n, 0] : data.Targets[data.Steps - 1][n, 0];

        omega.Should().Be(0.5);
        (2 * Math.PI / omega).Should().BeApproximately(12.6, 0.05, "about 12.6 steps per period");
        for (var n = 0; n < data.Batch; n++)
            for (var t = 0; t < data.Steps; t++)
            {
                var cos = (X(n, t + 1) - X(n, t) * Math.Cos(omega)) / Math.Sin(omega);
                (X(n, t) * X(n, t) + cos * cos).Should().BeApproximately(1.0, 1e-12, $"sequence {n} at step {t} has amplitude 1");
                if (t > 0)
                    (X(n, t + 1) + X(n, t - 1)).Should().BeApproximately(2 * Math.Cos(omega) * X(n, t), 1e-12, $"sequence {n} at step {t}");
            }
    }

    [Test]
    public void Each_sequence_has_its_own_phase_and_the_seed_fixes_the_phases()
    {
        var data = SineTask.Create();
        var again = SineTask.Create();
        var other = SineTask.Create(seed: 7);
        var longer = SineTask.Create(steps: 30);

        var starts = data.Inputs[0].Column(0).ToArray();
        starts.Should().OnlyHaveUniqueItems("every sequence has its own phase");
        data.Inputs.Zip(again.Inputs, (a, b) => a.Equals(b)).Should().AllBeEquivalentTo(true, "the same seed gives the same data");
        data.Targets.Zip(again.Targets, (a, b) => a.Equals(b)).Should().AllBeEquivalentTo(true);
        other.Inputs[0].Equals(data.Inputs[0]).Should().BeFalse("another seed gives other phases");
        longer.Inputs.Take(20).Zip(data.Inputs, (a, b) => a.Equals(b)).Should().AllBeEquivalentTo(true, "a longer task continues the same waves");
    }

    [Test]
    public void The_sine_task_takes_any_positive_size()
    {
        var single = SineTask.Create(batch: 1, steps: 1);
        var reach = SineTask.Create(batch: 4, steps: 30);

        (single.Batch, single.Steps).Should().Be((1, 1));
        (reach.Batch, reach.Steps).Should().Be((4, 30));
    }

    [TestCase(0, 20, "batch")]
    [TestCase(-1, 20, "batch")]
    [TestCase(16, 0, "steps")]
    public void The_sine_task_rejects_an_empty_batch_or_sequence(int batch, int steps, string name)
    {
        Action act = () => SineTask.Create(batch, steps);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == name);
    }
}
