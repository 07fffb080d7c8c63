using RnnKata.Engine.Ilgpu.Tests.Support;

namespace RnnKata.Engine.Ilgpu.Tests;

/// <summary>Fill, copy, axpy, scale and clip against scalar loops.</summary>
public sealed class VectorTests
{
    private static ComputeBackend Backend => CpuBackend.Instance;

    [Test]
    public void A_new_buffer_is_zeroed_and_round_trips_what_is_uploaded()
    {
        using var buffer = Backend.Allocate(7);
        Backend.Download(buffer.All).Should().AllBeEquivalentTo(0f);
        var values = HostData.Random(7, 10);
        Backend.Upload(buffer.All, values);
        Backend.Download(buffer.All).Should().Equal(values);
    }

    [Test]
    public void Fill_sets_only_its_slice()
    {
        using var buffer = Backend.Allocate(6);
        Backend.Fill(buffer.Slice(1, 4), 2.5f);
        Backend.Download(buffer.All).Should().Equal(0f, 2.5f, 2.5f, 2.5f, 2.5f, 0f);
    }

    [Test]
    public void Copy_moves_a_slice_into_another()
    {
        var values = HostData.Random(5, 11);
        using var source = Backend.Upload(values);
        using var destination = Backend.Allocate(8);
        Backend.Copy(source.All, destination.Slice(2, 5));
        Backend.Download(destination.Slice(2, 5)).Should().Equal(values);
        Backend.Download(destination.Slice(0, 2)).Should().Equal(0f, 0f);
    }

    [Test]
    public void Axpy_adds_alpha_times_x_to_y()
    {
        var x = HostData.Random(9, 12);
        var y = HostData.Random(9, 13);
        using var dx = Backend.Upload(x);
        using var dy = Backend.Upload(y);
        Backend.Axpy(-1.5f, dx.All, dy.All);
        Float32Agreement.ShouldAgree(Backend.Download(dy.All), x.Select((v, i) => y[i] - 1.5 * v).ToArray(), "y");
    }

    [Test]
    public void Scale_multiplies_every_entry()
    {
        var x = HostData.Random(9, 14);
        using var dx = Backend.Upload(x);
        Backend.Scale(dx.All, 3f);
        Float32Agreement.ShouldAgree(Backend.Download(dx.All), x.Select(v => 3.0 * v).ToArray(), "x");
    }

    [Test]
    public void ClipByValue_clamps_into_the_limit_and_keeps_the_rest()
    {
        using var dx = Backend.Upload([-3f, -0.5f, 0f, 0.25f, 2f]);
        Backend.ClipByValue(dx.All, 1f);
        Backend.Download(dx.All).Should().Equal(-1f, -0.5f, 0f, 0.25f, 1f);
    }
}
