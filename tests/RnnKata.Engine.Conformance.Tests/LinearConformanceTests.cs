using RnnKata.Engine.Conformance.Tests.Support;
using LabLinear = RnnKata.Lab03.Linear;

namespace RnnKata.Engine.Conformance.Tests;

/// <summary>The linear head y = x·Wᵀ + b and its backward pass against Lab 3's <c>Linear</c>.</summary>
[TestFixtureSource(typeof(BackendUnderTest), nameof(BackendUnderTest.Names))]
public sealed class LinearConformanceTests(string backend) : BackendUnderTest(backend)
{
    [TestCase(1, 1, 1)]
    [TestCase(64, 128, 1)]
    [TestCase(128, 128, 82)]
    [TestCase(35, 17, 33)]
    public void Linear_forward_and_backward_match_Lab_3(int rows, int input, int output)
    {
        var x = HostData.Uniform(rows * input, seed: 21);
        var w = HostData.Uniform(output * input, seed: 22);
        var b = HostData.Uniform(output, seed: 23);
        var dy = HostData.Uniform(rows * output, seed: 24);
        var noise = HostData.Uniform(output * input + output, seed: 25, scale: 0.1);
        var (xm, wm, bv, dym) = (HostData.Matrix(x, rows, input), HostData.Matrix(w, output, input), HostData.Vector(b, output), HostData.Matrix(dy, rows, output));
        var expectedY = LabLinear.Forward(xm, wm, bv);
        var expectedGradients = LabLinear.Backward(dym, xm, wm);

        using var parameters = Upload([.. w, .. b]);
        using var gradients = Upload(noise);
        using var dx = Upload(x);
        using var dInput = Backend.Allocate(rows * input);
        using var dOutput = Upload(dy);
        using var y = Backend.Allocate(rows * output);
        var weights = LinearWeights.Layout(input, output, parameters, 0);
        var gradientSlices = LinearWeights.Layout(input, output, gradients, 0);

        Backend.LinearForward(weights, dx.All, y.All, rows, input, output);
        Backend.LinearBackward(weights, dx.All, dOutput.All, gradientSlices, dInput.All, rows, input, output);

        Float32Agreement.ShouldAgree(Backend.Download(y.All), HostData.Flat(expectedY), "y");
        Float32Agreement.ShouldAgree(Backend.Download(dInput.All), HostData.Flat(expectedGradients.DX), "∂x");
        Float32Agreement.ShouldAgree(Backend.Download(gradientSlices.Weight),
            HostData.Flat(expectedGradients.DWeight).Select((g, i) => g + noise[i]).ToArray(), "∂W (accumulated)");
        Float32Agreement.ShouldAgree(Backend.Download(gradientSlices.Bias),
            expectedGradients.DBias.Select((g, i) => g + noise[output * input + i]).ToArray(), "∂b (accumulated)");
    }
}
