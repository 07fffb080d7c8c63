namespace RnnKata.Engine.Simd.Tests;

/// <summary>Bad arguments fail with clear exceptions.</summary>
public sealed class ArgumentTests
{
    [TestCase(0)]
    [TestCase(-2)]
    public void A_backend_needs_at_least_one_thread(int threads)
    {
        var act = () => new SimdBackend(threads);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void A_buffer_of_another_backend_is_refused()
    {
        using var one = new SimdBackend(1);
        using var other = new SimdBackend(1);
        var act = () => one.Scale(other.Allocate(4).All, 2f);
        act.Should().Throw<ArgumentException>().WithMessage("*another backend*");
    }

    [Test]
    public void A_gemm_operand_of_the_wrong_length_is_refused()
    {
        using var backend = new SimdBackend(1);
        var act = () => backend.Gemm(Transpose.No, Transpose.No, 2, 3, 4, 1f, backend.Allocate(8).All, backend.Allocate(11).All, 0f, backend.Allocate(6).All);
        act.Should().Throw<ArgumentException>().WithMessage("*b must hold 12 floats*");
    }

    [Test]
    public void A_disposed_backend_refuses_work()
    {
        var backend = new SimdBackend(2);
        var buffer = backend.Allocate(3);
        backend.Dispose();
        var act = () => backend.Fill(buffer.All, 1f);
        act.Should().Throw<ObjectDisposedException>();
    }

    [Test]
    public void The_description_names_the_vector_width_and_the_threads()
    {
        using var backend = new SimdBackend(2, SimdWidth.Scalar);
        backend.Description.Should().Be("simd: scalar, 2 threads");
        backend.Kind.Should().Be(BackendKind.Simd);
    }
}
