using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RnnKata.Analyzers;

/// <summary>
/// The kata's rule ids and their descriptors, in one place. Each rule has a page under
/// <c>docs/analyzers/</c>; its help link is that page's repo-relative path (the kata has no public
/// URL) and every message ends by pointing at it.
/// </summary>
public static class KataDiagnostics
{
    /// <summary>Rule id: a member still throws <c>NotImplementedException</c>.</summary>
    public const string NotImplementedId = "RK0001";

    /// <summary>Rule id: randomness without a seed.</summary>
    public const string UnseededRandomId = "RK0002";

    /// <summary>Rule id: source that suppresses one of the rules guarding the kata.</summary>
    public const string GuardSuppressedId = "RK0003";

    /// <summary>RK0001, Info: the student's to-do list, one entry per stub left.</summary>
    public static readonly DiagnosticDescriptor NotImplemented = new(
        id: NotImplementedId,
        title: "Member is not implemented yet",
        messageFormat: "{0} is not implemented yet: {1}. About this rule: " + HelpLink(NotImplementedId) + ".",
        category: "Kata",
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The member still throws NotImplementedException, so its tests fail. Replace the throw "
            + "with your implementation; the stub's message names the docs chapter to read.",
        helpLinkUri: HelpLink(NotImplementedId));

    /// <summary>RK0002, Warning: <c>new Random()</c> without a seed, or <c>Random.Shared</c>.</summary>
    public static readonly DiagnosticDescriptor UnseededRandom = new(
        id: UnseededRandomId,
        title: "Randomness without a seed",
        messageFormat: "{0} gives different numbers on every run, so the tests cannot reproduce your results. "
            + "Use KataRandom.Create(seed) from RnnKata.Given, or new Random(seed). About this rule: "
            + HelpLink(UnseededRandomId) + ".",
        category: "Reproducibility",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Weight initialisation, shuffling and sampling must draw the same numbers on every run "
            + "and every machine, or a test cannot compare your network's outputs and gradients with "
            + "fixed expectations. Seed every generator.",
        helpLinkUri: HelpLink(UnseededRandomId));

    /// <summary>
    /// RK0003, Warning (an error when grading): a <c>#pragma warning disable</c> or a
    /// <c>SuppressMessage</c> attribute that switches off RS0030, RK0002 or RK0003.
    /// </summary>
    public static readonly DiagnosticDescriptor GuardSuppressed = new(
        id: GuardSuppressedId,
        title: "Source suppresses a rule that guards the kata",
        messageFormat: "{0} switches off {1}. The kata's guarding rules keep your results reproducible and "
            + "the grade honest, so source may not suppress them: fix the code the rule points at instead "
            + "(a banned API's message says what to use). About this rule: " + HelpLink(GuardSuppressedId) + ".",
        category: "Integrity",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "RS0030 (banned APIs), RK0002 (unseeded randomness) and RK0003 itself guard what the "
            + "tests and the grader rely on. A #pragma warning disable or a SuppressMessage attribute that "
            + "names one of them, or a #pragma warning disable with no ids at all, is reported; grading "
            + "(-p:KataGrading=true) makes it an error.",
        helpLinkUri: HelpLink(GuardSuppressedId),
        // Roslyn applies SuppressMessage attributes to every diagnostic not tagged Compiler, so without
        // this tag [assembly: SuppressMessage("...", "RK0003")] would hide its own report and then let a
        // second attribute switch off RS0030 unseen. The tag changes nothing else that grading relies on:
        // pragmas, .editorconfig and WarningsAsErrors apply as to any warning, and a pragma is reported
        // on its own directive, before its effect begins.
        customTags: WellKnownDiagnosticTags.Compiler);

    /// <summary>Every rule of the kata's analyzer.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ImmutableArray.Create(NotImplemented, UnseededRandom, GuardSuppressed);

    private static string HelpLink(string id) => "docs/analyzers/" + id + ".md";
}
