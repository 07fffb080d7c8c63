using RnnKata.Engine.Conformance.Tests.Support;

namespace RnnKata.Engine.Conformance.Tests;

/// <summary>The small operations the trainer strings together: fill, copy, axpy, reductions, clipping, L2.</summary>
[TestFixtureSource(typeof(BackendUnderTest), nameof(BackendUnderTest.Names))]
public sealed class ElementwiseConformanceTests(string backend) : BackendUnderTest(backend)
{
    private const int N = 1037;

    [Test]
    public void Fill_copy_and_axpy_touch_only_their_slices()
    {
        var x = HostData.Uniform(N, 51);
        var y = HostData.Uniform(N, 52);
        using var dx = Upload(x);
        using var dy = Upload(y);
        using var copy = Backend.Allocate(N + 2);

        Backend.Axpy(-2.5f, dx.All, dy.All);
        Backend.Copy(dx.All, copy.Slice(1, N));
        Backend.Fill(dx.Slice(5, 10), 3f);

        Float32Agreement.ShouldAgree(Backend.Download(dy.All), y.Select((v, i) => v - 2.5 * x[i]).ToArray(), "y + αx");
        var copied = Backend.Download(copy.All);
        copied[0].Should().Be(0f);
        copied[^1].Should().Be(0f);
        copied[1..^1].Should().Equal(x);
        Backend.Download(dx.All).Should().Equal(x.Select((v, i) => i is >= 5 and < 15 ? 3f : v));
    }

    [Test]
    public void Sum_of_squares_scale_and_clipping_by_value()
    {
        var x = HostData.Uniform(N, 53, scale: 3);
        using var dx = Upload(x);

        var sum = Backend.SumOfSquares(dx.All);
        Backend.Scale(dx.All, 0.5f);
        Backend.ClipByValue(dx.All, 1f);

        Float32Agreement.ShouldAgree([sum], [x.Sum(v => (double)v * v)], "Σx²");
        Float32Agreement.ShouldAgree(Backend.Download(dx.All), x.Select(v => Math.Clamp(0.5 * v, -1, 1)).ToArray(), "clip(x/2, 1)");
    }

    [Test]
    public void Relu_and_its_backward_are_exact_on_a_slice_and_in_place()
    {
        // Uniform in [−1, 1): about half the entries are cut; an exact 0 must pass no gradient (relu'(0) = 0, as in PyTorch).
        var x = HostData.Uniform(N, 56);
        x[7] = 0f;
        var dy = HostData.Uniform(N, 57);
        using var dx = Upload(x);
        using var y = Backend.Allocate(N + 2);
        using var dGradients = Upload(dy);

        Backend.Relu(dx.All, y.Slice(1, N));
        var outputs = y.Slice(1, N);
        Backend.ReluBackward(outputs, dGradients.All, dGradients.All);
        Backend.Relu(dx.All, dx.All);

        var expected = x.Select(v => v > 0 ? v : 0f).ToArray();
        expected.Count(v => v == 0).Should().BeInRange(N / 3, 2 * N / 3, "the data must exercise both sides of relu");
        Backend.Download(outputs).Should().Equal(expected, "relu(x) is exact");
        Backend.Download(y.All)[0].Should().Be(0f, "relu writes only its slice");
        Backend.Download(y.All)[^1].Should().Be(0f, "relu writes only its slice");
        Backend.Download(dx.All).Should().Equal(expected, "relu in place gives the same");
        Backend.Download(dGradients.All).Should().Equal(dy.Select((g, i) => x[i] > 0 ? g : 0f), "∂x = ∂y where relu passes, else 0");
    }

    [Test]
    public void L2_penalty_returns_half_lambda_sum_of_squares_and_adds_lambda_w_to_the_gradient()
    {
        var w = HostData.Uniform(N, 54);
        var g = HostData.Uniform(N, 55);
        using var dw = Upload(w);
        using var dg = Upload(g);

        var penalty = Backend.L2Penalty(dw.All, dg.All, 0.003f);

        Float32Agreement.ShouldAgree([penalty], [0.0015 * w.Sum(v => (double)v * v)], "λ/2·Σw²");
        Float32Agreement.ShouldAgree(Backend.Download(dg.All), g.Select((v, i) => v + 0.003 * w[i]).ToArray(), "g + λw");
        Backend.Download(dw.All).Should().Equal(w, "the penalty must not change the weights");
    }
}
