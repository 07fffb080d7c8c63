using RnnKata.Engine.Conformance.Tests.Support;

namespace RnnKata.Engine.Conformance.Tests;

/// <summary>Bad shapes and misuse are clear errors naming the argument, the same on every backend.</summary>
[TestFixtureSource(typeof(BackendUnderTest), nameof(BackendUnderTest.Names))]
public sealed class ArgumentCheckTests(string backend) : BackendUnderTest(backend)
{
    [Test]
    public void A_gemm_operand_of_the_wrong_length_names_the_operand_and_its_shape()
    {
        using var a = Backend.Allocate(6);
        using var b = Backend.Allocate(12);
        using var c = Backend.Allocate(8);

        var act = () => Backend.Gemm(Transpose.Yes, Transpose.No, 2, 4, 3, 1f, a.All, b.Slice(0, 11), 0f, c.All);

        act.Should().Throw<ArgumentException>().WithMessage("b must hold 12 floats (3×4) but holds 11.*").Which.ParamName.Should().Be("b");
    }

    [Test]
    public void Relu_buffers_of_different_lengths_name_the_shorter_one()
    {
        using var x = Backend.Allocate(6);
        using var y = Backend.Allocate(5);

        var forward = () => Backend.Relu(x.All, y.All);
        var backward = () => Backend.ReluBackward(x.All, x.All, y.All);

        forward.Should().Throw<ArgumentException>().WithMessage("y must hold 6 floats but holds 5.*").Which.ParamName.Should().Be("y");
        backward.Should().Throw<ArgumentException>().WithMessage("inputGradients must hold 6 floats but holds 5.*").Which.ParamName.Should().Be("inputGradients");
    }

    [Test]
    public void Inputs_that_do_not_fit_the_cache_name_the_expected_sequence_shape()
    {
        var shape = new RecurrentShape(CellKind.Gru, 3, 4);
        using var parameters = Backend.Allocate(shape.ParameterCount);
        using var inputs = Backend.Allocate(5 * 2 * 3 - 1);
        using var cache = Backend.CreateRecurrentCache(shape, batch: 2, steps: 5);

        var act = () => Backend.RecurrentForward(shape, RecurrentWeights.Layout(shape, parameters, 0), inputs.All, default, default, cache);

        act.Should().Throw<ArgumentException>().WithMessage("inputs must hold 30 floats (5×2×3 (T×B×I)) but holds 29.*");
    }

    [Test]
    public void A_cell_state_for_a_GRU_is_refused()
    {
        var shape = new RecurrentShape(CellKind.Gru, 3, 4);
        using var parameters = Backend.Allocate(shape.ParameterCount);
        using var inputs = Backend.Allocate(2 * 3);
        using var c0 = Backend.Allocate(4);
        using var cache = Backend.CreateRecurrentCache(shape, batch: 1, steps: 2);

        var act = () => Backend.RecurrentForward(shape, RecurrentWeights.Layout(shape, parameters, 0), inputs.All, default, c0.All, cache);

        act.Should().Throw<ArgumentException>().WithMessage("initialCell is only for the LSTM; a Gru layer has no cell state.*");
    }

    [Test]
    public void A_cache_made_for_another_layer_is_refused()
    {
        var shape = new RecurrentShape(CellKind.Lstm, 3, 4);
        using var parameters = Backend.Allocate(shape.ParameterCount);
        using var inputs = Backend.Allocate(2 * 3);
        using var cache = Backend.CreateRecurrentCache(shape with { }, batch: 1, steps: 2);
        using var other = Backend.CreateRecurrentCache(new RecurrentShape(CellKind.Lstm, 3, 5), batch: 1, steps: 2);

        var act = () => Backend.RecurrentForward(shape, RecurrentWeights.Layout(shape, parameters, 0), inputs.All, default, default, other);

        act.Should().Throw<ArgumentException>().WithMessage("The cache was made for Lstm(3→5), not for Lstm(3→4).*");
    }

    [Test]
    public void A_cache_of_another_backend_is_refused()
    {
        var shape = new RecurrentShape(CellKind.Lstm, 3, 4);
        using var foreign = new Simd.SimdBackend(threads: 1);
        using var theirs = foreign.CreateRecurrentCache(shape, batch: 1, steps: 2);
        using var parameters = Backend.Allocate(shape.ParameterCount);
        using var inputs = Backend.Allocate(2 * 3);

        var act = () => Backend.RecurrentForward(shape, RecurrentWeights.Layout(shape, parameters, 0), inputs.All, default, default, theirs);

        act.Should().Throw<ArgumentException>().WithMessage("The cache was created by another backend (simd*), not by*");
    }

    [Test]
    public void A_buffer_of_another_backend_is_refused()
    {
        using var foreign = new Simd.SimdBackend(threads: 1);
        using var mine = Backend.Allocate(4);
        using var theirs = foreign.Allocate(4);

        var act = () => Backend.Copy(theirs.All, mine.All);

        act.Should().Throw<ArgumentException>().WithMessage("source lives on another backend*");
    }

    [Test]
    public void A_disposed_buffer_is_refused()
    {
        var buffer = Backend.Allocate(4);
        buffer.Dispose();

        var act = () => Backend.Fill(buffer.All, 1f);

        act.Should().Throw<ObjectDisposedException>();
    }

    [Test]
    public void Asking_for_more_memory_than_the_host_has_is_a_clear_out_of_memory_error()
    {
        // The largest request (int.MaxValue floats, 8 GiB) fits on a GPU and in ILGPU's CPU accelerator's
        // lazily committed memory, so only the SIMD backend's managed arrays can be driven past their limit here.
        if (Backend.Kind != BackendKind.Simd)
            Assert.Ignore($"An 8 GiB request may well succeed on {Backend.Description}.");

        var act = () => Backend.Allocate(int.MaxValue);

        act.Should().Throw<EngineOutOfMemoryException>().WithMessage("*could not allocate*");
    }
}
