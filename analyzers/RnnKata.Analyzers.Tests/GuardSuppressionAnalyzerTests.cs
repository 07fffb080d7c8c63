using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RnnKata.Analyzers.Tests.Support;

namespace RnnKata.Analyzers.Tests;

/// <summary>
/// RK0003: source may not switch off the rules that guard the kata (RS0030, RK0002, RK0003, RK0008), by
/// pragma or by attribute; grading makes the finding an error (see RealBuildTests).
/// </summary>
[TestFixture]
[Category("Analyzers")]
public sealed class GuardSuppressionAnalyzerTests
{
    private static Task<ImmutableArray<Diagnostic>> Diagnose(string source) =>
        AnalyzerHarness.DiagnoseAsync(new GuardSuppressionAnalyzer(), source);

    // A body that uses a banned API, the way a student would wrap it.
    private static Task<ImmutableArray<Diagnostic>> DiagnosePragma(string pragma) => Diagnose($$"""
        namespace Lab;
        public static class Loader
        {
        {{pragma}}
            public static string Read() => System.IO.File.ReadAllText("x");
        }
        """);

    private static Task<ImmutableArray<Diagnostic>> DiagnoseAttribute(string attribute) => Diagnose($$"""
        using System.Diagnostics.CodeAnalysis;
        namespace Lab;
        public static class Loader
        {
            {{attribute}}
            public static string Read() => System.IO.File.ReadAllText("x");
        }
        """);

    [TestCase("#pragma warning disable RS0030")]
    [TestCase("#pragma warning disable RS0030 // The grader will not notice.")]
    [TestCase("#pragma warning disable CS0168, RS0030, CS0219")]
    [TestCase("#pragma warning disable rs0030")]
    [TestCase("#pragma warning disable RK0002")]
    [TestCase("#pragma warning disable RK0003")]
    [TestCase("#pragma warning disable RK0008")]
    public async Task A_pragma_that_disables_a_guarding_rule_is_a_warning_on_the_directive(string pragma)
    {
        var diagnostics = await DiagnosePragma(pragma);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0003");
        diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostics[0].FlaggedText().Should().Be(pragma);
    }

    [Test]
    public async Task A_pragma_without_ids_disables_everything_and_is_reported()
    {
        var diagnostics = await DiagnosePragma("#pragma warning disable");

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().StartWith(
            "This '#pragma warning disable' without ids switches off every warning, RS0030, RK0002, RK0003 and RK0008 included.");
    }

    [Test]
    public async Task The_message_names_the_rules_says_why_and_says_what_to_do_instead()
    {
        var diagnostics = await DiagnosePragma("#pragma warning disable RK0002, RS0030");

        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Be(
            "This '#pragma warning disable' switches off RS0030 and RK0002. The kata's guarding rules keep your "
            + "results reproducible and the grade honest, so source may not suppress them: fix the code the rule "
            + "points at instead (a banned API's message says what to use).");
    }

    [Test]
    public async Task A_pragma_that_disables_RK0003_cannot_hide_its_own_report()
    {
        // Roslyn applies a pragma from the end of its directive on; the report sits on the directive.
        var diagnostics = await DiagnosePragma("#pragma warning disable RK0003, RS0030");

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be("#pragma warning disable RK0003, RS0030");
    }

    [Test]
    public async Task A_file_cannot_hide_its_suppressions_because_the_first_one_is_always_reported()
    {
        // The second pragma falls under the first, but the first one is reported, which is what grading needs.
        var diagnostics = await DiagnosePragma("""
            #pragma warning disable RK0003
            #pragma warning disable RS0030
            """);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be("#pragma warning disable RK0003");
    }

