using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given.Recurrent;
using RnnKata.Lab08;
using RnnKata.TestSupport;

namespace RnnKata.Given.Tests.Lab08;

/// <summary>Lab 8's given min-char network (exercises/Lab08.CharText/Given/CharRnn.cs): the given RecurrentModel's numbers from
/// zero states, its backward pass against central finite differences from a non-zero state.</summary>
[TestFixture]
public class Lab08GivenCharRnnTests
{
    private const int Vocabulary = 4;
    private const int Hidden = 3;

    private static Matrix<double>[] Inputs() => [.. new[] { 2, 0, 3, 3, 1 }.Select(c => Matrix<double>.Build.Dense(1, Vocabulary, (_, j) => j == c ? 1 : 0))];

    [Test]
    public void From_zero_states_it_computes_what_the_given_recurrent_model_computes()
    {
        var parameters = CharRnn.Seeded(Vocabulary, Hidden, seed: 2);

        var logits = new CharRnn(Vocabulary, Hidden, parameters).Forward(Inputs(), Matrix<double>.Build.Dense(1, Hidden)).Logits;

        Matrices.ShouldBeClose(logits, new RecurrentModel(CharRnn.Spec(Vocabulary, Hidden), parameters).Forward(Inputs()).Predictions, "same flat order, same numbers");
    }

    [Test]
    public void The_backward_pass_matches_central_finite_differences_from_a_carried_state()
    {
        var theta = CharRnn.Seeded(Vocabulary, Hidden, seed: 5) * 2;
        var h0 = KataRandom.Uniform(1, Hidden, -0.9, 0.9, seed: 6);
        var weights = Enumerable.Range(0, 5).Select(t => KataRandom.Normal(1, Vocabulary, seed: 10 + t)).ToArray();
        double Loss() => new CharRnn(Vocabulary, Hidden, theta).Forward(Inputs(), h0).Logits.Zip(weights, (l, w) => l.PointwiseMultiply(w).Enumerate().Sum()).Sum();
        var network = new CharRnn(Vocabulary, Hidden, theta);

        var gradient = network.Backward(network.Forward(Inputs(), h0), weights);

        GradientComparison.Compare(gradient, Loss, theta).Error.Should().BeLessThan(Tolerance.GradientCheck);
    }
}
