using System.Linq;

namespace RnnKata.Analyzers;

/// <summary>
/// Why an API outside the allowlist (RK0008) is not allowed, in words a student understands: the most
/// specific entry whose namespace or type contains the API's type wins.
/// </summary>
internal static class DeniedApiReasons
{
    private const string Reflection = "reflection reaches code by name at run time, past the compiler's checks";
    private const string Threads = "the labs are single-threaded, and a thread or task left running outlives its test";
    private const string ProcessWide = "it changes or hooks the whole process, the grader's test run included";

    /// <summary>Why a member named <c>…Unsafe</c> or <c>Dangerous…</c> of an otherwise allowed type is denied.</summary>
    public const string UncheckedMemory = "it reads or writes memory past the runtime's bounds checks (an 'Unsafe' or 'Dangerous' member trusts its caller)";

    // Longest first, so that the most specific entry wins.
    private static readonly (string Prefix, string Reason)[] Entries = new[]
    {
        ("System.Runtime.InteropServices.DllImportAttribute", "it declares a call into native code, which runs outside .NET's checks"),
        ("System.Runtime.InteropServices.LibraryImportAttribute", "it declares a call into native code, which runs outside .NET's checks"),
        ("System.Runtime.InteropServices", "interop reaches native code and raw memory, outside .NET's checks"),
        ("System.Runtime.CompilerServices.ModuleInitializerAttribute", "a module initializer runs when the assembly loads, before and outside any test"),
        ("System.Runtime.CompilerServices.SkipLocalsInitAttribute", "it leaves stack memory uninitialised"),
        ("System.Runtime.CompilerServices.Unsafe", "it reads and writes memory past the runtime's checks"),
        ("System.Runtime.CompilerServices", "compiler and runtime internals are not part of the exercise"),
        ("System.Runtime.Loader", "loading assemblies is not part of the exercise, and its events hook the process"),
        ("System.Runtime.GCSettings", "the garbage collector is the runtime's, not the exercise's"),
        ("System.Reflection", Reflection),
        ("System.Linq.Expressions", "expression trees compile code at run time"),
        ("System.Linq.Queryable", "IQueryable builds expression trees, which compile code at run time"),
        ("System.Linq.IQueryable", "IQueryable builds expression trees, which compile code at run time"),
        ("System.Linq.ParallelEnumerable", Threads),
        ("System.Linq.ParallelQuery", Threads),
        ("System.Type", Reflection),
        ("System.Activator", Reflection),
        ("System.Delegate", "a delegate built from method info reaches any method by name"),
        ("System.MulticastDelegate", "a delegate built from method info reaches any method by name"),
        ("System.Threading", Threads),
        ("System.IO", "exercise code computes from the matrices it is given: no files or streams"),
        ("System.Net", "exercise code runs offline: no network"),
        ("System.Diagnostics.Process", "exercise code must not start or inspect other programs"),
        ("System.Diagnostics", "processes, debuggers and tracing are not part of the exercise"),
        ("System.AppDomain", ProcessWide),
        ("System.AppContext", ProcessWide),
        ("System.Environment", "the process's environment, command line and exit are not the exercise's (Environment.NewLine is allowed)"),
        ("System.GC", "the garbage collector is the runtime's, not the exercise's"),
        ("System.Console", "only Console.Write and Console.WriteLine are allowed: no input, no redirection, no process events"),
        ("System.IntPtr", "native-sized pointers are for interop"),
        ("System.UIntPtr", "native-sized pointers are for interop"),
        ("NUnit", "code under test may not use the tests' framework, which decides a test's outcome"),
        ("MathNet.Numerics.Control", "it switches MathNet to native code and sets its threads"),
        ("MathNet.Numerics.Providers", "MathNet's native providers are not part of the exercise"),
        ("MathNet.Numerics.Threading", Threads),
        ("RnnKata.Given.Plotting", "figures are drawn by the given code, and saving one writes a file"),
    }.OrderByDescending(e => e.Item1.Length).ToArray();

    /// <summary>The reason for the type named <paramref name="fullTypeName"/> (namespace and outermost type).</summary>
    public static string For(string fullTypeName)
    {
        foreach (var (prefix, reason) in Entries)
        {
            if (ApiAllowlist.IsWithin(fullTypeName, prefix))
                return reason;
        }
        return "it is not on the allowlist of what the labs need";
    }
}
