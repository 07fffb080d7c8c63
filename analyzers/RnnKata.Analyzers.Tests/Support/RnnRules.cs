using Microsoft.CodeAnalysis.Diagnostics;

namespace RnnKata.Analyzers.Tests.Support;

/// <summary>
/// The rules that point at classic mistakes in RNN code and its training (RK0004 to RK0007,
/// RK0009 to RK0011, RK0013, RK0014): teaching warnings that must stay quiet on correct code.
/// </summary>
internal static class RnnRules
{
    /// <summary>Their ids, in order.</summary>
    public static readonly string[] Ids =
    [
        KataDiagnostics.GradientOverwrittenId, KataDiagnostics.BackwardWalksForwardId,
        KataDiagnostics.TanhDerivativeFromInputId, KataDiagnostics.UnshiftedSoftmaxId,
        KataDiagnostics.AdamWithoutBiasCorrectionId, KataDiagnostics.BiasCorrectionAtStepZeroId,
        KataDiagnostics.UnshiftedWindowTargetId, KataDiagnostics.SeriesPaddedWithLastValueId, KataDiagnostics.OutputFromFirstStateId,
        KataDiagnostics.TemperedProbabilitiesId,
    ];

    /// <summary>A fresh instance of each of their analyzers.</summary>
    public static DiagnosticAnalyzer[] Analyzers() =>
    [
        new GradientOverwriteAnalyzer(), new ForwardBackwardPassAnalyzer(), new TanhDerivativeAnalyzer(),
        new UnshiftedSoftmaxAnalyzer(), new AdamBiasCorrectionAnalyzer(), new BiasCorrectionAtStepZeroAnalyzer(),
        new UnshiftedWindowTargetAnalyzer(), new PaddedWithLastValueAnalyzer(), new OutputFromFirstStateAnalyzer(),
        new TemperedProbabilitiesAnalyzer(),
    ];
}
