using System.Reflection;
using ILGPU;
using ILGPU.Runtime;
using RnnKata.Engine.Ilgpu.Kernels;

namespace RnnKata.Engine.Ilgpu.Tests.Ptx;

/// <summary>One kernel of the engine: its method and whether it is launched with explicit groups (a <see cref="KernelConfig"/>).</summary>
/// <param name="Method">The static kernel method.</param>
/// <param name="ExplicitlyGrouped">True when the launcher takes a <see cref="KernelConfig"/> rather than an index.</param>
public sealed record KernelMethod(MethodInfo Method, bool ExplicitlyGrouped)
{
    /// <summary>"Class.Method", as a failure names it.</summary>
    public string Name => $"{Method.DeclaringType!.Name}.{Method.Name}";

    /// <summary>The parameter types, in order.</summary>
    public IReadOnlyList<Type> Signature => Method.GetParameters().Select(p => p.ParameterType).ToArray();

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// Finds every ILGPU kernel in the engine's assembly by reflection, so that a new kernel is compiled by the PTX test without
/// editing it: a static method returning void whose first parameter is an ILGPU index (implicitly grouped, launched with
/// that index) or an array view (explicitly grouped: it reads Grid and Group and is launched with a KernelConfig).
/// <see cref="Launched"/> reads what <see cref="KernelSet"/> actually loads, so the two lists can be checked against each other.
/// </summary>
public static class KernelDiscovery
{
    private static readonly Type[] IndexTypes = [typeof(Index1D), typeof(Index2D), typeof(Index3D)];

    /// <summary>Every kernel method of the engine's ILGPU assembly, ordered by name.</summary>
    public static IReadOnlyList<KernelMethod> All { get; } = Find(typeof(KernelSet).Assembly);

    /// <summary>The kernels in <paramref name="assembly"/> (also used on the test assembly's own planted kernel).</summary>
    public static IReadOnlyList<KernelMethod> Find(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(void) && !m.IsGenericMethodDefinition && m.GetParameters().Length > 0)
            .Select(m => (Method: m, First: m.GetParameters()[0].ParameterType))
            .Where(x => IndexTypes.Contains(x.First) || IsView(x.First))
            .Select(x => new KernelMethod(x.Method, ExplicitlyGrouped: !IndexTypes.Contains(x.First)))
            .OrderBy(k => k.Name, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The kernel signatures <see cref="KernelSet"/> loads, read from its launcher properties: an implicitly grouped launcher
    /// takes exactly the kernel's parameters, an explicitly grouped one a <see cref="KernelConfig"/> before them.
    /// </summary>
    public static IReadOnlyList<(string Launcher, IReadOnlyList<Type> Signature, bool ExplicitlyGrouped)> Launched() =>
        typeof(KernelSet).GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => typeof(Delegate).IsAssignableFrom(p.PropertyType))
            .Select(p =>
            {
                var arguments = p.PropertyType.GetGenericArguments();
                var explicitly = arguments[0] == typeof(KernelConfig);
                return (p.Name, (IReadOnlyList<Type>)(explicitly ? arguments[1..] : arguments), explicitly);
            })
            .ToArray();

    /// <summary>A signature in words, e.g. "(Index1D, ArrayView`1[Single], Single)".</summary>
    public static string Describe(IEnumerable<Type> signature) =>
        "(" + string.Join(", ", signature.Select(t => t.IsGenericType ? $"{t.Name}[{string.Join(",", t.GetGenericArguments().Select(a => a.Name))}]" : t.Name)) + ")";

    private static bool IsView(Type type) =>
        type.IsGenericType && type.Namespace == typeof(ArrayView<>).Namespace && type.Name.StartsWith("ArrayView", StringComparison.Ordinal);
}
