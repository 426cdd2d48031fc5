using System.Text;
using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>
/// CSEC1122: COPY/ADD of a path the .dockerignore excludes — the build fails or copies less than the author thinks.
/// Reads <c>&lt;Dockerfile&gt;.dockerignore</c> or <c>.dockerignore</c> next to the Dockerfile (the usual build context).
/// </summary>
public sealed class CSEC1122 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1122", DiagnosticLevel.Warning, "Copying a file that .dockerignore excludes",
        "Remove the path from .dockerignore (or add a !exception), or stop copying it.")
    { Equivalent = "BuildKit CopyIgnoredFile" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.Document.Path is not { } path || DockerIgnore.Load(path) is not { } ignore)
            yield break;
        foreach (var copy in context.Instructions.Where(i => i.Is("COPY") || i.Is("ADD")))
        {
            var words = copy.IsJsonForm ? copy.JsonArguments : copy.Words;
            if (copy.Flag("from") is not null || copy.Heredocs.Count > 0 || words.Count < 2)
                continue;
            foreach (var source in words.Take(words.Count - 1).Where(s => !s.Contains("://", StringComparison.Ordinal) && !s.Contains('$')))
            {
                if (ignore.Excludes(source))
                    yield return new DockerfileHit(copy, $"Attempting to {copy.Keyword} '{source}', which {ignore.Name} excludes. {Info.Fix}");
            }
        }
    }
}

/// <summary>.dockerignore patterns as moby's patternmatcher applies them: Go globs plus **, ! exceptions, last match wins, a match on a parent folder excludes its content.</summary>
internal sealed class DockerIgnore(string name, IReadOnlyList<(Regex Pattern, bool Exception)> patterns)
{
    public string Name { get; } = name;

    public static DockerIgnore? Load(string dockerfilePath)
    {
        var full = Path.GetFullPath(dockerfilePath);
        var folder = Path.GetDirectoryName(full)!;
        foreach (var candidate in new[] { full + ".dockerignore", Path.Combine(folder, ".dockerignore") })
        {
            try
            {
                if (File.Exists(candidate))
                    return Parse(Path.GetFileName(candidate), File.ReadAllLines(candidate));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
        return null;
    }

    public static DockerIgnore Parse(string name, IEnumerable<string> lines)
    {
        var patterns = new List<(Regex, bool)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var exception = line.StartsWith('!');
            if (exception)
                line = line[1..].Trim();
            line = Clean(line);
            if (line.Length > 0)
                patterns.Add((new Regex(ToRegex(line), RegexOptions.CultureInvariant), exception));
        }
        return new DockerIgnore(name, patterns);
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
                regex.Append("[^/]*");
            else if (c == '?')
                regex.Append("[^/]");
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
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            else
                regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.Append('$').ToString();
    }
}
