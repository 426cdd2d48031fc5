using System.Text;

namespace ContainerSecurity.Dockerfile.Shell;

/// <summary>
/// Go's <c>regexp.Expand</c> for a pattern without groups, as <c>ReplaceAllString</c> applies it to the replacement
/// of <c>${V//p/r}</c>: <c>$$</c> is a dollar, <c>$0</c>/<c>${0}</c> the match, any other <c>$name</c> empty.
/// </summary>
internal static class GoTemplate
{
    public static string Expand(string template, string match)
    {
        if (!template.Contains('$'))
            return template;
        var result = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var dollar = template.IndexOf('$', i);
            if (dollar < 0)
                break;
            result.Append(template, i, dollar - i);
            i = dollar + 1;
            if (i < template.Length && template[i] == '$')
            {
                result.Append('$');
                i++;
                continue;
            }
            if (Name(template, i) is not ({ } name, var end))
            {
                result.Append('$');
                continue;
            }
            i = end;
            if (name == "0")
                result.Append(match);
        }
        return result.Append(template, i, template.Length - i).ToString();
    }

    private static (string? Name, int End) Name(string template, int i)
    {
        var brace = i < template.Length && template[i] == '{';
        var start = brace ? i + 1 : i;
        var end = start;
        while (end < template.Length && (char.IsLetterOrDigit(template[end]) || template[end] == '_'))
            end++;
        if (end == start)
            return (null, i);
        if (!brace)
            return (template[start..end], end);
        return end < template.Length && template[end] == '}' ? (template[start..end], end + 1) : (null, i);
    }
}
