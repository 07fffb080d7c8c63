namespace RnnKata.Lab07.Tests;

/// <summary>Task 5: the training loop replayed from the pieces, a tiny order-dependent set learned, and bad input.</summary>
[TestFixture]
[KataTask(5)]
public class TrainingTests
{
    private static readonly SentimentExample[] Train = Phrases.Examples("+ good not bad", "- bad not good", "+ good", "- bad", "- not good", "+ not bad");
    private static readonly SentimentExample[] Test = Phrases.Examples("+ good not bad", "- not good today");

    [Test]
    public void Fit_is_the_lectures_loop_replayed_step_by_step()
    {
        var options = new TrainingOptions(Hidden: 5, Epochs: 3, LearningRate: 0.3, Clip: 0.05, Seed: 7);
        var reported = new List<EpochMetrics>();

        var trained = Training.Fit(Train, Test, options, reported.Add);

        var (history, network) = Replay(options);
        trained.History.Should().HaveCount(3);
        reported.Should().Equal(trained.History, "progress gets every epoch, in order");
        for (int e = 0; e < 3; e++)
        {
            var (actual, expected) = (trained.History[e], history[e]);
            actual.Epoch.Should().Be(e + 1);
            Matrices.ShouldBeClose([actual.TrainLoss, actual.TrainAccuracy, actual.TestLoss, actual.TestAccuracy],
                [expected.TrainLoss, expected.TrainAccuracy, expected.TestLoss, expected.TestAccuracy], $"epoch {e + 1}: the shuffle, each loss before its own step, clipped SGD, then the test");
        }
        Matrices.ShouldBeClose(trained.Model.Network.WeightHh, network.WeightHh, "the trained W_hh");
        Matrices.ShouldBeClose(trained.Model.Network.WeightXh, network.WeightXh, "the trained W_xh");
        trained.Model.Vocabulary.Words.Should().Equal("<unk>", "good", "not", "bad");
    }

    [Test]
    public void A_tiny_set_where_word_order_matters_is_learned()
    {
        // Plain phrases give the first gradients a direction; from the lecture's tiny weights, a set of mirror pairs alone
        // (every positive phrase beside a negative one of the same words) stays at p = ½ for hundreds of epochs.
        var train = Phrases.Examples("+ good not bad", "- bad not good", "+ good", "- bad", "- not good", "+ not bad", "+ very good", "- very bad",
                                     "+ i am good", "- i am bad", "+ this is good", "- this is bad");

        var trained = Training.Fit(train, train, new TrainingOptions(Hidden: 16, Epochs: 400, LearningRate: 0.05, Seed: 1));

        trained.History[^1].TrainAccuracy.Should().Be(1.0, "'good not bad' and 'bad not good' hold the same words: only the order tells them apart");
        trained.History[^1].TrainLoss.Should().BeLessThan(trained.History[0].TrainLoss / 5);
        trained.Model.Evaluate(train).Predicted.Should().Equal(train.Select(e => e.Label));
    }

    [Test]
    public void Unknown_test_words_are_read_as_the_unknown_token_and_counted()
    {
        var trained = Training.Fit(Train, Test, new TrainingOptions(Hidden: 3, Epochs: 1));

        trained.Model.Evaluate(Test).UnknownWords.Should().Be(1, "'today' is not a training word");
    }

    [Test]
    public void A_class_outside_0_and_1_is_rejected() =>
        ((Action)(() => Training.Fit([.. Train, new SentimentExample("good", 2)], Test, new TrainingOptions(Epochs: 1)))).ShouldRejectArgument("train").Message.Should().Contain("2");

    [Test]
    public void An_empty_test_set_is_rejected() =>
        ((Action)(() => Training.Fit(Train, [], new TrainingOptions(Epochs: 1)))).ShouldRejectArgument("test").OwnMessage().Should().NotBeNullOrWhiteSpace();

    [TestCase(" ")]
    [TestCase("?!")]
    public void A_phrase_without_a_word_is_rejected(string text) =>
        ((Action)(() => Training.Fit([.. Train, new SentimentExample(text, 1)], Test, new TrainingOptions(Epochs: 1)))).ShouldRejectArgument("train").OwnMessage().Should().Contain("word");

    [Test]
    public void Options_out_of_range_are_rejected() =>
        ((Action)(() => Training.Fit(Train, Test, new TrainingOptions(Hidden: 0)))).ShouldRejectArgument("options").Message.Should().Contain("Hidden");

    // The loop as the lecture writes it, from the task's pieces: the test's own shuffle, clip and SGD.
    private static (List<EpochMetrics> History, SentimentRnn Network) Replay(TrainingOptions options)
    {
        var vocabulary = Vocabulary.FromTexts(Train.Select(e => e.Text));
        var network = LectureWeights.Draw(vocabulary.Count, options.Hidden, options.Seed);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, Train.Length).ToArray();
        var history = new List<EpochMetrics>();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            for (int k = order.Length - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }
            var (loss, correct) = (0.0, 0);
            foreach (var i in order)
            {
                var run = network.Forward(vocabulary.OneHot(Train[i].Text));
                loss -= Math.Log(run.Probabilities[Train[i].Label]);
                correct += run.Probabilities.MaximumIndex() == Train[i].Label ? 1 : 0;
                var g = network.Backward(run, Train[i].Label);
                double Clip(double v) => Math.Max(-options.Clip, Math.Min(options.Clip, v));
                network.WeightXh.Subtract(g.WeightXh.Map(Clip) * options.LearningRate, network.WeightXh);
                network.WeightHh.Subtract(g.WeightHh.Map(Clip) * options.LearningRate, network.WeightHh);
                network.WeightHy.Subtract(g.WeightHy.Map(Clip) * options.LearningRate, network.WeightHy);
                network.BiasH.Subtract(g.BiasH.Map(Clip) * options.LearningRate, network.BiasH);
                network.BiasY.Subtract(g.BiasY.Map(Clip) * options.LearningRate, network.BiasY);
            }
            var test = new SentimentModel(vocabulary, network).Evaluate(Test);
            history.Add(new EpochMetrics(epoch, loss / Train.Length, (double)correct / Train.Length, test.Loss, test.Accuracy));
        }
        return (history, network);
    }

    [Test]
    public void A_missing_argument_is_named()
    {
        var network = Phrases.Random(3, 2, seed: 1);
        var gradients = network.Backward(network.Forward(Phrases.OneHot(3, 1)), 0);
        ShouldRejectNull(() => Training.Step(null!, gradients, 0.1, 1), "network");
        ShouldRejectNull(() => Training.Step(network, null!, 0.1, 1), "gradients");
        ShouldRejectNull(() => Training.Fit(null!, Train, new TrainingOptions()), "train");
        ShouldRejectNull(() => Training.Fit(Train, null!, new TrainingOptions()), "test");
        ShouldRejectNull(() => Training.Fit(Train, Train, null!), "options");
    }

    private static void ShouldRejectNull(Action act, string parameter) =>
        act.ShouldRejectArgument(parameter).Should().BeOfType<ArgumentNullException>("a missing {0} is an ArgumentNullException", parameter);
}
