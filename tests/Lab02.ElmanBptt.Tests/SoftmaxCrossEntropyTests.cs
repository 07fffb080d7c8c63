using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(6)]
public class SoftmaxCrossEntropyTests
{
    [Test]
    public void Softmax_matches_the_closed_form()
    {
        var p = Losses.Softmax(Data.Matrix(new[,] { { 0.0, Math.Log(2), Math.Log(3) }, { 5.0, 5.0, 5.0 } }));

        Matrices.ShouldBeClose(p, Data.Matrix(new[,] { { 1 / 6.0, 2 / 6.0, 3 / 6.0 }, { 1 / 3.0, 1 / 3.0, 1 / 3.0 } }),
            "softmax([0, ln 2, ln 3]) = [1, 2, 3]/6; equal logits give equal probabilities");
    }

    [Test]
    public void Softmax_rows_are_positive_and_sum_to_one()
    {
        var p = Losses.Softmax(Data.Sequence(1, 4, 5, seed: 3)[0] * 3);

        p.Enumerate().Should().OnlyContain(v => v > 0 && v < 1);
        foreach (var row in p.EnumerateRows())
            row.Sum().Should().BeApproximately(1, Tolerance.ClosedForm);
    }

    [Test]
    public void Softmax_does_not_change_when_a_constant_is_added_to_a_row()
    {
        var logits = Data.Sequence(1, 3, 4, seed: 8)[0];

        var shifted = Losses.Softmax(logits + 700);

        Matrices.ShouldBeClose(shifted, Losses.Softmax(logits), "softmax(o + c) = softmax(o)");
    }

    [Test]
    public void Softmax_of_logits_of_plus_and_minus_1000_is_finite()
    {
        var p = Losses.Softmax(Data.Matrix(new[,] { { 1000.0, -1000.0, 0.0 }, { 1000.0, 1000.0, -1000.0 } }));

        p.Enumerate().Should().OnlyContain(v => double.IsFinite(v), "exp(1000) overflows; exp(o − max o) does not");
        p.Row(0).ToArray().Should().Equal(1, 0, 0);
        p.Row(1).ToArray().Should().Equal(0.5, 0.5, 0);
    }

    [Test]
    public void Cross_entropy_of_equal_logits_is_the_log_of_the_number_of_classes_per_step()
    {
        var logits = new[] { Matrix<double>.Build.Dense(2, 4, 0.3), Matrix<double>.Build.Dense(2, 4, -1.0) };

        var result = Losses.SoftmaxCrossEntropy(logits, Data.OneHot(2, 2, 4, seed: 1));

        result.Value.Should().BeApproximately(2 * Math.Log(4), Tolerance.ClosedForm, "each of the 2 steps costs ln 4, whatever the class");
    }

    [Test]
    public void Cross_entropy_is_finite_and_exact_for_logits_of_plus_and_minus_1000()
    {
        var logits = new[] { Data.Matrix(new[,] { { 1000.0, -1000.0, -1000.0 }, { 1000.0, -1000.0, -1000.0 } }) };
        var targets = new[] { Data.Matrix(new[,] { { 1.0, 0.0, 0.0 }, { 0.0, 1.0, 0.0 } }) };

        var result = Losses.SoftmaxCrossEntropy(logits, targets);

        // Sequence 0 is sure and right: −ln(1/(1 + 2e−2000)) = 0 in doubles. Sequence 1 is sure and wrong:
        // −ln softmax_1 = 1000 + ln(e^0 + 2e−2000) − (−1000) = 2000. Mean over 2 sequences: 1000.
        result.Value.Should().Be(1000);
        result.DOutputs[0].Enumerate().Should().OnlyContain(v => double.IsFinite(v));
        Matrices.ShouldBeClose(result.DOutputs[0], Data.Matrix(new[,] { { 0.0, 0.0, 0.0 }, { 0.5, -0.5, 0.0 } }),
            "(softmax − y)/N: nothing to correct for sequence 0, everything for sequence 1");
    }

