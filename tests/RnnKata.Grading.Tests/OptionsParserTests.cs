namespace RnnKata.Grading.Tests;

[Category("Grading")]
public class OptionsParserTests
{
    [Test]
    public void No_options_grade_every_lab_of_the_exercises_without_a_report()
    {
        var options = OptionsParser.Parse([]);

        options.Should().BeEquivalentTo(new
        {
            Target = KataTarget.Exercises,
            Submission = (string?)null,
            LabIds = Array.Empty<string>(),
            JsonPath = (string?)null,
            ShowHelp = false,
        });
    }

    [TestCase("--target", "solutions", KataTarget.Solutions)]
    [TestCase("--target", "exercises", KataTarget.Exercises)]
    [TestCase("--target", "Solutions", KataTarget.Solutions)]
    [TestCase("--target=solutions", null, KataTarget.Solutions)]
    public void Target_picks_the_graded_side(string option, string? value, KataTarget expected)
    {
        string[] args = value is null ? [option] : [option, value];

        OptionsParser.Parse(args).Target.Should().Be(expected);
    }

    [Test]
    public void Target_other_than_exercises_or_solutions_is_refused_with_both_choices_named() =>
        FluentActions.Invoking(() => OptionsParser.Parse(["--target", "homework"]))
            .Should().Throw<OptionsException>().WithMessage("*'exercises' or 'solutions'*homework*");

    [TestCase(new[] { "--labs", "Lab01,Lab02" }, new[] { "Lab01", "Lab02" })]
    [TestCase(new[] { "--labs", "Lab01, Lab02 ," }, new[] { "Lab01", "Lab02" })]
    [TestCase(new[] { "--labs", "Lab01", "--labs", "Lab03" }, new[] { "Lab01", "Lab03" })]
    [TestCase(new[] { "--labs=Lab02,lab02,Lab02" }, new[] { "Lab02" })]
    public void Labs_are_a_comma_list_without_duplicates(string[] args, string[] expected) =>
        OptionsParser.Parse(args).LabIds.Should().Equal(expected);

    [Test]
    public void Submission_and_json_keep_the_paths_as_typed()
    {
        var options = OptionsParser.Parse(["--submission", "subs/alice", "--json", "out/alice.json"]);

        options.Submission.Should().Be("subs/alice");
        options.JsonPath.Should().Be("out/alice.json");
    }

    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("-?")]
    public void Help_is_asked_for_with_any_of_its_spellings(string option) =>
        OptionsParser.Parse(["--target", "solutions", option]).ShowHelp.Should().BeTrue();

    [TestCase("--json")]
    [TestCase("--submission")]
    [TestCase("--labs")]
    [TestCase("--target")]
    public void Option_without_its_value_is_refused(string option) =>
        FluentActions.Invoking(() => OptionsParser.Parse([option]))
            .Should().Throw<OptionsException>().WithMessage($"*{option} needs a value*");

    [Test]
    public void Option_followed_by_another_option_is_missing_its_value() =>
        FluentActions.Invoking(() => OptionsParser.Parse(["--json", "--labs", "Lab01"]))
            .Should().Throw<OptionsException>().WithMessage("*--json needs a value*");

    [TestCase("--verbose")]
    [TestCase("Lab01")]
    [TestCase("-Target")]
    public void Unknown_option_is_refused_with_a_pointer_to_help(string option) =>
        FluentActions.Invoking(() => OptionsParser.Parse([option]))
            .Should().Throw<OptionsException>().WithMessage($"*Unknown option '{option}'*--help*");

    [TestCase("--version")]
    [TestCase("[diagram]")]
    public void Parser_library_extras_are_not_grader_options(string option) =>
        FluentActions.Invoking(() => OptionsParser.Parse([option]))
            .Should().Throw<OptionsException>().WithMessage($"*Unknown option '{option}'*");

    [Test]
    public void Argument_starting_with_at_is_a_path_not_a_file_of_more_arguments() =>
        OptionsParser.Parse(["--submission", "@alice", "--json", "@alice.json"])
            .Should().BeEquivalentTo(new { Submission = "@alice", JsonPath = "@alice.json" });

    [TestCase("--json=")]
    [TestCase("--submission= ")]
    public void Inline_blank_value_is_missing(string option) =>
        FluentActions.Invoking(() => OptionsParser.Parse([option]))
            .Should().Throw<OptionsException>().WithMessage($"*{option.TrimEnd(' ', '=')} needs a value*");

    [Test]
    public void Help_text_explains_the_scoring_rule_and_every_option()
    {
        GradingOptions.Usage.Should().Contain("points x passed / total, rounded to 0.1")
            .And.Contain("--target").And.Contain("--submission").And.Contain("--labs").And.Contain("--json")
            .And.Contain("dotnet run --project tests/RnnKata.Grading");
    }
}
