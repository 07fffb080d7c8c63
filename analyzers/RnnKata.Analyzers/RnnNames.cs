using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace RnnKata.Analyzers;

/// <summary>
/// What names say in RNN code: which variables hold gradients and which methods are backward
/// passes. RK0004 and RK0005 only look at code whose names say so, which keeps them quiet on the
/// loops that have nothing to do with gradients.
/// </summary>
internal static class RnnNames
{
    // After the d of dhnext, dhprev, dhraw (Karpathy's min-char-rnn) the state's letter is what counts.
    private static readonly string[] HeadSuffixes = { "next", "prev", "raw" };

    // d + a lowercase word that the RNN chapters use for a gradient: dlogits, dout, dgates.
    private static readonly HashSet<string> GradientWords = new(StringComparer.Ordinal)
    {
        "out", "outs", "output", "outputs", "input", "inputs", "hidden", "cell", "cells", "state", "states",
        "gate", "gates", "logits", "scores", "probs", "loss", "pre", "act", "weights", "bias", "biases",
    };

    // d + one to three lowercase letters is a gradient (dh, db, dx, dbh, dby) unless it spells an
    // ordinary word: do, done, dim, dir, dot, data, diff, dist, div, den, ... This is a guard, not a
    // dictionary; the rules also need the shape of the code before they report.
    private static readonly HashSet<string> NotGradientHeads = new(StringComparer.Ordinal)
    {
        "o", "on", "one", "oes", "im", "ims", "ir", "irs", "ot", "og", "oc", "ocs", "om", "ow", "up", "yn",
        "eg", "ef", "el", "ec", "en", "ep", "es", "ev", "id", "ie", "ig", "is", "iv", "na", "ry", "st", "ata",
        "ay", "ays", "ue", "ye", "ew", "ist", "iff", "rop", "esc", "iag", "ict", "isk", "ll", "ns", "raw",
        "ead", "eal", "ear", "eck", "ice", "ine", "ish", "ock", "ome", "oor", "ose", "oom", "ual", "uel",
        "ump", "une", "ust", "uty", "eep", "ial", "ips", "iet", "ark", "art", "ash", "ate", "awn", "ig",
    };

    /// <summary>
    /// Whether a variable, field or property name reads like a gradient: <c>dW</c>, <c>dWhh</c>,
    /// <c>DW</c>, <c>d_w</c>, <c>db</c>, <c>dhNext</c>, <c>dhnext</c>, <c>dlogits</c>, <c>delta</c>,
    /// <c>grad</c>, <c>gradW</c>, <c>grads</c>, <c>hGrad</c>, <c>wGradient</c>.
    /// </summary>
    public static bool IsGradientLike(string name)
    {
        var n = name.TrimStart('_');
        if (n.Length < 2)
            return false;
        if (n.EndsWith("Grad", StringComparison.Ordinal) || n.EndsWith("Grads", StringComparison.Ordinal)
            || n.EndsWith("Gradient", StringComparison.Ordinal) || n.EndsWith("Gradients", StringComparison.Ordinal))
            return true;
        if (StartsWithWord(n, "grad") || StartsWithWord(n, "grads") || StartsWithWord(n, "gradient")
            || StartsWithWord(n, "gradients") || StartsWithWord(n, "delta") || StartsWithWord(n, "deltas"))
            return true;
        if (n[0] != 'd' && n[0] != 'D')
            return false;

        if (!char.IsLower(n[1]))
            return char.IsUpper(n[1]) || char.IsDigit(n[1]) || n[1] == '_';   // dW, DW, dLdW, d_w
        var end = 1;
        while (end < n.Length && char.IsLower(n[end]))
            end++;
        var head = n.Substring(1, end - 1);
        foreach (var suffix in HeadSuffixes)
        {
            if (head.Length > suffix.Length && head.EndsWith(suffix, StringComparison.Ordinal))
            {
                head = head.Substring(0, head.Length - suffix.Length);
                break;
            }
        }
        return GradientWords.Contains(head) || (head.Length <= 3 && !NotGradientHeads.Contains(head));
    }

    /// <summary>
    /// Whether a method's name says it is a backward pass: it contains <c>Backward</c>, <c>Bptt</c>,
    /// <c>BackProp</c> (BackPropagate, Backpropagation) or <c>Gradient</c> (Gradients, ComputeGradients).
    /// </summary>
    public static bool IsBackwardPass(string methodName)
    {
        var lower = methodName.ToLowerInvariant();
        return lower.Contains("backward") || lower.Contains("bptt") || lower.Contains("backprop") || lower.Contains("gradient");
    }

    /// <summary>
    /// Whether a value of this type can hold numbers a gradient is made of: not a flag, a count, an
    /// index or text (so <c>done</c>, <c>dIndex</c> or <c>dName</c> never count, whatever their name).
    /// </summary>
    public static bool HoldsNumbers(ITypeSymbol? type)
    {
        if (type is null || type.TypeKind == TypeKind.Enum)
            return false;
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_String:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
                return false;
            default:
                return true;
        }
    }

    // "grad" starts gradW and grad_w but not grade or gradual: the word must end where the name does
    // or where the next word (an upper-case letter, a digit, an underscore) begins.
    private static bool StartsWithWord(string name, string word)
    {
        if (!name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            return false;
        if (name.Length == word.Length)
            return true;
        var next = name[word.Length];
        return char.IsUpper(next) || char.IsDigit(next) || next == '_';
    }
}
