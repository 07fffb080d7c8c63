using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07.Tests;

/// <summary>Task 4: BPTT of −ln p_c from the last step, against central finite differences in double.</summary>
[TestFixture]
[KataTask(4)]
public class BackwardTests
{
    private static IEnumerable<TestCaseData> Phrases_()
    {
        yield return new TestCaseData(new[] { 2 }, Sentiment.Positive).SetArgDisplayNames("one word, positive");
        yield return new TestCaseData(new[] { 1, 4, 2 }, Sentiment.Negative).SetArgDisplayNames("three words, negative");
        yield return new TestCaseData(new[] { 3, 0, 1, 1, 4, 2 }, Sentiment.Positive).SetArgDisplayNames("six words, one repeated, the unknown token");
    }

    [TestCaseSource(nameof(Phrases_))]
    public void Every_gradient_matches_central_differences(int[] words, int target)
    {
        var network = Phrases.Random(5, 4, seed: 21);
        var inputs = Phrases.OneHot(5, words);
        double Loss() => -Math.Log(network.Forward(inputs).Probabilities[target]);

        var grads = network.Backward(network.Forward(inputs), target);

        GradientComparison.Compare(grads.WeightXh, Loss, network.WeightXh).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂W_xh");
        GradientComparison.Compare(grads.WeightHh, Loss, network.WeightHh).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂W_hh");
        GradientComparison.Compare(grads.WeightHy, Loss, network.WeightHy).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂W_hy");
        GradientComparison.Compare(grads.BiasH, Loss, network.BiasH).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂b_h");
        GradientComparison.Compare(grads.BiasY, Loss, network.BiasY).Error.Should().BeLessThan(Tolerance.GradientCheck, "∂L/∂b_y");
    }

    [Test]
    public void The_output_gradient_is_p_minus_the_one_hot_class_as_in_the_lecture()
    {
        // W_hy = 0 and b_y = (ln 0.2, ln 0.8) give p = (0.2, 0.8) whatever the phrase; with c = 0, ∂L/∂y = (−0.8, 0.8).
        var network = new SentimentRnn(Matrix<double>.Build.Dense(3, 4, 0.3), Matrix<double>.Build.Dense(3, 3, 0.1), Matrix<double>.Build.Dense(2, 3),
                                       Vector<double>.Build.Dense(3), Vector<double>.Build.Dense([Math.Log(0.2), Math.Log(0.8)]));

        var grads = network.Backward(network.Forward(Phrases.OneHot(4, 1, 2)), target: 0);

        Matrices.ShouldBeClose(grads.BiasY, Vector<double>.Build.Dense([-0.8, 0.8]), "∂L/∂b_y = ∂L/∂y = p − onehot(c)");
        Matrices.ShouldBeZero(grads.WeightHh, "with W_hy = 0 no gradient reaches the hidden states");
    }

    [Test]
    public void Gradients_are_shaped_like_their_parameters()
    {
        var network = Phrases.Random(6, 3, seed: 2);

        var grads = network.Backward(network.Forward(Phrases.OneHot(6, 5, 1)), Sentiment.Negative);

        (grads.WeightXh.RowCount, grads.WeightXh.ColumnCount, grads.WeightHh.RowCount, grads.WeightHh.ColumnCount, grads.WeightHy.RowCount,
         grads.WeightHy.ColumnCount, grads.BiasH.Count, grads.BiasY.Count).Should().Be((3, 6, 3, 3, 2, 3, 3, 2));
    }

    [TestCase(-1)]
    [TestCase(2)]
    public void A_class_outside_0_and_1_is_rejected(int target)
    {
        var network = Phrases.Random(4, 3, seed: 1);
        var run = network.Forward(Phrases.OneHot(4, 1));

        FluentActions.Invoking(() => network.Backward(run, target)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "target" && e.Message.Contains("class", StringComparison.OrdinalIgnoreCase));
    }

    [Test]
    public void A_run_of_another_network_is_rejected()
    {
        var run = Phrases.Random(4, 3, seed: 1).Forward(Phrases.OneHot(4, 1));

        ((Action)(() => Phrases.Random(4, 5, seed: 1).Backward(run, 0))).ShouldRejectArgument("run").OwnMessage().Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void A_missing_run_is_named() =>
        ShouldRejectNull(() => Phrases.Random(3, 2, seed: 1).Backward(null!, 0), "run");

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
