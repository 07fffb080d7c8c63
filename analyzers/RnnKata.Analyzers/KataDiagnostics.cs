using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RnnKata.Analyzers;

/// <summary>
/// The kata's rule ids and their descriptors, in one place. Each rule has a page under
/// <c>docs/analyzers/</c>; its help link is that page's repo-relative path (the kata has no public
/// URL). Messages do not repeat it: the compiler prints the help link after the message (<c>dotnet build</c>,
/// the grader and the front door), and an IDE links the rule's id to it.
/// </summary>
public static class KataDiagnostics
{
    /// <summary>Rule id: a member still throws <c>NotImplementedException</c>.</summary>
    public const string NotImplementedId = "RK0001";

    /// <summary>Rule id: randomness without a seed.</summary>
    public const string UnseededRandomId = "RK0002";

    /// <summary>Rule id: source that suppresses one of the rules guarding the kata.</summary>
    public const string GuardSuppressedId = "RK0003";

    /// <summary>Rule id: a parameter gradient overwritten with <c>=</c> inside the loop over time.</summary>
    public const string GradientOverwrittenId = "RK0004";

    /// <summary>Rule id: a backward pass whose loop over time counts up.</summary>
    public const string BackwardWalksForwardId = "RK0005";

    /// <summary>Rule id: tanh's derivative computed from its input instead of its output.</summary>
    public const string TanhDerivativeFromInputId = "RK0006";

    /// <summary>Rule id: softmax or log-sum-exp without subtracting the maximum.</summary>
    public const string UnshiftedSoftmaxId = "RK0007";

    /// <summary>Rule id: graded code uses an API that is not on the allowlist of what the labs need.</summary>
    public const string ApiNotAllowedId = "RK0008";

    /// <summary>Rule id: an Adam step that never divides the moments by the bias corrections.</summary>
    public const string AdamWithoutBiasCorrectionId = "RK0009";

    /// <summary>Rule id: a bias correction whose step counter is still 0 at its first use.</summary>
    public const string BiasCorrectionAtStepZeroId = "RK0010";

    /// <summary>Rule id: window targets read at the same index as the inputs, not one step later.</summary>
    public const string UnshiftedWindowTargetId = "RK0011";

    /// <summary>Rule id: a <c>Random</c> drawn from inside a MathNet builder's init function, which may run in parallel.</summary>
    public const string RandomInParallelInitId = "RK0012";

    /// <summary>Rule id: a series padded at its end with copies of its last value before it is cut into windows.</summary>
    public const string SeriesPaddedWithLastValueId = "RK0013";

    /// <summary>Rule id: a many-to-one network's output read from the first hidden state, not the last.</summary>
    public const string OutputFromFirstStateId = "RK0014";

    /// <summary>Rule id: probabilities divided by a sampling temperature instead of the logits.</summary>
    public const string TemperedProbabilitiesId = "RK0015";

    // The category of the rules that point at classic mistakes in RNN code and its training
    // (RK0004 to RK0007, RK0009 to RK0011, RK0013 to RK0015).
    private const string RnnCategory = "Rnn";

    /// <summary>RK0001, Info: the student's to-do list, one entry per stub left.</summary>
    public static readonly DiagnosticDescriptor NotImplemented = new(
        id: NotImplementedId,
        title: "Member is not implemented yet",
        messageFormat: "{0} is not implemented yet: {1}",
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
            + "Use KataRandom.Create(seed) from RnnKata.Given, or new Random(seed).",
        category: "Reproducibility",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Weight initialisation, shuffling and sampling must draw the same numbers on every run "
            + "and every machine, or a test cannot compare your network's outputs and gradients with "
            + "fixed expectations. Seed every generator.",
        helpLinkUri: HelpLink(UnseededRandomId));

