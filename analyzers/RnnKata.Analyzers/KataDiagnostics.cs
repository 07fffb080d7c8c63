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

    /// <summary>Every rule of the kata's analyzer.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ImmutableArray.Create(NotImplemented, UnseededRandom);

    private static string HelpLink(string id) => "docs/analyzers/" + id + ".md";
}
