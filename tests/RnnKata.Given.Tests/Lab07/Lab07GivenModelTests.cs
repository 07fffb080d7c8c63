using MathNet.Numerics.LinearAlgebra;
using RnnKata.Lab07;

namespace RnnKata.Given.Tests.Lab07;

/// <summary>Lab 7's given softmax and cross-entropy, the lecture's first weights, and the options' range checks.</summary>
[TestFixture]
public class Lab07GivenModelTests
{
    [Test]
    public void Softmax_of_two_logits_is_the_logistic_of_their_difference_even_far_from_zero()
    {
        var p = Softmax.Of(Vector<double>.Build.Dense([1000.0, 1001.5]));

        p[1].Should().BeApproximately(1 / (1 + Math.Exp(-1.5)), 1e-15, "the max shift keeps exp(1000) from overflowing");
        p.Sum().Should().BeApproximately(1, 1e-15);
    }

    [Test]
    public void Cross_entropy_is_minus_the_log_of_the_classs_probability()
    {
        Softmax.CrossEntropy(Vector<double>.Build.Dense([0.2, 0.8]), 0).Should().BeApproximately(-Math.Log(0.2), 1e-15);
        FluentActions.Invoking(() => Softmax.CrossEntropy(Vector<double>.Build.Dense([0.2, 0.8]), 2))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("target");
    }

    [Test]
    public void The_lectures_first_weights_are_normal_draws_of_a_thousandth_and_zero_biases()
    {
        var network = LectureWeights.Draw(vocabularySize: 30, hidden: 64, seed: 42);

        (network.WeightXh.RowCount, network.WeightXh.ColumnCount, network.WeightHh.RowCount, network.WeightHy.RowCount).Should().Be((64, 30, 64, 2));
        network.WeightXh.Should().Be(KataRandom.Normal(64, 30, 42, LectureWeights.Scale));
        network.WeightHh.Should().Be(KataRandom.Normal(64, 64, 43, LectureWeights.Scale));
        network.WeightHy.Should().Be(KataRandom.Normal(2, 64, 44, LectureWeights.Scale));
        network.BiasH.Should().OnlyContain(v => v == 0);
        network.BiasY.Should().OnlyContain(v => v == 0);
        network.WeightHh.Enumerate().Select(Math.Abs).Max().Should().BeLessThan(0.006, "randn / 1000 stays within a few thousandths");
    }

    [TestCase(0, 10, 0.02, 1.0, "Hidden")]
    [TestCase(8, 0, 0.02, 1.0, "Epochs")]
    [TestCase(8, 10, 0.0, 1.0, "LearningRate")]
    [TestCase(8, 10, 0.02, 0.0, "Clip")]
    public void Options_out_of_range_name_the_field(int hidden, int epochs, double learningRate, double clip, string field) =>
        FluentActions.Invoking(() => new TrainingOptions(hidden, epochs, learningRate, clip).Require())
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "options" && e.Message.Contains(field));

    [Test]
    public void The_network_constructor_rejects_weights_that_do_not_fit_naming_them() =>
        FluentActions.Invoking(() => new SentimentRnn(Matrix<double>.Build.Dense(3, 5), Matrix<double>.Build.Dense(3, 4), Matrix<double>.Build.Dense(2, 3),
                                                      Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(2)))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("weightHh");
}
