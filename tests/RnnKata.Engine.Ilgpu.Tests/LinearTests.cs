using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>The linear layer y = x·Wᵀ + b and its backward pass against double loops.</summary>
public sealed class LinearTests
{
    private const int Rows = 7, Input = 5, Output = 3;

    private static ComputeBackend Backend => CpuBackend.Instance;

    [Test]
    public void Linear_forward_is_x_times_W_transposed_plus_b()
    {
        var (x, w, b) = (HostData.Random(Rows * Input, 40), HostData.Random(Output * Input, 41), HostData.Random(Output, 42));
        using var parameters = Backend.Upload([.. w, .. b]);
        using var dx = Backend.Upload(x);
        using var dy = Backend.Allocate(Rows * Output);

        Backend.LinearForward(LinearWeights.Layout(Input, Output, parameters, 0), dx.All, dy.All, Rows, Input, Output);

        var expected = new double[Rows * Output];
        for (int r = 0; r < Rows; r++)
        for (int o = 0; o < Output; o++)
        {
            double s = b[o];
            for (int i = 0; i < Input; i++)
                s += (double)x[r * Input + i] * w[o * Input + i];
            expected[r * Output + o] = s;
        }
        Float32Agreement.ShouldAgree(Backend.Download(dy.All), expected, "y");
    }

    [Test]
    public void Linear_backward_accumulates_weight_gradients_and_overwrites_input_gradients()
    {
        var (x, w, dy) = (HostData.Random(Rows * Input, 43), HostData.Random(Output * Input, 44), HostData.Random(Rows * Output, 45));
        var before = HostData.Random(Output * Input + Output, 46);
        using var parameters = Backend.Upload([.. w, .. new float[Output]]);
        using var gradients = Backend.Upload(before);
        using var dx = Backend.Upload(x);
        using var ddy = Backend.Upload(dy);
        using var inputGradients = Backend.Upload(Enumerable.Repeat(float.NaN, Rows * Input).ToArray());

        Backend.LinearBackward(
            LinearWeights.Layout(Input, Output, parameters, 0), dx.All, ddy.All, LinearWeights.Layout(Input, Output, gradients, 0),
            inputGradients.All, Rows, Input, Output);

        var expectedGradients = before.ToDouble();
        var expectedInput = new double[Rows * Input];
        for (int r = 0; r < Rows; r++)
        for (int o = 0; o < Output; o++)
        {
            expectedGradients[Output * Input + o] += dy[r * Output + o];
            for (int i = 0; i < Input; i++)
            {
                expectedGradients[o * Input + i] += (double)dy[r * Output + o] * x[r * Input + i];
                expectedInput[r * Input + i] += (double)dy[r * Output + o] * w[o * Input + i];
            }
        }
        Float32Agreement.ShouldAgree(Backend.Download(gradients.All), expectedGradients, "∂W, ∂b");
        Float32Agreement.ShouldAgree(Backend.Download(inputGradients.All), expectedInput, "∂x");
    }
}
