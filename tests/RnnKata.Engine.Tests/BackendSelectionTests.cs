namespace RnnKata.Engine.Tests;

/// <summary>Picking a backend by name, by environment variable and by "auto"; asking for what is absent.</summary>
[NonParallelizable]
public class BackendSelectionTests
{
    private string? _saved;

    [SetUp]
    public void SaveVariable() => _saved = Environment.GetEnvironmentVariable(Backends.EnvironmentVariable);

    [TearDown]
    public void RestoreVariable() => Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, _saved);

    [TestCase("auto", BackendKind.Auto)]
    [TestCase("CUDA", BackendKind.Cuda)]
    [TestCase(" ilgpu-cpu ", BackendKind.IlgpuCpu)]
    [TestCase("simd", BackendKind.Simd)]
    public void Names_parse_to_their_kind_and_back(string name, BackendKind kind)
    {
        Backends.Parse(name).Should().Be(kind);
        Backends.Parse(Backends.NameOf(kind)).Should().Be(kind);
    }

    [Test]
    public void An_unknown_name_lists_the_valid_ones() =>
        FluentActions.Invoking(() => Backends.Parse("gpu")).Should().Throw<ArgumentException>()
            .WithMessage("Unknown backend 'gpu': choose one of auto, cuda, ilgpu-cpu, simd.*");

    [Test]
    public void The_environment_variable_picks_the_backend_when_no_option_does()
    {
        Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, "simd");
        using var backend = Backends.Create();

        backend.Kind.Should().Be(BackendKind.Simd);
    }

    [Test]
    public void An_unset_environment_variable_means_auto()
    {
        Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, null);

        Backends.FromEnvironment().Should().Be(BackendKind.Auto);
    }

    [Test]
    public void A_bad_environment_variable_names_the_variable_and_its_value()
    {
        Environment.SetEnvironmentVariable(Backends.EnvironmentVariable, "tpu");

        FluentActions.Invoking(Backends.FromEnvironment).Should().Throw<ArgumentException>()
            .WithMessage("RNNKATA_BACKEND=tpu: Unknown backend 'tpu'*");
    }

    [Test]
    public void Auto_picks_CUDA_when_it_is_available_and_SIMD_otherwise()
    {
        using var backend = Backends.Create(BackendKind.Auto);

        backend.Kind.Should().Be(Backends.IsCudaAvailable(out _) ? BackendKind.Cuda : BackendKind.Simd);
    }

    [Test]
    public void Asking_for_CUDA_where_there_is_none_is_a_clear_error_not_a_crash()
    {
        if (Backends.IsCudaAvailable(out var found))
            Assert.Ignore($"This machine has CUDA ({found}).");

        var act = () => Backends.Create(BackendKind.Cuda);

        act.Should().Throw<BackendUnavailableException>().Which.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void The_ILGPU_CPU_accelerator_is_always_there()
    {
        using var backend = Backends.Create(BackendKind.IlgpuCpu);

        backend.Kind.Should().Be(BackendKind.IlgpuCpu);
        backend.Description.Should().NotBeNullOrWhiteSpace();
    }
}
