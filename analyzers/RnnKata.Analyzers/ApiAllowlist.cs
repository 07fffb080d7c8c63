using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RnnKata.Analyzers;

/// <summary>
/// What graded lab code may use (RK0008): the namespaces and types that the labs need, by name. A
/// type is named by its namespace and its outermost containing type, generic arity left out
/// (<c>System.Func</c> covers every <c>Func&lt;…&gt;</c>, <c>System.Collections.Generic.List</c> covers
/// <c>List&lt;T&gt;.Enumerator</c>). The page <c>docs/analyzers/RK0008.md</c> lists the same entries
/// and says how to ask for one more.
/// </summary>
internal static class ApiAllowlist
{
    /// <summary>Namespaces whose every type is allowed (the namespace itself, not the ones below it).</summary>
    private static readonly ImmutableHashSet<string> Namespaces = ImmutableHashSet.Create(StringComparer.Ordinal,
        "System.Collections",
        "System.Collections.Generic",
        "System.Collections.Immutable",
        "System.Collections.ObjectModel",
        "System.Diagnostics.CodeAnalysis",   // nullability attributes: [NotNull], [MaybeNullWhen], ...
        "System.Numerics");

    /// <summary>Namespaces allowed with every namespace below them, but for <see cref="DeniedInTrees"/>.</summary>
    private static readonly ImmutableArray<string> NamespaceTrees = ImmutableArray.Create(
        "MathNet.Numerics",
        "RnnKata.Given");

    /// <summary>Namespaces and types inside <see cref="NamespaceTrees"/> that are not allowed all the same.</summary>
    private static readonly ImmutableArray<string> DeniedInTrees = ImmutableArray.Create(
        "MathNet.Numerics.Control",      // switches MathNet to native providers and sets its thread count
        "MathNet.Numerics.Providers",    // the native providers themselves
        "MathNet.Numerics.Threading",    // MathNet's parallel loops
        "RnnKata.Given.Plotting");       // figures: drawn by the given code, and saving one writes a file

    /// <summary>Single types, by namespace and name.</summary>
    private static readonly ImmutableHashSet<string> Types = ImmutableHashSet.Create(StringComparer.Ordinal,
        // Numbers and maths.
        "System.Boolean", "System.Byte", "System.SByte", "System.Char", "System.Int16", "System.UInt16",
        "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Int128", "System.UInt128",
        "System.Half", "System.Single", "System.Double", "System.Decimal", "System.Math", "System.MathF",
        "System.Convert", "System.BitConverter", "System.MidpointRounding", "System.HashCode",
        // The kata's rule for randomness is a seed (RK0002), through KataRandom or new Random(seed).
        "System.Random",
        // Objects, values, arrays, spans, tuples, delegates that lambdas become.
        "System.Object", "System.ValueType", "System.Enum", "System.Void", "System.Nullable",
        "System.Array", "System.ArraySegment", "System.Span", "System.ReadOnlySpan", "System.Memory",
        "System.ReadOnlyMemory", "System.MemoryExtensions", "System.Index", "System.Range",
        "System.Tuple", "System.ValueTuple", "System.TupleExtensions",
        "System.Func", "System.Action", "System.Predicate", "System.Comparison", "System.Converter",
        "System.IComparable", "System.IEquatable", "System.IFormattable", "System.ISpanFormattable",
        "System.IFormatProvider", "System.IParsable", "System.ISpanParsable", "System.IDisposable", "System.ICloneable",
        // Strings and formatting.
        "System.String", "System.StringComparison", "System.StringComparer", "System.StringSplitOptions",
        "System.FormattableString", "System.Text.StringBuilder",
        "System.Globalization.CultureInfo", "System.Globalization.NumberFormatInfo", "System.Globalization.NumberStyles",
        // Attributes that only describe code.
        "System.Attribute", "System.AttributeUsageAttribute", "System.AttributeTargets",
        "System.ObsoleteAttribute", "System.FlagsAttribute",
        "System.Runtime.CompilerServices.CallerArgumentExpressionAttribute",
        "System.Runtime.CompilerServices.CallerMemberNameAttribute",
        // LINQ to objects (not IQueryable's expression trees, not PLINQ's threads).
        "System.Linq.Enumerable", "System.Linq.IOrderedEnumerable", "System.Linq.IGrouping", "System.Linq.ILookup",
        "System.Linq.Lookup", "System.Linq.ImmutableArrayExtensions");