    /// <summary>
    /// RK0003, Warning (an error when grading): a <c>#pragma warning disable</c> or a
    /// <c>SuppressMessage</c> attribute that switches off RS0030, RK0002, RK0003 or RK0008.
    /// </summary>
    public static readonly DiagnosticDescriptor GuardSuppressed = new(
        id: GuardSuppressedId,
        title: "Source suppresses a rule that guards the kata",
        messageFormat: "{0} switches off {1}. The kata's guarding rules keep your results reproducible and "
            + "the grade honest, so source may not suppress them: fix the code the rule points at instead "
            + "(a banned API's message says what to use).",
        category: "Integrity",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "RS0030 (banned APIs), RK0002 (unseeded randomness), RK0008 (the graded-code allowlist) "
            + "and RK0003 itself guard what the "
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

    /// <summary>
    /// RK0004, Warning: <c>dW = …</c> inside a loop that never reads <c>dW</c>, where <c>dW += …</c> was meant.
    /// {0} is the target as written, {1} the loop ("the for loop over t").
    /// </summary>
    public static readonly DiagnosticDescriptor GradientOverwritten = new(
        id: GradientOverwrittenId,
        title: "Parameter gradient overwritten inside the loop over time",
        messageFormat: "'{0}' is overwritten with '=' inside {1} and never read there, so only the last iteration's "
            + "value survives. Weights shared by every time step collect a gradient from every step: accumulate "
            + "with '{0} += ...'.",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An RNN uses the same U, W, V, b and c at every time step, so dL/dW is the sum of every "
            + "step's contribution. Assigning the gradient with '=' inside the loop keeps only the last one; "
            + "the gradient check then fails by a factor that grows with the sequence length.",
        helpLinkUri: HelpLink(GradientOverwrittenId));

    /// <summary>
    /// RK0005, Warning: a backward pass whose <c>for</c> loop counts up while carrying a gradient
    /// from one step to the next. {0} is the method, {1} the loop counter, {2} the carried gradient.
    /// </summary>
    public static readonly DiagnosticDescriptor BackwardWalksForward = new(
        id: BackwardWalksForwardId,
        title: "Backward pass walks time forward",
        messageFormat: "The backward pass {0} walks time forward: its loop over {1} counts up but carries '{2}' from "
            + "one step to the next. BPTT must start at the last step, because dL/dh(t) needs dL/dh(t+1): count "
            + "down, 'for (int {1} = T - 1; {1} >= 0; {1}--)'.",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The hidden state h(t) feeds the loss directly and through h(t+1), so the gradient flowing "
            + "into step t is only known once step t+1 is done. Backpropagation through time therefore runs the "
            + "steps in reverse; a forward loop hands each step a gradient from the wrong neighbour.",
        helpLinkUri: HelpLink(BackwardWalksForwardId));

    /// <summary>
    /// RK0006, Warning: <c>1 − a²</c> where <c>a</c> is what tanh was applied to.
    /// {0} is the flagged expression, {1} the pre-activation.
    /// </summary>
    public static readonly DiagnosticDescriptor TanhDerivativeFromInput = new(
        id: TanhDerivativeFromInputId,
        title: "tanh derivative computed from the pre-activation",
        messageFormat: "'{0}' takes tanh's derivative at its input: this method passes '{1}' to tanh, but "
            + "tanh'(a) = 1 - tanh(a)^2 = 1 - h^2, with h the output of tanh. Square the output instead.",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "With h = tanh(a), dh/da = 1 - h^2. Writing 1 - a^2 with the pre-activation a gives a "
            + "wrong gradient that is even negative once |a| > 1; use the hidden state the forward pass kept.",
        helpLinkUri: HelpLink(TanhDerivativeFromInputId));

    /// <summary>
    /// RK0007, Warning: softmax or log-sum-exp computed without subtracting the maximum.
    /// {0} is what is exponentiated, {1} what happens to the exponentials.
    /// </summary>
    public static readonly DiagnosticDescriptor UnshiftedSoftmax = new(
        id: UnshiftedSoftmaxId,
        title: "Softmax without the max shift",
        messageFormat: "'{0}' is exponentiated and {1} without subtracting the maximum first: exp(710) is already "
            + "infinite in double precision, and infinity / infinity is NaN. Subtract the maximum m before "
            + "exponentiating: softmax(z) = softmax(z - m), log(sum(exp(z))) = m + log(sum(exp(z - m))).",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Softmax is unchanged when a constant is subtracted from every logit, and with the maximum "
            + "subtracted the largest exponential is exp(0) = 1: nothing overflows, and the sum is at least 1.",
        helpLinkUri: HelpLink(UnshiftedSoftmaxId));

    /// <summary>
    /// RK0008, Error, reported only when grading (<c>-p:KataGrading=true</c>): graded code references
    /// an API outside the allowlist, or uses unsafe code, pointers or native calls. {0} is the symbol
    /// or construct, {1} why it is not allowed.
    /// </summary>
    public static readonly DiagnosticDescriptor ApiNotAllowed = new(
        id: ApiNotAllowedId,
        title: "API not allowed in graded code",
        messageFormat: "'{0}' may not be used in graded lab code: {1}. Graded code may use maths, collections, LINQ, "
            + "strings, exceptions, MathNet.Numerics and the kata's given code; the rule's page lists them and says "
            + "how to ask for an API a lab needs.",
        category: "Integrity",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "When the grader builds a lab (-p:KataGrading=true), the student's code may use only the "
            + "namespaces and types that the labs need; everything else (native code, unsafe code, reflection, "
            + "threads, files, the network, process events, NUnit itself) fails the build. While you practise the "
            + "rule is off.",
        helpLinkUri: HelpLink(ApiNotAllowedId),
        // Compiler: SuppressMessage attributes do not apply (see GuardSuppressed). NotConfigurable: no
        // pragma, .editorconfig, ruleset or NoWarn changes its severity, so what the analyzer reports when
        // grading is always an error; outside grading it reports nothing at all.
        customTags: new[] { WellKnownDiagnosticTags.Compiler, WellKnownDiagnosticTags.NotConfigurable });

    /// <summary>
    /// RK0009, Warning: Adam's moments m and v are updated and the parameters stepped with
    /// m / (√v + ε), but nothing in the class corrects the bias of m and v. {0} is the step's ratio.
    /// </summary>
    public static readonly DiagnosticDescriptor AdamWithoutBiasCorrection = new(
        id: AdamWithoutBiasCorrectionId,
        title: "Adam step without bias correction",
        messageFormat: "'{0}' steps with Adam's moments m and v, but nothing here divides them by the bias corrections "
            + "1 - beta1^t and 1 - beta2^t. Without them the first steps are too large, not too small: at t = 1 with "
            + "the defaults m = 0.1*g and v = 0.001*g^2, so m/sqrt(v) is about 3.2 where the corrected ratio is 1. "
            + "Step with (m / (1 - Math.Pow(beta1, t))) / (Math.Sqrt(v / (1 - Math.Pow(beta2, t))) + eps).",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Adam's moment estimates start at zero, so early on they are biased towards zero, and v (with "
            + "beta2 = 0.999) far more than m (beta1 = 0.9). Dividing m by 1 - beta1^t and v by 1 - beta2^t removes the "
            + "bias; without it the ratio m/sqrt(v) starts near sqrt(10) times too large and the first steps overshoot.",
        helpLinkUri: HelpLink(AdamWithoutBiasCorrectionId));

    /// <summary>
    /// RK0010, Warning: <c>1 − Math.Pow(β, t)</c> where the counter t is still 0 when the method
    /// first gets there. {0} is the power, {1} the counter.
    /// </summary>
    public static readonly DiagnosticDescriptor BiasCorrectionAtStepZero = new(
        id: BiasCorrectionAtStepZeroId,
        title: "Bias correction at step 0",
        messageFormat: "'{0}' uses the step counter '{1}' before it is counted up, so on the first step {1} = 0 and "
            + "1 - beta^0 = 0: the bias correction divides by zero and the parameters become infinite or NaN. "
            + "Adam counts t = 1, 2, ...: increment '{1}' before the correction uses it.",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Adam's bias corrections 1 - beta1^t and 1 - beta2^t are zero at t = 0. The step counter must "
            + "be incremented before the first correction, or start at 1.",
        helpLinkUri: HelpLink(BiasCorrectionAtStepZeroId));

    /// <summary>
    /// RK0011, Warning: the targets of training windows read the series at the same index as the
    /// inputs. {0} is the targets' read, {1} the inputs'.
    /// </summary>
    public static readonly DiagnosticDescriptor UnshiftedWindowTarget = new(
        id: UnshiftedWindowTargetId,
        title: "Window targets not shifted",
        messageFormat: "The targets '{0}' read the series at the same index as the inputs '{1}', so every target "
            + "equals its own input and the network learns to copy, not to predict. The target of step t is the "
            + "value one step later: shift the targets' index by one.",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A window for next-step prediction pairs the inputs x(start), ..., x(start + n - 1) with the "
            + "targets x(start + 1), ..., x(start + n), or with the single value x(start + n). Targets read at the "
            + "same indices as the inputs make the identity a perfect predictor: the loss falls to zero and the "
            + "network has learnt nothing about what comes next.",
        helpLinkUri: HelpLink(UnshiftedWindowTargetId));

    /// <summary>
    /// RK0012, Warning: the init function of a MathNet builder (<c>Vector&lt;T&gt;.Build.Dense(n, init)</c> and its
    /// kin) draws from a <c>System.Random</c>. {0} is the draw, {1} the builder method.
    /// </summary>
    public static readonly DiagnosticDescriptor RandomInParallelInit = new(
        id: RandomInParallelInitId,
        title: "Random drawn inside a MathNet init function",
        messageFormat: "'{0}' draws from a Random inside the init function of {1}, and MathNet may call that function "
            + "from several threads at once: System.Random is not thread-safe, so the same seed gives different, "
            + "sometimes corrupt, numbers on every run. Draw the values one after another in a plain loop (then "
            + "DenseOfArray), or use Build.Random(..., distribution) with a distribution built on a seeded Random.",
        category: "Reproducibility",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "MathNet documents neither the order nor the thread in which a builder calls its init function, "
            + "and Vector<T>.Build.Dense fills a large vector in parallel. A Random shared by those calls hands out "
            + "its numbers in an order that changes from run to run, and concurrent calls can corrupt its state. "
            + "Draw random values in a loop of your own.",
        helpLinkUri: HelpLink(RandomInParallelInitId));

    /// <summary>
    /// RK0013, Warning: a series padded at its end with copies of its own last value (the lecture's windows in chapter 6).
    /// {0} is what is added, {1} the series.
    /// </summary>
    public static readonly DiagnosticDescriptor SeriesPaddedWithLastValue = new(
        id: SeriesPaddedWithLastValueId,
        title: "Series padded with its last value",
        messageFormat: "'{0}' pads the series '{1}' with copies of its last value: every window that reaches into the "
            + "padding is given a target that never happened (the last value again), and the model is trained and "
            + "scored on made-up data. Cut only the windows the series has: N values give N - T windows of T.",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Padding the end of a series by repeating its last value lets every value start a window, but "
            + "the windows that start in the last T values predict a copy of the last value instead of a real next "
            + "value. Those targets are fabricated: the network learns that the series stops moving, and a test "
            + "score over them rewards predicting the last value.",
        helpLinkUri: HelpLink(SeriesPaddedWithLastValueId));

    /// <summary>
    /// RK0014, Warning: the output weights multiply the hidden state at index 0 (h_0, or the state after the first word).
    /// {0} is the product, {1} the state.
    /// </summary>
    public static readonly DiagnosticDescriptor OutputFromFirstState = new(
        id: OutputFromFirstStateId,
        title: "Output read from the first hidden state",
        messageFormat: "'{0}' reads the output from '{1}', the first hidden state: h_0 is the zero state and h_1 has seen "
            + "one word. A many-to-one network reads its output from h_T, the state after the last word (hs[^1]); "
            + "from the first state the class cannot depend on the rest of the phrase.",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "In a many-to-one network (chapter 7: y = W_hy·h_T + b_y) only the last hidden state has read every "
            + "word. y = W_hy·h_0 is the same for every phrase (h_0 = 0, so p = softmax(b_y)), and y = W_hy·h_1 sees the "
            + "first word only: 'not bad' and 'not good' get the same class.",
        helpLinkUri: HelpLink(OutputFromFirstStateId));

    /// <summary>
    /// RK0015, Warning: probabilities divided by a sampling temperature. {0} is the dividend, {1} the temperature.
    /// </summary>
    public static readonly DiagnosticDescriptor TemperedProbabilities = new(
        id: TemperedProbabilitiesId,
        title: "Temperature applied to probabilities instead of logits",
        messageFormat: "'{0}' divides probabilities by the temperature '{1}': the result no longer sums to 1, and once it is "
            + "renormalised (or sampled from its cumulative sums) the temperature has changed nothing. Divide the logits "
            + "before the softmax: softmax(z / T).",
        category: RnnCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Sampling at temperature T draws from softmax(z / T): T < 1 sharpens the distribution towards the "
            + "greedy choice, T > 1 flattens it. Dividing the probabilities softmax(z) by T scales every one of them alike, "
            + "so after renormalising nothing changes; without renormalising they sum to 1/T.",
        helpLinkUri: HelpLink(TemperedProbabilitiesId));

    /// <summary>Every rule of the kata's analyzer.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        ImmutableArray.Create(NotImplemented, UnseededRandom, GuardSuppressed,
            GradientOverwritten, BackwardWalksForward, TanhDerivativeFromInput, UnshiftedSoftmax, ApiNotAllowed,
            AdamWithoutBiasCorrection, BiasCorrectionAtStepZero, UnshiftedWindowTarget, RandomInParallelInit,
            SeriesPaddedWithLastValue, OutputFromFirstState, TemperedProbabilities);

    private static string HelpLink(string id) => "docs/analyzers/" + id + ".md";
}
