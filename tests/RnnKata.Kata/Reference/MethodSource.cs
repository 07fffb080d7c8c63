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

    /// <summary>The method's text without its leading trivia's XML docs, lines dedented together.</summary>
    private static string WithoutDocs(MethodDeclarationSyntax method)
    {
        var text = method.WithLeadingTrivia(method.GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                                                                                 && !t.IsKind(SyntaxKind.EndOfLineTrivia)))
            .ToFullString();
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToArray();
        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim('\n');
    }
}