    [TestCase("""[SuppressMessage("ApiDesign", "RS0030")]""", "SuppressMessage", "RS0030")]
    [TestCase("""[SuppressMessage("ApiDesign", "RS0030:Do not use banned APIs", Justification = "Needed")]""", "SuppressMessage", "RS0030")]
    [TestCase("""[SuppressMessage(checkId: "RS0030", category: "ApiDesign")]""", "SuppressMessage", "RS0030")]
    [TestCase("""[System.Diagnostics.CodeAnalysis.SuppressMessageAttribute("Reproducibility", "rk0002")]""", "SuppressMessage", "RK0002")]
    [TestCase("""[UnconditionalSuppressMessage("ApiDesign", "RS0030")]""", "UnconditionalSuppressMessage", "RS0030")]
    [TestCase("""[SuppressMessage("Integrity", "RK0008:API not allowed in graded code")]""", "SuppressMessage", "RK0008")]
    public async Task A_SuppressMessage_attribute_naming_a_guarding_rule_is_reported_on_the_attribute(
        string attribute, string attributeName, string rule)
    {
        var diagnostics = await DiagnoseAttribute(attribute);

        diagnostics.Should().ContainSingle();
        diagnostics[0].Id.Should().Be("RK0003");
        diagnostics[0].FlaggedText().Should().Be(attribute.Trim('[', ']'));
        diagnostics[0].GetMessage().Should().StartWith($"This [{attributeName}] switches off {rule}.");
    }

    [TestCase("assembly")]
    [TestCase("module")]
    public async Task An_assembly_or_module_level_SuppressMessage_is_reported(string target)
    {
        var diagnostics = await Diagnose($$"""
            using System.Diagnostics.CodeAnalysis;
            [{{target}}: SuppressMessage("ApiDesign", "RS0030", Justification = "Whole lab")]
            namespace Lab;
            public static class Loader
            {
                public static string Read() => System.IO.File.ReadAllText("x");
            }
            """);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().StartWith("SuppressMessage(");
    }

    [Test]
    public async Task A_check_id_spelled_through_a_constant_is_still_read()
    {
        var diagnostics = await Diagnose("""
            using System.Diagnostics.CodeAnalysis;
            namespace Lab;
            internal static class Ids
            {
                public const string Banned = "RS" + "0030";
            }
            public static class Loader
            {
                [SuppressMessage("ApiDesign", Ids.Banned)]
                public static string Read() => System.IO.File.ReadAllText("x");
            }
            """);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be("""SuppressMessage("ApiDesign", Ids.Banned)""");
    }

    // SuppressMessage attributes do not apply to RK0003 (its descriptor is tagged Compiler), so an
    // attribute that names RK0003 hides neither its own report nor anyone else's.
    [TestCase("", """[SuppressMessage("Integrity", "RK0003")]""")]
    [TestCase("""[assembly: SuppressMessage("Integrity", "RK0003")]""", "")]
    [TestCase("""[module: SuppressMessage("Integrity", "RK0003:Source suppresses a rule", Scope = "member", Target = "~M:Lab.Loader.Read")]""", "")]
    public async Task A_SuppressMessage_for_RK0003_cannot_hide_RK0003(string globalAttribute, string typeAttribute)
    {
        var diagnostics = await Diagnose($$"""
            using System.Diagnostics.CodeAnalysis;
            {{globalAttribute}}
            namespace Lab;
            {{typeAttribute}}
            public static class Loader
            {
                [SuppressMessage("ApiDesign", "RS0030")]
                public static string Read() => System.IO.File.ReadAllText("x");
            }
            """);

        diagnostics.Select(d => d.FlaggedText()).Should().Equal(
            (globalAttribute + typeAttribute).Trim('[', ']').Replace("assembly: ", "").Replace("module: ", ""),
            """SuppressMessage("ApiDesign", "RS0030")""");
    }

    [Test]
    public async Task A_home_made_SuppressMessageAttribute_in_the_same_namespace_is_reported_too()
    {
        var diagnostics = await Diagnose("""
            namespace System.Diagnostics.CodeAnalysis
            {
                [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
                internal sealed class SuppressMessageAttribute(string category, string checkId) : System.Attribute
                {
                    public string Category { get; } = category;
                    public string CheckId { get; } = checkId;
                }
            }
            namespace Lab
            {
                public static class Loader
                {
                    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0030")]
                    public static string Read() => System.IO.File.ReadAllText("x");
                }
            }
            """);

        diagnostics.Should().ContainSingle().Which.Id.Should().Be("RK0003");
    }

