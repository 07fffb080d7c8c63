using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab02.Tests;

[TestFixture]
public class BackwardTests
{
    private const string Section = "task-7-backpropagation-through-time";

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivationsLossesModes))]
    [KataTask(7)]
    public void Gradients_match_central_differences(Shape shape, Activation activation, TestLoss loss, SequenceMode mode)
    {
        var problem = new ElmanProblem(shape, activation, loss, mode);
        var trace = problem.Forward();

        var gradients = ElmanNetwork.Backward(trace, problem.DOutputs(trace), problem.Parameters);

        problem.ShouldMatch(gradients, problem.Loss, Section);
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.ShapesActivationsLossesModes))]
    [KataTask(7)]
    public void Input_gradients_match_central_differences(Shape shape, Activation activation, TestLoss loss, SequenceMode mode)
    {
        var problem = new ElmanProblem(shape, activation, loss, mode);
        var trace = problem.Forward();

        var gradients = ElmanNetwork.Backward(trace, problem.DOutputs(trace), problem.Parameters);

        gradients.DXs.Should().HaveCount(shape.Steps, "the backward pass returns ∂J/∂X(t) for every step — see docs/02-elman-bptt.md#" + Section);
        using var scope = new FluentAssertions.Execution.AssertionScope();
        for (var t = 0; t < shape.Steps; t++)
            GradientCheck.ShouldMatch(gradients.DXs[t], problem.Loss, problem.Xs[t], $"DXs[{t}]", Section);
    }

    [TestCase(SequenceMode.ManyToMany)]
    [TestCase(SequenceMode.ManyToOne)]
    [KataTask(7)]
    public void The_gradient_goes_back_through_W_not_its_transpose(SequenceMode mode)
    {
        // Identity activation, U = 0, V = I: W[0, 2] = 2 (unit 0 reads unit 2) and W[2, 1] = 3 (unit 2 reads
        // unit 1). A loss on unit 0 of the last output must flow back 0 → 2 → 1 through the recurrence.
        var w = Matrix<double>.Build.Dense(3, 3);
        (w[0, 2], w[2, 1]) = (2, 3);
        var p = new ElmanParameters(Matrix<double>.Build.Dense(3, 1), w, Data.Vector(0, 0, 0), Matrix<double>.Build.DenseIdentity(3), Data.Vector(0, 0, 0));
        var xs = new[] { Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(1, 1) };
        var trace = ElmanNetwork.Forward(xs, Data.Matrix(new[,] { { 0.1, 0.2, 0.3 } }), p, Activation.Identity, mode);
        var last = Data.Matrix(new[,] { { 1.0, 0.0, 0.0 } });
        Matrix<double>[] dOutputs = mode == SequenceMode.ManyToMany ? [Matrix<double>.Build.Dense(1, 3), last] : [last];

        var g = ElmanNetwork.Backward(trace, dOutputs, p);

        g.DH0.Row(0).ToArray().Should().Equal([0.0, 6.0, 0.0], (a, b) => Math.Abs(a - b) < 1e-12,
            "δH(t−1) = δA(t)·W carries the gradient on unit 0 back to unit 2 (W[0, 2] = 2), then to unit 1 (W[2, 1] = 3): DH0 = [0, 6, 0]. " +
            "A zero DH0 comes from δA(t)·Wᵀ, the row form of the lecture's d_h = self.Whh @ temp, which is missing the transpose " +
            "(Whh.T @ temp in its column layout) — see docs/02-elman-bptt.md#one-step-backward");
    }

    [Test]
    [KataTask(7)]
    public void Gradients_have_the_shapes_of_their_parameters()
    {
        var problem = new ElmanProblem(Cases.Shapes[2], Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var trace = problem.Forward();

        var g = ElmanNetwork.Backward(trace, problem.DOutputs(trace), problem.Parameters);

        var p = problem.Parameters;
        (g.Parameters.U.RowCount, g.Parameters.U.ColumnCount).Should().Be((p.U.RowCount, p.U.ColumnCount), "DU is hidden × input");
        (g.Parameters.W.RowCount, g.Parameters.W.ColumnCount).Should().Be((p.W.RowCount, p.W.ColumnCount), "DW is hidden × hidden");
        (g.Parameters.V.RowCount, g.Parameters.V.ColumnCount).Should().Be((p.V.RowCount, p.V.ColumnCount), "DV is output × hidden");
        g.Parameters.B.Count.Should().Be(p.B.Count);
        g.Parameters.C.Count.Should().Be(p.C.Count);
        (g.DH0.RowCount, g.DH0.ColumnCount).Should().Be((problem.H0.RowCount, problem.H0.ColumnCount), "DH0 is batch × hidden");
        g.DXs.Should().HaveCount(problem.Xs.Length, "one ∂J/∂X(t) per step");
        g.DXs.Should().OnlyContain(dx => dx.RowCount == problem.H0.RowCount && dx.ColumnCount == p.Inputs, "each ∂J/∂X(t) is batch × input");
    }

    [TestCase(SequenceMode.ManyToMany)]
    [TestCase(SequenceMode.ManyToOne)]
    [KataTask(7)]
    public void With_zero_output_weights_only_the_output_layer_gets_a_gradient(SequenceMode mode)
    {
        var problem = new ElmanProblem(Cases.Shapes[0], Activation.Tanh, TestLoss.SquaredError, mode);
        var p = problem.Parameters;
        var silent = new ElmanParameters(p.U, p.W, p.B, Matrix<double>.Build.Dense(p.Outputs, p.Hidden), p.C);
        var trace = ElmanNetwork.Forward(problem.Xs, problem.H0, silent, Activation.Tanh, mode);
        var dOutputs = problem.DOutputs(trace);

        var g = ElmanNetwork.Backward(trace, dOutputs, silent);

        // With V = 0 no gradient reaches the hidden layer: δH(t) = δO(t)·V = 0 at every step.
        Matrices.ShouldBeZero(g.Parameters.U, "V = 0 blocks the way back to U");
        Matrices.ShouldBeZero(g.Parameters.W, "V = 0 blocks the way back to W");
        Matrices.ShouldBeZero(g.Parameters.B, "V = 0 blocks the way back to b");
        Matrices.ShouldBeZero(g.DH0, "V = 0 blocks the way back to h0");
        var outputSteps = mode == SequenceMode.ManyToMany ? Enumerable.Range(0, 5).ToArray() : [4];
        var expectedDV = outputSteps.Select((t, i) => dOutputs[i].TransposeThisAndMultiply(trace.Hidden[t])).Aggregate((a, b) => a + b);
        Matrices.ShouldBeClose(g.Parameters.V, expectedDV, "DV = Σ δO(t)ᵀ·H(t)");
        Matrices.ShouldBeClose(g.Parameters.C, dOutputs.Select(d => d.ColumnSums()).Aggregate((a, b) => a + b), "DC = Σ column sums of δO(t)");
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    [TestCase(Activation.Identity)]
    [KataTask(7)]
    public void A_sequence_of_one_step_gives_the_one_layer_formulas(Activation activation)
    {
        var shape = new Shape(Batch: 2, Inputs: 3, Hidden: 4, Outputs: 2, Steps: 1);
        var problem = new ElmanProblem(shape, activation, TestLoss.SquaredError, SequenceMode.ManyToMany);
        var trace = problem.Forward();
        var deltaO = problem.DOutputs(trace)[0];

        var g = ElmanNetwork.Backward(trace, [deltaO], problem.Parameters);

        // One step, written out entry by entry: δa[n,j] = Σ_k δo[n,k] V[k,j] · f′(a[n,j]).
        var p = problem.Parameters;
        var h = ElementByElement.Elman(problem.Xs, problem.H0, p, activation).Hidden[0];
        var deltaA = Matrix<double>.Build.Dense(2, 4, (n, j) =>
            Enumerable.Range(0, 2).Sum(k => deltaO[n, k] * p.V[k, j]) * Slope(activation, h[n, j]));
        Matrices.ShouldBeClose(g.Parameters.U, Matrix<double>.Build.Dense(4, 3, (j, i) => Enumerable.Range(0, 2).Sum(n => deltaA[n, j] * problem.Xs[0][n, i])), "DU = δAᵀ·X");
        Matrices.ShouldBeClose(g.Parameters.W, Matrix<double>.Build.Dense(4, 4, (j, k) => Enumerable.Range(0, 2).Sum(n => deltaA[n, j] * problem.H0[n, k])), "DW = δAᵀ·h0");
        Matrices.ShouldBeClose(g.Parameters.B, Vector<double>.Build.Dense(4, j => deltaA[0, j] + deltaA[1, j]), "DB = column sums of δA");
        Matrices.ShouldBeClose(g.DH0, Matrix<double>.Build.Dense(2, 4, (n, k) => Enumerable.Range(0, 4).Sum(j => deltaA[n, j] * p.W[j, k])), "DH0 = δA·W");
    }

    [Test]
    [KataTask(7)]
    public void Many_to_one_equals_many_to_many_with_no_loss_before_the_last_step()
    {
        var toOne = new ElmanProblem(Cases.Shapes[0], Activation.Tanh, TestLoss.SquaredError, SequenceMode.ManyToOne);
        var traceToOne = toOne.Forward();
        var dLast = toOne.DOutputs(traceToOne)[0];
        var traceToMany = ElmanNetwork.Forward(toOne.Xs, toOne.H0, toOne.Parameters, Activation.Tanh, SequenceMode.ManyToMany);
        var zerosThenLast = Enumerable.Range(0, 5).Select(t => t == 4 ? dLast : Matrix<double>.Build.Dense(3, 3)).ToArray();

        var one = ElmanNetwork.Backward(traceToOne, [dLast], toOne.Parameters);
        var many = ElmanNetwork.Backward(traceToMany, zerosThenLast, toOne.Parameters);

        Matrices.ShouldBeClose(one.Parameters.U, many.Parameters.U, "DU");
        Matrices.ShouldBeClose(one.Parameters.W, many.Parameters.W, "DW");
        Matrices.ShouldBeClose(one.DH0, many.DH0, "DH0");
    }

    [Test]
    [KataTask(7)]
    public void Leaves_the_trace_and_the_parameters_unchanged()
    {
        var problem = new ElmanProblem(Cases.Shapes[0], Activation.Relu, TestLoss.CrossEntropy, SequenceMode.ManyToMany);
        var trace = problem.Forward();
        var hidden = trace.Hidden.Select(h => h.Clone()).ToArray();
        var u = problem.Parameters.U.Clone();
        var w = problem.Parameters.W.Clone();

        ElmanNetwork.Backward(trace, problem.DOutputs(trace), problem.Parameters);

        for (var t = 0; t < hidden.Length; t++)
            trace.Hidden[t].Equals(hidden[t]).Should().BeTrue($"the backward pass reads H({t}), it must not write it");
        problem.Parameters.U.Equals(u).Should().BeTrue("the backward pass computes gradients; updates are Sgd.Step's job");
        problem.Parameters.W.Equals(w).Should().BeTrue();
    }

    private static double Slope(Activation activation, double h) => activation switch
    {
        Activation.Tanh => 1 - h * h,
        Activation.Relu => h > 0 ? 1 : 0,
        _ => 1,
    };
}