    [Test]
    public void Cross_entropy_gradient_is_softmax_minus_target_over_the_batch_size()
    {
        var logits = Data.Sequence(3, 4, 3, seed: 30);
        var targets = Data.OneHot(3, 4, 3, seed: 31);

        var result = Losses.SoftmaxCrossEntropy(logits, targets);

        result.DOutputs.Should().HaveCount(3);
        for (var t = 0; t < 3; t++)
            Matrices.ShouldBeClose(result.DOutputs[t], (Losses.Softmax(logits[t]) - targets[t]) / 4, $"∂J/∂O({t})");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.Shapes))]
    public void Cross_entropy_matches_an_element_by_element_computation(Shape shape)
    {
        var logits = Data.Sequence(shape.Steps, shape.Batch, shape.Outputs, shape.Seed);
        var targets = Data.OneHot(shape.Steps, shape.Batch, shape.Outputs, shape.Seed + 1);

        var result = Losses.SoftmaxCrossEntropy(logits, targets);

        result.Value.Should().BeApproximately(ElementByElement.CrossEntropy(logits, targets), Tolerance.ClosedForm * 10);
        Matrices.ShouldBeClose(result.DOutputs, TestLoss.CrossEntropy.Gradient(logits, targets), "(softmax(O(t)) − Y(t))/N");
    }

    [Test]
    public void Cross_entropy_gradient_matches_central_differences()
    {
        var logits = Data.Sequence(2, 3, 4, seed: 40);
        var targets = Data.OneHot(2, 3, 4, seed: 41);

        var result = Losses.SoftmaxCrossEntropy(logits, targets);

        for (var t = 0; t < 2; t++)
            GradientCheck.ShouldMatch(result.DOutputs[t], () => ElementByElement.CrossEntropy(logits, targets), logits[t],
                $"∂J/∂O({t})", "task-6-softmax-cross-entropy");
    }

    [Test]
    public void Cross_entropy_of_a_class_index_is_minus_the_log_of_its_probability()
    {
        // Both rows have logits [0, ln 3], so softmax = [1/4, 3/4]. Row 0 is class 1, row 1 class 0.
        var logits = Data.Matrix(new[,] { { 0.0, Math.Log(3) }, { 0.0, Math.Log(3) } });

        var result = Losses.SoftmaxCrossEntropy([logits], [[1, 0]]);

        result.Value.Should().BeApproximately((Math.Log(4.0 / 3) + Math.Log(4)) / 2, Tolerance.ClosedForm,
            "J = (−ln 3/4 − ln 1/4) / 2: the mean over the batch of −ln p(class) — see docs/02-elman-bptt.md#task-6-softmax-cross-entropy");
        Matrices.ShouldBeClose(result.DOutputs[0], Data.Matrix(new[,] { { 0.125, -0.125 }, { -0.375, 0.375 } }),
            "∂J/∂o = (softmax − one-hot of the class) / N = ([1/4, −1/4] and [−3/4, 3/4]) / 2");
    }

    [TestCaseSource(typeof(Cases), nameof(Cases.Shapes))]
    public void Cross_entropy_of_class_indices_equals_cross_entropy_of_one_hot_rows(Shape shape)
    {
        var logits = Data.Sequence(shape.Steps, shape.Batch, shape.Outputs, shape.Seed);
        var oneHot = Data.OneHot(shape.Steps, shape.Batch, shape.Outputs, shape.Seed + 1);
        var classes = oneHot.Select(step => step.EnumerateRows().Select(row => row.MaximumIndex()).ToArray()).ToArray();

        var result = Losses.SoftmaxCrossEntropy(logits, classes);

        result.Value.Should().BeApproximately(ElementByElement.CrossEntropy(logits, oneHot), Tolerance.ClosedForm,
            "class c stands for the one-hot row of class c — see docs/02-elman-bptt.md#task-6-softmax-cross-entropy");
        for (var t = 0; t < shape.Steps; t++)
        {
            var expected = Matrix<double>.Build.Dense(shape.Batch, shape.Outputs,
                (n, k) => (ElementByElement.Softmax(logits[t], n, k) - oneHot[t][n, k]) / shape.Batch);
            Matrices.ShouldBeClose(result.DOutputs[t], expected, $"∂J/∂O({t}) = (softmax − one-hot) / N");
        }
    }
}
