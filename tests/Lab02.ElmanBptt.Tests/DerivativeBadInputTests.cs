using MathNet.Numerics.LinearAlgebra;
using RnnKata.TestSupport;

namespace RnnKata.Lab02.Tests;

/// <summary>The derivative from the output rejects what its XML docs say it rejects: an <c>h</c> that is not finite.</summary>
[TestFixture]
[KataTask(1)]
public class DerivativeBadInputTests
{
    [TestCase(Activation.Tanh, double.NaN)]
    [TestCase(Activation.Relu, double.PositiveInfinity)]
    [TestCase(Activation.Identity, double.NaN)]
    public void Derivative_from_output_rejects_an_output_that_is_not_finite(Activation activation, double bad)
    {
        var h = Matrix<double>.Build.Dense(2, 3, 0.5);
        h[1, 2] = bad;

        Action act = () => Activations.DerivativeFromOutput(activation, h);

        act.ShouldRejectArgument("h");
    }
}
