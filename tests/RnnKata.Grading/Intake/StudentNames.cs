using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RnnKata.Grading.Intake;

/// <summary>
/// Turns the names of a submissions folder's entries into student names. The rule, applied to each entry:
/// <list type="number">
/// <item>A Moodle bulk download names each entry <c>Full Name_NUMBER_assignsubmission_TYPE_</c> (a folder) or
/// <c>Full Name_NUMBER_assignsubmission_TYPE_file.zip</c> (a file). The display name is <c>Full Name</c>, the
/// LMS number <c>NUMBER</c>, and the id <c>Full_Name_NUMBER</c>.</item>
/// <item>Any other entry: the display name is its name without a <c>.zip</c> or <c>.git</c> extension, and the
/// id that name made safe.</item>
/// <item>Made safe: accents on Latin letters are dropped (<c>José Łukasz</c> → <c>Jose Lukasz</c>); letters and digits (any script), <c>.</c>,
/// <c>-</c> and <c>_</c> are kept and every other run of characters becomes one <c>_</c>; leading and trailing
/// <c>.</c>, <c>-</c>, <c>_</c> are trimmed; at most 60 characters; Windows device names (<c>CON</c>, <c>NUL</c>,
/// <c>COM1</c>…) get a trailing <c>_</c>; an empty result is <c>student</c>.</item>
/// <item>Ids are unique ignoring case: entries are taken in ordinal order of their original names and a
/// repeated id gets <c>-2</c>, <c>-3</c>… The original name is kept in <see cref="SubmissionEntry.OriginalName"/>.</item>
/// </list>
/// </summary>
public static partial class StudentNames
{
    private const int MaxIdLength = 60;

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    [GeneratedRegex(@"^(?<name>.+?)_(?<number>\d+)_assign(?:submission|feedback)_[A-Za-z]+_(?<file>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex MoodlePattern();

    /// <summary>The display name, the id before it is made unique, and the LMS number of an entry name.</summary>
    /// <param name="entryName">The file or folder name in the submissions folder.</param>
    public static (string DisplayName, string Id, string? LmsNumber) Parse(string entryName)
    {
        ArgumentNullException.ThrowIfNull(entryName);
        var moodle = MoodlePattern().Match(entryName);
        if (moodle.Success)
        {
            var name = moodle.Groups["name"].Value.Trim();
            var number = moodle.Groups["number"].Value;
            return (name, $"{Safe(name, MaxIdLength - number.Length - 1)}_{number}", number);
        }

        var stem = entryName;
        foreach (var extension in new[] { ".zip", ".git" })
        {
            if (stem.Length > extension.Length && stem.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                stem = stem[..^extension.Length];
        }
        return (stem, Safe(stem, MaxIdLength), null);
    }

    /// <summary>A name made safe as a file or folder name everywhere (see the type's rule).</summary>
    public static string Safe(string name, int maxLength = MaxIdLength)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in WithoutAccents(name))
        {
            var keep = char.IsLetterOrDigit(c) || c is '.' or '-' or '_';
            if (keep)
                builder.Append(c);
            else if (builder.Length == 0 || builder[^1] != '_')
                builder.Append('_');
        }

        var safe = builder.ToString().Trim('.', '-', '_');
        if (safe.Length > maxLength)
            safe = safe[..maxLength].TrimEnd('.', '-', '_');
        if (safe.Length == 0)
            return "student";
        var stem = safe.Split('.')[0];
        return WindowsDeviceNames.Contains(stem) ? safe + "_" : safe;
    }

    /// <summary>Gives each name an id unique ignoring case, in ordinal order of <paramref name="baseIds"/>' keys.</summary>
    internal static Dictionary<string, string> MakeUnique(IEnumerable<KeyValuePair<string, string>> baseIds)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unique = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = baseIds.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToArray();

        // Names that are unique as they are keep them, whatever their order: only a collision moves an id.
        foreach (var (original, id) in ordered)
        {
            if (taken.Add(id))
                unique[original] = id;
        }
        foreach (var (original, id) in ordered.Where(pair => !unique.ContainsKey(pair.Key)))
        {
            var suffix = 2;
            while (!taken.Add($"{id}-{suffix}"))
                suffix++;
            unique[original] = $"{id}-{suffix}";
        }
        return unique;
    }

    /// <summary>Latin letters with accents (U+00C0–U+017F) and the letters they fold to. A fixed table rather
    /// than Unicode normalization: the grader runs with invariant globalization, and ids must not depend on
    /// the machine.</summary>
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";

    private const string Folded =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    private static readonly Dictionary<char, string> Ligatures = new()
    {
        ['ß'] = "ss", ['Æ'] = "AE", ['æ'] = "ae", ['Œ'] = "OE", ['œ'] = "oe", ['Ø'] = "O", ['ø'] = "o",
        ['Ł'] = "L", ['ł'] = "l", ['Đ'] = "D", ['đ'] = "d", ['Þ'] = "Th", ['þ'] = "th", ['Ð'] = "D", ['ð'] = "d",
    };

    private static string WithoutAccents(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var at = Accented.IndexOf(c);
            if (at >= 0)
                builder.Append(Folded[at]);
            else if (Ligatures.TryGetValue(c, out var letters))
                builder.Append(letters);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }
        return builder.ToString();
    }
}
