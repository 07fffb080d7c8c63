using Microsoft.CodeAnalysis;

namespace RnnKata.Analyzers;

/// <summary>A symbol graded code may not use, and why (RK0008's two message arguments).</summary>
internal sealed class Denial
{
    public Denial(string what, string why)
    {
        What = what;
        Why = why;
    }

    /// <summary>The symbol or construct, as the message shows it.</summary>
    public string What { get; }

    /// <summary>Why it is not allowed.</summary>
    public string Why { get; }
}

/// <summary>
/// Checks one symbol against the allowlist (<see cref="ApiAllowlist"/>) for one compilation: the
/// compilation's own types (the lab's code, given files included) are always allowed; a type from
/// elsewhere must be on the list, and so must each of its type arguments; a member is judged by the
/// type that declares it.
/// </summary>
internal sealed class AllowlistCheck
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.CSharpErrorMessageFormat;

    private readonly IAssemblySymbol _ownAssembly;

    public AllowlistCheck(IAssemblySymbol ownAssembly) => _ownAssembly = ownAssembly;

    /// <summary>Why <paramref name="symbol"/> may not be used, or null when it may (or says nothing: a namespace, a local).</summary>
    public Denial? Check(ISymbol? symbol) => symbol switch
    {
        IAliasSymbol alias => Check(alias.Target),
        ITypeSymbol type => CheckType(type, asReference: true),
        IMethodSymbol method => CheckMethod(method),
        IPropertySymbol or IFieldSymbol or IEventSymbol => CheckMember(symbol!),
        _ => null,   // namespaces, locals, parameters, labels, range variables, discards: nothing to run
    };

    private Denial? CheckType(ITypeSymbol type, bool asReference)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return CheckType(array.ElementType, asReference);
            case IPointerTypeSymbol:
                return new Denial(type.ToDisplayString(Format), "pointers read and write memory past the runtime's checks");
            case IFunctionPointerTypeSymbol:
                return new Denial(type.ToDisplayString(Format), "function pointers call code by its address");
            case { TypeKind: TypeKind.Dynamic }:
                return new Denial("dynamic", "'dynamic' binds members by name at run time, past the compiler's checks");
            case INamedTypeSymbol named when named.TypeKind != TypeKind.Error:
                return CheckNamedType(named, asReference);
            default:
                return null;   // type parameters; error types are the compiler's to report
        }
    }

    private Denial? CheckNamedType(INamedTypeSymbol type, bool asReference)
    {
        if (type.ContainingType is { } outer && CheckType(outer, asReference: false) is { } outerDenial)
            return outerDenial;
        foreach (var argument in type.TypeArguments)
        {
            if (CheckType(argument, asReference) is { } denial)
                return denial;
        }

        var definition = type.OriginalDefinition;
        if (IsOwn(definition) || definition.ContainingType is not null)
            return null;   // a nested type was judged with its outermost type above

        var (ns, full) = Names(definition);
        if (ApiAllowlist.AllowsType(ns, definition.Name, DerivesFromException(definition))
            || (asReference && ApiAllowlist.AllowsSomeMembersOf(full)))
            return null;
        return new Denial(definition.ToDisplayString(Format), DeniedApiReasons.For(full));
    }

    private Denial? CheckMethod(IMethodSymbol method)
    {
        if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
            return null;
        foreach (var argument in method.TypeArguments)
        {
            if (CheckType(argument, asReference: true) is { } denial)
                return denial;
        }
        return CheckMember(method.ReducedFrom ?? method);
    }

    private Denial? CheckMember(ISymbol member)
    {
        var definition = member.OriginalDefinition;
        if (member.ContainingType is not { } containing || IsOwn(definition))
            return null;

        var outermost = Outermost(containing.OriginalDefinition);
        var (_, full) = Names(outermost);
        if (ApiAllowlist.AllowsMember(full, definition.Name))
            return null;
        if (ApiAllowlist.WhyMemberDenied(full, definition.Name) is { } why)
            return new Denial(definition.ToDisplayString(Format), why);

        var denial = CheckType(containing, asReference: false);
        // Name the member rather than its type when the type itself is what is denied: the message then
        // says File.ReadAllText(string), the call the student wrote.
        // A constructor is named by its type: new Thread(...) reports System.Threading.Thread.
        return denial is not null && denial.What == outermost.ToDisplayString(Format)
               && definition is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }
            ? new Denial(definition.ToDisplayString(Format), denial.Why)
            : denial;
    }

    private bool IsOwn(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _ownAssembly);

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } outer)
            type = outer;
        return type;
    }

    private static (string Namespace, string Full) Names(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        return (ns, ApiAllowlist.Join(ns, type.Name));
    }

    private static bool DerivesFromException(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == "Exception" && t.ContainingNamespace?.ToDisplayString() == "System")
                return true;
        }
        return false;
    }
}
