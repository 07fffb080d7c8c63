using RnnKata.Engine.Conformance.Tests.Support;

namespace RnnKata.Engine.Conformance.Tests;

/// <summary>
/// A recurrent layer's forward pass over a sequence and its backpropagation through time, for every
/// cell, against Labs 2–3 (the logistic Elman cell: Lab 4's given layer) in double precision. Sizes are not multiples of any tile or vector width.
/// </summary>
[TestFixtureSource(typeof(BackendUnderTest), nameof(BackendUnderTest.Names))]
public sealed class RecurrentConformanceTests(string backend) : BackendUnderTest(backend)
{
    private static readonly (int Input, int Hidden, int Batch, int Steps)[] Sizes =
    [
        (3, 5, 4, 6), (1, 17, 3, 4), (33, 40, 7, 3), (16, 32, 16, 2),
    ];

    private static IEnumerable<TestCaseData> Problems() =>
        from cell in Enum.GetValues<CellKind>()
        from size in Sizes
        from withState in new[] { false, true }
        let problem = RecurrentProblem.Create(cell, size.Input, size.Hidden, size.Batch, size.Steps, withState)
        select new TestCaseData(problem).SetArgDisplayNames(problem.ToString());

    [TestCaseSource(nameof(Problems))]
    public void Forward_gives_the_hidden_states_of_the_double_lab_implementation(RecurrentProblem problem)
    {
        var expected = RecurrentReference.Solve(problem);
        using var run = new RecurrentRun(Backend, problem);

        run.Forward();

        Float32Agreement.ShouldAgree(Backend.Download(run.Cache.Hidden), expected.Hidden, "h");
        if (expected.Cell is not null)
            Float32Agreement.ShouldAgree(Backend.Download(run.Cache.Cell), expected.Cell, "c");
        Float32Agreement.ShouldAgree(Backend.Download(run.Cache.LastHidden), expected.Hidden[^(problem.Batch * problem.Shape.Hidden)..], "h_T");
    }

    [TestCaseSource(nameof(Problems))]
    public void Backward_through_time_gives_the_gradients_of_the_double_lab_implementation(RecurrentProblem problem)
    {
        var expected = RecurrentReference.Solve(problem);
        using var run = new RecurrentRun(Backend, problem);
        var before = run.FillGradientsWithNoise(seed: 99);

        run.Forward();
        run.Backward();

        // Parameter gradients are accumulated: what was in the buffer plus this sequence's gradient.
        var o = problem.Offsets;
        var s = problem.Shape;
        var after = Backend.Download(run.Gradients.All);
        Float32Agreement.ShouldAgree(after[o.WeightIh..(o.WeightIh + s.WeightIhLength)], Plus(before, o.WeightIh, expected.DWeightIh), "∂W_ih");
        Float32Agreement.ShouldAgree(after[o.WeightHh..(o.WeightHh + s.WeightHhLength)], Plus(before, o.WeightHh, expected.DWeightHh), "∂W_hh");
        Float32Agreement.ShouldAgree(after[o.BiasIh..(o.BiasIh + s.BiasLength)], Plus(before, o.BiasIh, expected.DBiasIh), "∂b_ih");
        Float32Agreement.ShouldAgree(after[o.BiasHh..(o.BiasHh + s.BiasLength)], Plus(before, o.BiasHh, expected.DBiasHh), "∂b_hh");
        Float32Agreement.ShouldAgree(Backend.Download(run.InputGradients.All), expected.DInputs, "∂x");
        Float32Agreement.ShouldAgree(Backend.Download(run.InitialHiddenGradient.All), expected.DInitialHidden, "∂h_0");
        if (expected.DInitialCell is not null)
            Float32Agreement.ShouldAgree(Backend.Download(run.InitialCellGradient!.All), expected.DInitialCell, "∂c_0");
    }

    [Test]
    public void Backward_can_skip_the_gradients_nobody_wants()
    {
        var problem = RecurrentProblem.Create(CellKind.Gru, 4, 6, 3, 5, withInitialState: true);
        var expected = RecurrentReference.Solve(problem);
        using var run = new RecurrentRun(Backend, problem);

        run.Forward();
        run.Backward(wantInputAndStateGradients: false);

        var o = problem.Offsets;
        Float32Agreement.ShouldAgree(Backend.Download(run.Gradients.Slice(o.WeightHh, problem.Shape.WeightHhLength)), expected.DWeightHh, "∂W_hh");
    }

    [Test]
    public void A_second_forward_pass_into_the_same_cache_replaces_the_first()
    {
        var first = RecurrentProblem.Create(CellKind.Lstm, 3, 8, 2, 4, withInitialState: true, seed: 1);
        var second = first with { Inputs = HostData.Uniform(first.Inputs.Length, seed: 77) };
        using var run = new RecurrentRun(Backend, first);
        run.Forward();

        Backend.Upload(run.Inputs.All, second.Inputs);
        run.Forward();

        Float32Agreement.ShouldAgree(Backend.Download(run.Cache.Hidden), RecurrentReference.Solve(second).Hidden, "h");
    }

    private static double[] Plus(float[] before, int offset, double[] gradient) =>
        gradient.Select((g, i) => before[offset + i] + g).ToArray();
}
