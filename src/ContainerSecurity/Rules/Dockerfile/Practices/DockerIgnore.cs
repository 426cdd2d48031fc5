using System.Text;
using System.Text.RegularExpressions;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>A .dockerignore line Docker rejects: its 1-based number (0: the whole file), its text and why.</summary>
internal sealed record DockerIgnoreBadLine(int Line, string Text, string Reason);

/// <summary>
/// .dockerignore patterns as moby's patternmatcher applies them: Go globs plus **, ! exceptions, last match wins, a
/// match on a parent folder excludes its content. Lines Docker rejects (<see cref="DockerIgnorePatternSyntax"/>) are
/// kept in <see cref="BadLines"/> instead; patterns run on the non-backtracking regex engine, so no pattern can make
/// a match slow.
/// </summary>
internal sealed class DockerIgnore(string name, string path, IReadOnlyList<(Regex Pattern, bool Exception)> patterns, IReadOnlyList<DockerIgnoreBadLine> badLines)
{
    /// <summary>Docker reads .dockerignore files of any size; past this one the lint reads none of it (and says so).</summary>
    public const long MaxSize = 4 * 1024 * 1024;

    public string Name { get; } = name;

    /// <summary>The file's full path, for findings about its lines.</summary>
    public string Path { get; } = path;

    /// <summary>Lines Docker rejects, in file order; any one of them fails `docker build`.</summary>
    public IReadOnlyList<DockerIgnoreBadLine> BadLines { get; } = badLines;

    /// <summary>
    /// <c>&lt;Dockerfile&gt;.dockerignore</c>, else <c>.dockerignore</c> beside the Dockerfile; null when there is none or it
    /// cannot be read. One over <see cref="MaxSize"/> is returned with a single bad line 0 saying so.
    /// </summary>
    public static DockerIgnore? Load(string dockerfilePath)
    {
        var full = System.IO.Path.GetFullPath(dockerfilePath);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        foreach (var candidate in new[] { full + ".dockerignore", System.IO.Path.Combine(folder, ".dockerignore") })
        {
            try
            {
                var file = new FileInfo(candidate);
                if (!file.Exists)
                    continue;
                if (file.Length > MaxSize)
                    return new DockerIgnore(file.Name, candidate, [], [new DockerIgnoreBadLine(0, "", $"it is {file.Length / 1024 / 1024} MB, over the {MaxSize / 1024 / 1024} MB the lint reads")]);
                return Parse(file.Name, File.ReadAllLines(candidate), candidate);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
        return null;
    }

    public static DockerIgnore Parse(string name, IEnumerable<string> lines, string? path = null)
    {
        var patterns = new List<(Regex, bool)>();
        var bad = new List<DockerIgnoreBadLine>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var exception = line.StartsWith('!');
            if (exception)
                line = line[1..].Trim();
            line = Clean(line);
            if (line.Length == 0)
            {
                if (exception)
                    bad.Add(new DockerIgnoreBadLine(number, raw.Trim(), "an exclusion needs a pattern after the !"));
                continue;
            }
            if (DockerIgnorePatternSyntax.Problem(line) is { } problem)
            {
                bad.Add(new DockerIgnoreBadLine(number, raw.Trim(), problem));
                continue;
            }
            try
            {
                patterns.Add((new Regex(ToRegex(line), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), exception));
            }
            catch (ArgumentException e)
            {
                // Whatever Go accepts but .NET's regex does not: the line is left out, never a crash.
                bad.Add(new DockerIgnoreBadLine(number, raw.Trim(), $"it could not be turned into a matcher ({e.Message})"));
            }
        }
        return new DockerIgnore(name, path ?? name, patterns, bad);
    }

    public bool Excludes(string source)
    {
        var path = Clean(source);
        if (path is "" or ".")
            return false;
        var excluded = false;
        foreach (var (pattern, exception) in patterns)
        {
            if (Matches(pattern, path))
                excluded = !exception;
        }
        return excluded;
    }

    private static bool Matches(Regex pattern, string path)
    {
        if (pattern.IsMatch(path))
            return true;
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (pattern.IsMatch(path[..slash]))
                return true;
        }
        return false;
    }

    private static string Clean(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
                parts.RemoveAt(parts.Count - 1);
            else if (part != "..")
                parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    regex.Append("(?:.*/)?");
                }
                else
                {
                    regex.Append(".*");
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[')
            {
                var end = pattern.IndexOf(']', i + 1);
                if (end < 0)
                {
                    regex.Append(@"\[");
                    continue;
                }
                var set = pattern[(i + 1)..end];
                regex.Append('[').Append(set.StartsWith('^') || set.StartsWith('!') ? "^" + Regex.Escape(set[1..]).Replace(@"\-", "-") : Regex.Escape(set).Replace(@"\-", "-")).Append(']');
                i = end;
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return regex.Append('$').ToString();
    }
}
