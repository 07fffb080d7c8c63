using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(8)]
public class TruncatedBackwardTests
{
    private const string Section = "task-8-truncated-bptt";
    private static readonly Shape Lab = Cases.Shapes[0]; // T = 5

    public static IEnumerable<TestCaseData> WindowCases() =>
        from k in new[] { 1, 2, 3 }
        from activation in Cases.ActivationList
        from mode in new[] { SequenceMode.ManyToMany, SequenceMode.ManyToOne }
        select new TestCaseData(k, activation, mode).SetArgDisplayNames($"k = {k}", activation.ToString(), mode.ToString());

    [TestCase(5)]
    [TestCase(8)]
    public void With_k_at_least_T_truncation_changes_nothing(int k)
    {
        var problem = new ElmanProblem(Lab, Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var trace = problem.Forward();
        var dOutputs = problem.DOutputs(trace);

        var truncated = ElmanNetwork.BackwardTruncated(trace, dOutputs, problem.Parameters, k);

        var full = ElmanNetwork.Backward(trace, dOutputs, problem.Parameters);
        Matrices.ShouldBeClose(truncated.Parameters.U, full.Parameters.U, "k ≥ T: DU is full BPTT's");
        Matrices.ShouldBeClose(truncated.Parameters.W, full.Parameters.W, "k ≥ T: DW is full BPTT's");
        Matrices.ShouldBeClose(truncated.Parameters.V, full.Parameters.V, "k ≥ T: DV is full BPTT's");
        Matrices.ShouldBeClose(truncated.Parameters.B, full.Parameters.B, "k ≥ T: DB is full BPTT's");
        Matrices.ShouldBeClose(truncated.Parameters.C, full.Parameters.C, "k ≥ T: DC is full BPTT's");
        Matrices.ShouldBeClose(truncated.DH0, full.DH0, "k ≥ T: DH0 is full BPTT's");
        Matrices.ShouldBeClose(truncated.DXs, full.DXs, "k ≥ T: DXs are full BPTT's");
    }

    [TestCaseSource(nameof(WindowCases))]
    public void Truncated_gradients_match_central_differences_of_the_windowed_loss(int k, Activation activation, SequenceMode mode)
    {
        var problem = new ElmanProblem(Lab, activation, TestLoss.SquaredError, mode);
        var trace = problem.Forward();
        var recorded = ElementByElement.Elman(problem.Xs, problem.H0, problem.Parameters, activation).Hidden;

        var truncated = ElmanNetwork.BackwardTruncated(trace, problem.DOutputs(trace), problem.Parameters, k);

        problem.ShouldMatch(truncated, () => WindowedLoss(problem, k, recorded), Section);
        truncated.DXs.Should().HaveCount(problem.Shape.Steps, "the truncated backward pass returns ∂J/∂X(t) for every step too");
        for (var t = 0; t < problem.Shape.Steps; t++)
            GradientCheck.ShouldMatch(truncated.DXs[t], () => WindowedLoss(problem, k, recorded), problem.Xs[t], $"DXs[{t}]", Section);
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    public void With_k_equal_to_one_each_output_reaches_only_its_own_step(Activation activation)
    {
        var problem = new ElmanProblem(Lab, activation, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var trace = problem.Forward();
        var dOutputs = problem.DOutputs(trace);

        var g = ElmanNetwork.BackwardTruncated(trace, dOutputs, problem.Parameters, k: 1);

        // The one-step formula, summed over t: δA(t) = (δO(t)·V) ⊙ f′(H(t)), nothing carried through W.
        var p = problem.Parameters;
        var (hidden, _) = ElementByElement.Elman(problem.Xs, problem.H0, p, activation);
        var dW = Matrix<double>.Build.Dense(Lab.Hidden, Lab.Hidden);
        var dU = Matrix<double>.Build.Dense(Lab.Hidden, Lab.Inputs);
        for (var t = 0; t < Lab.Steps; t++)
        {
            var previous = t == 0 ? problem.H0 : hidden[t - 1];
            for (var n = 0; n < Lab.Batch; n++)
                for (var j = 0; j < Lab.Hidden; j++)
                {
                    var deltaA = Enumerable.Range(0, Lab.Outputs).Sum(o => dOutputs[t][n, o] * p.V[o, j])
                        * (activation == Activation.Tanh ? 1 - hidden[t][n, j] * hidden[t][n, j] : hidden[t][n, j] > 0 ? 1 : 0);
                    for (var i = 0; i < Lab.Hidden; i++)
                        dW[j, i] += deltaA * previous[n, i];
                    for (var i = 0; i < Lab.Inputs; i++)
                        dU[j, i] += deltaA * problem.Xs[t][n, i];
                }
        }
        Matrices.ShouldBeClose(g.Parameters.W, dW, "k = 1: DW = Σ_t δA(t)ᵀ·H(t−1) with δA(t) from O(t) alone");
        Matrices.ShouldBeClose(g.Parameters.U, dU, "k = 1: DU = Σ_t δA(t)ᵀ·X(t) with δA(t) from O(t) alone");
    }

    [Test]
    public void With_k_below_T_the_recurrent_gradient_differs_from_full_BPTT()
    {
        var problem = new ElmanProblem(Lab, Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var trace = problem.Forward();
        var dOutputs = problem.DOutputs(trace);

        var truncated = ElmanNetwork.BackwardTruncated(trace, dOutputs, problem.Parameters, k: 2);
        var full = ElmanNetwork.Backward(trace, dOutputs, problem.Parameters);

        (truncated.Parameters.W - full.Parameters.W).FrobeniusNorm().Should().BeGreaterThan(1e-6 * full.Parameters.W.FrobeniusNorm(),
            "paths longer than 2 steps are cut, so DW loses their contributions");
        (truncated.Parameters.U - full.Parameters.U).FrobeniusNorm().Should().BeGreaterThan(1e-6 * full.Parameters.U.FrobeniusNorm());
    }

    [TestCase(1)]
    [TestCase(3)]
    public void Output_layer_gradients_do_not_depend_on_k(int k)
    {
        var problem = new ElmanProblem(Lab, Activation.Relu, TestLoss.CrossEntropy, SequenceMode.ManyToMany);
        var trace = problem.Forward();
        var dOutputs = problem.DOutputs(trace);

        var truncated = ElmanNetwork.BackwardTruncated(trace, dOutputs, problem.Parameters, k);
        var full = ElmanNetwork.Backward(trace, dOutputs, problem.Parameters);

        Matrices.ShouldBeClose(truncated.Parameters.V, full.Parameters.V, "DV involves no step-to-step path");
        Matrices.ShouldBeClose(truncated.Parameters.C, full.Parameters.C, "DC involves no step-to-step path");
    }

    [TestCase(1)]
    [TestCase(4)]
    public void With_many_to_one_and_k_below_T_no_gradient_reaches_h0(int k)
    {
        var problem = new ElmanProblem(Lab, Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToOne);
        var trace = problem.Forward();

        var g = ElmanNetwork.BackwardTruncated(trace, problem.DOutputs(trace), problem.Parameters, k);

        Matrices.ShouldBeZero(g.DH0, $"the only loss is at t = 4, and {k} step(s) back from it do not reach h0 = H(−1)");
        g.Parameters.W.FrobeniusNorm().Should().BeGreaterThan(0);
    }

    // Σ over output steps t of the loss at t, computed by running only steps t−k+1 … t from the
    // recorded state H(t−k) (a constant), or from h0 when the window reaches the start.
    private static double WindowedLoss(ElmanProblem problem, int k, Matrix<double>[] recorded)
    {
        var steps = problem.Shape.Steps;
        var outputSteps = problem.Mode == SequenceMode.ManyToMany ? Enumerable.Range(0, steps).ToArray() : [steps - 1];
        var total = 0.0;
        for (var i = 0; i < outputSteps.Length; i++)
        {
            var t = outputSteps[i];
            var start = Math.Max(0, t - k + 1);
            var from = start == 0 ? problem.H0 : recorded[start - 1];
            var outputs = ElementByElement.Elman(problem.Xs[start..(t + 1)], from, problem.Parameters, problem.Activation).Outputs;
            total += problem.LossKind.Value([outputs[^1]], [problem.Targets[i]]);
        }
        return total;
    }
}