    /// <summary>Types otherwise not allowed of which a few members are: printing a line and its newline.</summary>
    private static readonly ImmutableDictionary<string, ImmutableHashSet<string>> MembersOfOtherTypes =
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            Members("System.Console", "Write", "WriteLine"),
            Members("System.Environment", "NewLine"),
        });

    /// <summary>Members of allowed types that are not allowed: the door to reflection.</summary>
    private static readonly ImmutableDictionary<string, ImmutableHashSet<string>> DeniedMembers =
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, new[]
        {
            Members("System.Object", "GetType"),
        });

    /// <summary>Whether every member of the type named <paramref name="typeName"/> in <paramref name="ns"/> is allowed.</summary>
    /// <param name="ns">The type's namespace ("" for the global namespace).</param>
    /// <param name="typeName">The outermost type's name, without arity.</param>
    /// <param name="isSystemException">Whether the type is or derives from <c>System.Exception</c>.</param>
    public static bool AllowsType(string ns, string typeName, bool isSystemException)
    {
        var full = Join(ns, typeName);
        if (DeniedInTrees.Any(denied => IsWithin(full, denied)))
            return false;
        return Namespaces.Contains(ns)
            || NamespaceTrees.Any(tree => IsWithin(ns, tree))
            || Types.Contains(full)
            // Exceptions are how graded code reports bad input: every exception type in System may be
            // thrown and caught (those of other namespaces, IOException say, come with what they guard).
            || (ns == "System" && isSystemException);
    }

    /// <summary>
    /// Whether the type may be named although not every member of it may be used (<c>Console</c>: its
    /// <c>Write</c> and <c>WriteLine</c>), so that <c>using static System.Console;</c> is not reported.
    /// </summary>
    public static bool AllowsSomeMembersOf(string fullTypeName) => MembersOfOtherTypes.ContainsKey(fullTypeName);

    /// <summary>Whether a member of a type that is not allowed is allowed all the same.</summary>
    public static bool AllowsMember(string fullTypeName, string memberName) =>
        MembersOfOtherTypes.TryGetValue(fullTypeName, out var members) && members.Contains(memberName);

    /// <summary>Why a member of an allowed type is denied all the same, or null when it is not: the door to reflection,
    /// or a member whose name says it skips the runtime's checks (<c>Vector.LoadUnsafe(ref a[0], offset)</c> reads
    /// and <c>StoreUnsafe</c> writes past an array's end, with no pointer or <c>unsafe</c> in sight).</summary>
    public static string? WhyMemberDenied(string fullTypeName, string memberName)
    {
        if (DeniedMembers.TryGetValue(fullTypeName, out var members) && members.Contains(memberName))
            return DeniedApiReasons.For("System.Reflection");
        return SkipsMemoryChecks(memberName) ? DeniedApiReasons.UncheckedMemory : null;
    }

    /// <summary>.NET's naming rule for members that trust the caller with memory: <c>…Unsafe</c>, <c>Dangerous…</c>.</summary>
    private static bool SkipsMemoryChecks(string memberName) =>
        memberName.EndsWith("Unsafe", StringComparison.Ordinal) || memberName.StartsWith("Dangerous", StringComparison.Ordinal);

    /// <summary><paramref name="ns"/>.<paramref name="name"/>, or the name alone in the global namespace.</summary>
    public static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    /// <summary>Whether a dotted name is <paramref name="prefix"/> or lies below it.</summary>
    public static bool IsWithin(string name, string prefix) =>
        name.Length >= prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal)
        && (name.Length == prefix.Length || name[prefix.Length] == '.');

    private static KeyValuePair<string, ImmutableHashSet<string>> Members(string type, params string[] members) =>
        new(type, ImmutableHashSet.Create(StringComparer.Ordinal, members));
}