    [TestCase("#pragma warning disable CS0168")]
    [TestCase("#pragma warning disable CS0168, CA1822 // An unused local while I experiment.")]
    [TestCase("#pragma warning restore RS0030")]
    [TestCase("#pragma warning restore")]
    [TestCase("#pragma warning disable RS0031, RK0001")]
    [TestCase("#if NEVER\n#pragma warning disable RS0030\n#endif")]
    public async Task Pragmas_for_other_rules_and_restores_are_not_reported(string pragma)
    {
        var diagnostics = await DiagnosePragma(pragma);

        diagnostics.Should().BeEmpty();
    }

    [TestCase("""[SuppressMessage("Performance", "CA1822:Mark members as static")]""")]
    [TestCase("""[SuppressMessage("Style", "IDE0060", Justification = "RS0030 is not involved")]""")]
    [TestCase("""[System.Obsolete("Mentions RS0030 but suppresses nothing")]""")]
    public async Task Attributes_that_suppress_other_rules_or_nothing_are_not_reported(string attribute)
    {
        var diagnostics = await DiagnoseAttribute(attribute);

        diagnostics.Should().BeEmpty();
    }

    [Test]
    public async Task The_id_as_an_ordinary_string_or_comment_is_not_reported()
    {
        var diagnostics = await Diagnose("""
            namespace Lab;
            // #pragma warning disable RS0030 (in a comment, so it disables nothing)
            public static class Notes
            {
                public const string Rule = "RS0030";
                public static string Describe() => "#pragma warning disable RS0030 is reported by RK0003";
            }
            """);

        diagnostics.Should().BeEmpty();
    }

    private const string ProjectDir = "/kata/exercises/Lab01.TwoStepRnn/";

    private const string AutoGeneratedWithBarePragma = """
        // <auto-generated/>
        #pragma warning disable
        namespace Lab;
        public static class Loader
        {
            public static string Read() => System.IO.File.ReadAllText("x");
        }
        """;

    private static Task<ImmutableArray<Diagnostic>> DiagnoseInLab01(string path) =>
        AnalyzerHarness.DiagnoseAsync(new GuardSuppressionAnalyzer(), AutoGeneratedWithBarePragma, path,
            new Dictionary<string, string> { ["ProjectDir"] = ProjectDir });

    [TestCase(ProjectDir + "Loader.cs")]
    [TestCase(ProjectDir + "Loader.g.cs")]
    [TestCase(ProjectDir + "Deep/Folder/Loader.designer.cs")]
    public async Task A_students_file_is_reported_even_when_it_calls_itself_generated(string path)
    {
        var diagnostics = await DiagnoseInLab01(path);

        diagnostics.Should().ContainSingle().Which.FlaggedText().Should().Be("#pragma warning disable");
    }

    // The Regex generator opens its output with a bare '#pragma warning disable': not the student's doing.
    [TestCase(ProjectDir + "obj/Debug/net10.0/System.Text.RegularExpressions.Generator/System.Text.RegularExpressions.Generator.RegexGenerator/RegexGenerator.g.cs")]
    [TestCase(ProjectDir + "obj/Grading/net10.0/generated/System.Text.RegularExpressions.Generator/System.Text.RegularExpressions.Generator.RegexGenerator/RegexGenerator.g.cs")]
    [TestCase("/kata/artifacts/obj/Lab01.TwoStepRnn/debug/System.Text.RegularExpressions.Generator/System.Text.RegularExpressions.Generator.RegexGenerator/RegexGenerator.g.cs")]
    public async Task A_source_generators_output_is_not_reported(string path)
    {
        var diagnostics = await DiagnoseInLab01(path);

        diagnostics.Should().BeEmpty();
    }
}
