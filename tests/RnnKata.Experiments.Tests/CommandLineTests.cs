using RnnKata.Catalogue;
using RnnKata.Engine;
using RnnKata.Experiments.Cli;

namespace RnnKata.Experiments.Tests;

public sealed class CommandLineTests
{
    private static readonly ExperimentsCommandLine CommandLine = new(_ => 0);

    private static IReadOnlyList<string> Errors(params string[] args) =>
        CommandLine.Command.Parse(args).Errors.Select(e => e.Message).ToArray();

    private static ExperimentsRequest Read(params string[] args)
    {
        var parse = CommandLine.Command.Parse(args);
        parse.Errors.Should().BeEmpty();
        return CommandLine.Read(parse);
    }

    [Test]
    public void An_unknown_experiment_is_an_error_that_names_it_and_the_known_ones()
    {
        var errors = Errors("lab01", "lab09");

        errors.Should().ContainSingle().Which.Should().Contain("'lab09'").And.Contain("lab01, lab02, lab03, lab04").And.Contain("lab07, lab08, all").And.Contain("list");
    }

    [Test]
    public void Without_an_experiment_the_command_line_is_an_error() =>
        Errors().Should().NotBeEmpty();

    [Test]
    public void An_unknown_backend_is_an_error_that_lists_the_backends()
    {
        var errors = Errors("lab01", "--backend", "tpu");

        errors.Should().ContainSingle().Which.Should().Contain("'tpu'").And.Contain("simd").And.Contain("ilgpu-cpu");
    }

    [TestCase("--seed", "x", "--seed must be a whole number of at least 0")]
    [TestCase("--seed", "-1", "--seed must be a whole number of at least 0")]
    [TestCase("--seed", "1.5", "--seed must be a whole number of at least 0")]
    [TestCase("--seeds", "0", "--seeds must be a whole number of at least 1")]
    public void A_seed_that_is_not_a_whole_number_in_range_is_an_error_naming_the_option(string option, string value, string message) =>
        Errors("lab03", option, value).Should().ContainSingle().Which.Should().Contain(message).And.Contain($"'{value}'");

    [Test]
    public void An_unknown_target_is_an_error() =>
        Errors("lab01", "--target", "mine").Should().ContainSingle().Which.Should().Contain("'mine'");

    [Test]
    public void List_must_stand_alone() =>
        Errors("list", "lab01").Should().ContainSingle().Which.Should().Contain("'list'");

    [Test]
    public void List_runs_nothing() =>
        Read("list").ListOnly.Should().BeTrue();

    [Test]
    public void All_adds_every_experiment_not_named_before_it_each_once() =>
        Read("lab02", "ALL", "lab01").Settings.Experiments.Should().Equal("lab02", "lab01", "lab03", "lab04", "lab05", "lab06", "lab07", "lab08");

    [Test]
    public void The_defaults_are_auto_seed_42_one_run_full_scale_the_solutions_and_no_json()
    {
        var settings = Read("lab01").Settings;

        settings.Backend.Should().Be(BackendKind.Auto);
        settings.Seed.Should().Be(42);
        settings.Seeds.Should().Be(1);
        settings.Quick.Should().BeFalse();
        settings.Target.Should().Be("solutions");
        settings.JsonFile.Should().BeNull();
        settings.PriceCsv.Should().BeNull("Lab 6 predicts the shipped synthetic prices unless --csv names a file");
        settings.Corpus.Should().BeNull("Lab 8 learns the shipped English corpus unless --corpus names a file");
    }

    [Test]
    public void Csv_names_lab_6s_price_file_as_a_full_path() =>
        Read("lab06", "--csv", "prices.csv").Settings.PriceCsv.Should().Be(Path.GetFullPath("prices.csv"));

    [Test]
    public void Corpus_names_lab_8s_text_file_as_a_full_path() =>
        Read("lab08", "--corpus", "story.txt").Settings.Corpus.Should().Be(Path.GetFullPath("story.txt"));

    [Test]
    public void Exercise_chooses_lab_5s_exercises_in_order_each_once()
    {
        Read("lab05").Settings.Lab05Exercises.Should().BeNull("all three exercises run unless --exercise names some");
        Read("lab05", "--exercise", "3", "--exercise", "2", "--exercise", "3").Settings.Lab05Exercises.Should().Equal(2, 3);
    }

    [TestCase("0")]
    [TestCase("4")]
    public void An_exercise_lab_5_does_not_have_is_an_error_naming_it(string value) =>
        Errors("lab05", "--exercise", value).Should().ContainSingle().Which.Should().Contain("--exercise must be 1, 2 or 3").And.Contain($"'{value}'");

    [Test]
    public void Every_option_is_read()
    {
        var settings = Read("lab03", "--backend", "simd", "--seed", "7", "--seeds", "3", "--quick",
            "--out", "figures-here", "--json", "m.json", "--target", "exercises").Settings;

        settings.Backend.Should().Be(BackendKind.Simd);
        settings.Seed.Should().Be(7);
        settings.Seeds.Should().Be(3);
        settings.Quick.Should().BeTrue();
        settings.OutputFolder.Should().Be(Path.GetFullPath("figures-here"));
        settings.JsonFile.Should().Be(Path.GetFullPath("m.json"));
        settings.Target.Should().Be("exercises");
    }

    [Test]
    public void A_full_run_of_the_solutions_draws_into_the_chapters_images() =>
        Read("lab01").Settings.OutputFolder.Should().Be(Path.Combine(KataPaths.FindRoot(), "docs", "images"));

    [TestCase("--quick", "solutions-quick")]
    [TestCase("--target=exercises", "exercises")]
    public void Quick_runs_and_the_students_code_never_draw_into_the_chapters_images(string option, string folder) =>
        Read("lab01", option).Settings.OutputFolder.Should().Be(Path.Combine(KataPaths.FindRoot(), ".artifacts", "experiments", folder));

    [Test]
    public void Another_target_is_run_by_dotnet_run_with_its_KataTarget_and_the_same_arguments()
    {
        var arguments = TargetLauncher.RelaunchArguments("/kata", "Release", "exercises", ["lab02", "--target", "exercises"]);

        arguments.Should().Equal("run", "-c", "Release", "--project", Path.Combine("/kata", "solutions", "RnnKata.Experiments", "RnnKata.Experiments.csproj"),
            "-p:KataTarget=exercises", "--", "lab02", "--target", "exercises");
    }

    [Test]
    public void This_build_runs_the_solutions() =>
        TargetLauncher.BuiltTarget.Should().Be("solutions");
}
