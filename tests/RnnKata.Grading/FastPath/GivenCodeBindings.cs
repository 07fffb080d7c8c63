using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RnnKata.Grading.FastPath;

/// <summary>
/// What the lab's given code (its <c>Given/</c> and generated files, compiled with the student's) refers to, name by
/// name, as the kata's own exercise files leave it. A student's file can change that without touching a given file:
/// a type of the lab's namespace hides an imported one (<c>RnnKata.Lab01.KataRandom</c> before
/// <c>RnnKata.Given.KataRandom</c>), a global using alias renames one, a type of an imported namespace shadows the
/// referenced library's (CS0436), an extension method or an overload matches better. The given code would then run
/// the student's code where the tests rely on the kata's (the seeded weights, the baseline a test compares with).
/// A student's compilation in which any name of the given code binds otherwise is refused, naming both.
/// </summary>
internal sealed class GivenCodeBindings
{
    private readonly IReadOnlyList<SyntaxTree> _givenTrees;
    private readonly Dictionary<(SyntaxTree Tree, TextSpan Span), string> _expected = [];

    /// <summary>Records the bindings of <paramref name="givenTrees"/> in <paramref name="kata"/>, the lab compiled with the kata's own exercise files.</summary>
    public GivenCodeBindings(CSharpCompilation kata, IReadOnlyList<SyntaxTree> givenTrees)
    {
        _givenTrees = givenTrees;
        foreach (var (node, symbol) in Bindings(kata, CancellationToken.None))
            _expected[(node.SyntaxTree, node.Span)] = Key(symbol);
    }

    /// <summary>The given code's names that bind otherwise in <paramref name="student"/>: the node, what it meant, what it means now.</summary>
    public IEnumerable<(SyntaxNode Node, string Expected, ISymbol Actual)> Changes(CSharpCompilation student, CancellationToken cancellationToken)
    {
        foreach (var (node, symbol) in Bindings(student, cancellationToken))
        {
            if (_expected.TryGetValue((node.SyntaxTree, node.Span), out var expected) && expected != Key(symbol))
                yield return (node, expected, symbol);
        }
    }

    /// <summary>Every symbol the given trees name or call implicitly (operators, conversions, <c>foreach</c>'s enumerator).</summary>
    private IEnumerable<(SyntaxNode Node, ISymbol Symbol)> Bindings(CSharpCompilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in _givenTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                var symbol = node switch
                {
                    ForEachStatementSyntax loop => model.GetForEachStatementInfo(loop).GetEnumeratorMethod,
                    ExpressionSyntax expression => model.GetSymbolInfo(expression, cancellationToken).Symbol,
                    _ => null,
                };
                // A namespace runs nothing (and one spread over assemblies has none of its own); its types are what count.
                if (symbol is not null and not INamespaceSymbol)
                    yield return (node, symbol);
            }
        }
    }

    /// <summary>The symbol as a message names it, with the assembly that declares it (a shadowing type has the same name).</summary>
    public static string Key(ISymbol symbol)
    {
        var declared = symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol;
        return $"{declared.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)} (from {declared.ContainingAssembly?.Name ?? "?"})";
    }
}
