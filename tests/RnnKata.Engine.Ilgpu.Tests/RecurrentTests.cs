using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>Recurrent forward and backward passes of every cell against the double reference.</summary>
public sealed class RecurrentTests
{
    private static ComputeBackend Backend => CpuBackend.Instance;

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var cell in Enum.GetValues<CellKind>())
        {
            yield return new TestCaseData(cell, true).SetArgDisplayNames(cell.ToString(), "given initial states");
            yield return new TestCaseData(cell, false).SetArgDisplayNames(cell.ToString(), "zero initial states");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Forward_and_backward_match_the_double_reference(CellKind cell, bool initialStates)
    {
        var problem = new RecurrentProblem(cell, seed: 200 + (int)cell);
        var shape = problem.Shape;
        var lstm = shape.HasCellState;
        using var parameters = Backend.Upload(problem.Parameters);
        var before = HostData.Random(shape.ParameterCount, 300);
        using var gradientBuffer = Backend.Upload(before);
        using var inputs = Backend.Upload(problem.Inputs);
        using var h0 = Backend.Upload(problem.InitialHidden);
        using var c0 = Backend.Upload(problem.InitialCell);
        using var outputGradients = Backend.Upload(problem.OutputGradients);
        using var lastCell = Backend.Upload(problem.LastCellGradient);
        using var inputGradients = Backend.Upload(Enumerable.Repeat(float.NaN, problem.Inputs.Length).ToArray());
        using var h0Gradient = Backend.Allocate(problem.InitialHidden.Length);
        using var c0Gradient = Backend.Allocate(problem.InitialCell.Length);
        using var cache = Backend.CreateRecurrentCache(shape, problem.Batch, problem.Steps);
        var weights = RecurrentWeights.Layout(shape, parameters, 0);
        var initialHidden = initialStates ? h0.All : default;
        var initialCell = initialStates && lstm ? c0.All : default;

        Backend.RecurrentForward(shape, weights, inputs.All, initialHidden, initialCell, cache);
        Backend.RecurrentBackward(
            shape, weights, cache, inputs.All, initialHidden, initialCell, outputGradients.All, lstm ? lastCell.All : default,
            RecurrentWeights.Layout(shape, gradientBuffer, 0), inputGradients.All, h0Gradient.All, lstm ? c0Gradient.All : default);

        var reference = problem.Reference();
        var x = problem.Inputs.ToDouble();
        var referenceH0 = initialStates ? problem.InitialHidden.ToDouble() : null;
        var referenceC0 = initialStates && lstm ? problem.InitialCell.ToDouble() : null;
        var (hidden, cellStates) = reference.Forward(x, referenceH0, referenceC0);
        var expected = reference.Backward(x, referenceH0, referenceC0, problem.OutputGradients.ToDouble(), lstm ? problem.LastCellGradient.ToDouble() : null);

        Float32Agreement.ShouldAgree(Backend.Download(cache.Hidden), hidden, "h_1…h_T");
        if (lstm)
            Float32Agreement.ShouldAgree(Backend.Download(cache.Cell), cellStates, "c_1…c_T");
        double[] accumulated = [.. expected.WeightIh, .. expected.WeightHh, .. expected.BiasIh, .. expected.BiasHh];
        Float32Agreement.ShouldAgree(Backend.Download(gradientBuffer.All),
            accumulated.Select((g, i) => g + before[i]).ToArray(), "accumulated ∂W_ih, ∂W_hh, ∂b_ih, ∂b_hh");
        Float32Agreement.ShouldAgree(Backend.Download(inputGradients.All), expected.Inputs, "∂x");
        Float32Agreement.ShouldAgree(Backend.Download(h0Gradient.All), expected.InitialHidden, "∂h_0");
        if (lstm)
            Float32Agreement.ShouldAgree(Backend.Download(c0Gradient.All), expected.InitialCell, "∂c_0");
    }

    [Test]
    public void A_longer_sequence_with_a_wider_layer_crosses_GEMM_tile_edges()
    {
        // G·H = 4·5 = 20 and T·B = 18 rows: the projections and weight-gradient GEMMs have tails past the 16-wide tile.
        var problem = new RecurrentProblem(CellKind.Lstm, seed: 400, batch: 3, steps: 6, input: 17, hidden: 5);
        var shape = problem.Shape;
        using var parameters = Backend.Upload(problem.Parameters);
        using var gradientBuffer = Backend.Allocate(shape.ParameterCount);
        using var inputs = Backend.Upload(problem.Inputs);
        using var outputGradients = Backend.Upload(problem.OutputGradients);
        using var inputGradients = Backend.Allocate(problem.Inputs.Length);
        using var cache = Backend.CreateRecurrentCache(shape, problem.Batch, problem.Steps);
        var weights = RecurrentWeights.Layout(shape, parameters, 0);

        Backend.RecurrentForward(shape, weights, inputs.All, default, default, cache);
        Backend.RecurrentBackward(shape, weights, cache, inputs.All, default, default, outputGradients.All, default,
            RecurrentWeights.Layout(shape, gradientBuffer, 0), inputGradients.All, default, default);

        var reference = problem.Reference();
        var x = problem.Inputs.ToDouble();
        var expected = reference.Backward(x, null, null, problem.OutputGradients.ToDouble(), null);
        Float32Agreement.ShouldAgree(Backend.Download(cache.Hidden), reference.Forward(x, null, null).Hidden, "h_1…h_T");
        Float32Agreement.ShouldAgree(Backend.Download(gradientBuffer.All), [.. expected.WeightIh, .. expected.WeightHh, .. expected.BiasIh, .. expected.BiasHh], "∂θ");
        Float32Agreement.ShouldAgree(Backend.Download(inputGradients.All), expected.Inputs, "∂x");
    }
}
