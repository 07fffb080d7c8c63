using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RnnKata.Kata.Reference;

/// <summary>Finds a method's source by name (<c>Type.Method</c>) in a lab's folder with Roslyn's syntax tree: every
/// overload, XML docs left out, the file's indentation kept.</summary>
public static class MethodSource
{
    /// <summary>The source of each method <paramref name="qualifiedName"/> (<c>TwoStepRnn.FirstStep</c>) declared in the
    /// <c>*.cs</c> files under <paramref name="folder"/> (bin/, obj/ left out), in file order; empty when none.</summary>
    public static IReadOnlyList<string> Find(string folder, string qualifiedName)
    {
        ArgumentNullException.ThrowIfNull(qualifiedName);
        var dot = qualifiedName.LastIndexOf('.');
        if (dot <= 0 || dot == qualifiedName.Length - 1)
            throw new ArgumentException($"'{qualifiedName}' is not Type.Method.", nameof(qualifiedName));
        var typeName = qualifiedName[..dot];
        var methodName = qualifiedName[(dot + 1)..];
        if (!Directory.Exists(folder))
            return [];

        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar);
            if (relative[0] is "bin" or "obj")
                continue;
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (method.Identifier.ValueText == methodName && method.Parent is TypeDeclarationSyntax type && type.Identifier.ValueText == typeName)
                    found.Add(WithoutDocs(method));
            }
        }
        return found;
    }

    /// <summary>The method's text (its XML docs left out) with every line dedented by the method's own indentation.</summary>
    private static string WithoutDocs(MethodDeclarationSyntax method)
    {
        var indent = method.GetLocation().GetLineSpan().StartLinePosition.Character;
        var lines = method.ToString().Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines.Select((l, i) => i == 0 ? l : l.Length - l.TrimStart().Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
