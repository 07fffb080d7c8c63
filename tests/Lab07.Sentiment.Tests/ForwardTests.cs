using MathNet.Numerics.LinearAlgebra;

namespace RnnKata.Lab07.Tests;

/// <summary>Task 3: the many-to-one forward pass, by hand on a tiny network, and the output read from the last state.</summary>
[TestFixture]
[KataTask(3)]
public class ForwardTests
{
    // V = 3, H = 2, C = 2.
    private static SentimentRnn HandNetwork() => new(
        Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 0.1, -1.0 }, { 0.2, 0.3, 0.4 } }),
        Matrix<double>.Build.DenseOfArray(new[,] { { 0.0, 1.0 }, { -1.0, 0.5 } }),
        Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -1.0 }, { 2.0, 0.5 } }),
        Vector<double>.Build.Dense([0.1, -0.2]), Vector<double>.Build.Dense([0.0, 0.3]));

    [Test]
    public void Forward_over_two_words_matches_the_hand_computation()
    {
        var run = HandNetwork().Forward(Phrases.OneHot(3, 0, 2));

        // Word 0: a1 = W_xh·e0 + W_hh·0 + b_h = (0.6, 0.0). Word 2: a2 = (−1.0, 0.4) + W_hh·h1 + b_h.
        double h1 = Math.Tanh(0.6);
        var (h2a, h2b) = (Math.Tanh(-1.0 + h1 * 0.0 + 0.0 * 1.0 + 0.1), Math.Tanh(0.4 - h1 + 0.5 * 0.0 - 0.2));
        var (y0, y1) = (h2a - h2b, 2 * h2a + 0.5 * h2b + 0.3);
        double p1 = Math.Exp(y1) / (Math.Exp(y0) + Math.Exp(y1));

        run.Hidden.Should().HaveCount(3, "h_0, h_1 and h_2");
        run.Hidden[0].ToArray().Should().Equal([0.0, 0.0], "h_0 = 0");
        Matrices.ShouldBeClose(run.Hidden[1], Vector<double>.Build.Dense([h1, 0.0]), "h_1 = tanh(W_xh·x_1 + b_h)");
        Matrices.ShouldBeClose(run.Hidden[2], Vector<double>.Build.Dense([h2a, h2b]), "h_2 = tanh(W_xh·x_2 + W_hh·h_1 + b_h)");
        Matrices.ShouldBeClose(run.Logits, Vector<double>.Build.Dense([y0, y1]), "y = W_hy·h_T + b_y, from the last state");
        Matrices.ShouldBeClose(run.Probabilities, Vector<double>.Build.Dense([1 - p1, p1]), "p = softmax(y)");
        run.Inputs.Should().HaveCount(2, "the run keeps the inputs for the backward pass");
    }

    [Test]
    public void The_output_is_read_from_the_last_hidden_state()
    {
        var network = Phrases.Random(5, 4, seed: 11);
        var run = network.Forward(Phrases.OneHot(5, 1, 3, 2, 4));

        Matrices.ShouldBeClose(run.Logits, network.WeightHy * run.Hidden[^1] + network.BiasY, "y = W_hy·h_T + b_y (not h_1, not h_0)");
    }

    [Test]
    public void Word_order_changes_the_output()
    {
        var network = Phrases.Random(5, 4, seed: 3);

        var forward = network.Forward(Phrases.OneHot(5, 1, 2, 3)).Logits;
        var backward = network.Forward(Phrases.OneHot(5, 3, 2, 1)).Logits;

        (forward - backward).AbsoluteMaximum().Should().BeGreaterThan(1e-3, "a recurrent network reads the words in order: 'good not bad' is not 'bad not good'");
    }

    [Test]
    public void One_word_is_one_step()
    {
        var network = Phrases.Random(4, 3, seed: 5);
        var run = network.Forward(Phrases.OneHot(4, 2));

        Matrices.ShouldBeClose(run.Hidden[1], (network.WeightXh.Column(2) + network.BiasH).PointwiseTanh(), "h_1 = tanh(W_xh·x_1 + b_h)");
    }

    [Test]
    public void No_input_is_rejected() =>
        ((Action)(() => HandNetwork().Forward([]))).ShouldRejectArgument("inputs").OwnMessage().Should().NotBeNullOrWhiteSpace();

    [Test]
    public void An_input_of_the_wrong_length_is_rejected_with_its_index() =>
        ((Action)(() => HandNetwork().Forward([Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(4)]))).ShouldRejectArgument("inputs").Message.Should().Contain("1").And.Contain("3");

    [Test]
    public void An_input_holding_NaN_is_rejected() =>
        ((Action)(() => HandNetwork().Forward([Vector<double>.Build.Dense([0.0, double.NaN, 1.0])]))).ShouldRejectArgument("inputs").Message.Should().Contain("NaN");

    private static IEnumerable<TestCaseData> MisfitParts()
    {
        static Matrix<double> M(int r, int c, double v = 0.1) => Matrix<double>.Build.Dense(r, c, v);
        static Vector<double> V(int n, double v = 0.1) => Vector<double>.Build.Dense(n, v);
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4, double.NaN), M(3, 3), M(2, 3), V(3), V(2))), "weightXh").SetArgDisplayNames("W_xh NaN");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 2), M(2, 3), V(3), V(2))), "weightHh").SetArgDisplayNames("W_hh 3×2");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 3, double.PositiveInfinity), M(2, 3), V(3), V(2))), "weightHh").SetArgDisplayNames("W_hh infinite");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 3), M(2, 3, double.NaN), V(3), V(2))), "weightHy").SetArgDisplayNames("W_hy NaN");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 3), M(2, 4), V(3), V(2))), "weightHy").SetArgDisplayNames("W_hy 2×4");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 3), M(2, 3), V(4), V(2))), "biasH").SetArgDisplayNames("b_h of 4");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 3), M(2, 3), V(3, double.NaN), V(2))), "biasH").SetArgDisplayNames("b_h NaN");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 3), M(2, 3), V(3), V(3))), "biasY").SetArgDisplayNames("b_y of 3");
        yield return new TestCaseData((Action)(() => _ = new SentimentRnn(M(3, 4), M(3, 3), M(2, 3), V(3), V(2, double.NaN))), "biasY").SetArgDisplayNames("b_y NaN");
    }

    // The constructor is given: the forward pass first, so that the check counts once Task 3 is started.
    [TestCaseSource(nameof(MisfitParts))]
    public void A_network_whose_parts_do_not_fit_or_are_not_finite_is_rejected_naming_the_part(Action create, string part)
    {
        HandNetwork().Forward(Phrases.OneHot(3, 0)).Hidden.Should().HaveCount(2);
        create.ShouldRejectArgument(part);
    }

    [Test]
    public void Missing_inputs_are_named() =>
        ShouldRejectNull(() => HandNetwork().Forward(null!), "inputs");

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
