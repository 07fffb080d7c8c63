using MathNet.Numerics.LinearAlgebra;
using RnnKata.Given;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

[TestFixture]
[KataTask(1)]
public class ActivationTests
{
    private static Matrix<double> PreActivations => Data.Matrix(new[,] { { -2.5, -0.3, 0.0 }, { 0.4, 1.7, 20.0 } });

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    [TestCase(Activation.Identity)]
    public void Apply_matches_the_closed_form_of_each_activation(Activation activation)
    {
        var h = Activations.Apply(activation, PreActivations);

        var expected = PreActivations.Map(a => ElementByElement.Activate(activation, a));
        Matrices.ShouldBeClose(h, expected, $"{activation} applied entry by entry");
    }

    [Test]
    public void Relu_keeps_positive_values_and_zeroes_the_rest()
    {
        var h = Activations.Apply(Activation.Relu, PreActivations);

        h.Row(0).ToArray().Should().Equal(0, 0, 0);
        h.Row(1).ToArray().Should().Equal(0.4, 1.7, 20.0);
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    [TestCase(Activation.Identity)]
    public void Apply_leaves_its_input_unchanged(Activation activation)
    {
        var a = PreActivations;

        Activations.Apply(activation, a);

        a.Equals(PreActivations).Should().BeTrue("an activation returns a new matrix");
    }

    [Test]
    public void Tanh_derivative_is_one_minus_the_output_squared()
    {
        var h = Data.Matrix(new[,] { { 0.0, 0.5, -0.9, 1.0 } });

        var derivative = Activations.DerivativeFromOutput(Activation.Tanh, h);

        // h is tanh's output: 1 − h², not 1 − tanh²(h).
        Matrices.ShouldBeClose(derivative, Data.Matrix(new[,] { { 1.0, 0.75, 1 - 0.81, 0.0 } }), "tanh′ = 1 − h²");
    }

    [Test]
    public void Relu_derivative_is_one_where_the_output_is_positive_and_zero_elsewhere()
    {
        var h = Data.Matrix(new[,] { { 0.0, 0.5, 3.0, 0.0 } });

        var derivative = Activations.DerivativeFromOutput(Activation.Relu, h);

        derivative.Row(0).ToArray().Should().Equal(0, 1, 1, 0);
    }

    [Test]
    public void Identity_derivative_is_one_everywhere()
    {
        var derivative = Activations.DerivativeFromOutput(Activation.Identity, PreActivations);

        derivative.Enumerate().Should().OnlyContain(v => v == 1.0);
        (derivative.RowCount, derivative.ColumnCount).Should().Be((2, 3));
    }

    [TestCase(Activation.Tanh)]
    [TestCase(Activation.Relu)]
    [TestCase(Activation.Identity)]
    public void Derivative_from_the_output_matches_central_differences_of_the_activation(Activation activation)
    {
        // Away from relu's kink at 0, so that central differences are exact to rounding.
        var a = KataRandom.Normal(3, 4, seed: 5);
        a.MapInplace(v => Math.Abs(v) < 0.01 ? 0.5 : v);

        var analytic = Activations.DerivativeFromOutput(activation, a.Map(v => ElementByElement.Activate(activation, v)));

        // d/da_ij of Σ f(a) is f′(a_ij).
        double SumOfOutputs() => a.Enumerate().Sum(v => ElementByElement.Activate(activation, v));
        GradientCheck.ShouldMatch(analytic, SumOfOutputs, a, $"{activation}′", "task-1-activations-and-their-derivatives");
    }
}
