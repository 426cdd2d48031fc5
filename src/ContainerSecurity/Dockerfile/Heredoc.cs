namespace ContainerSecurity.Dockerfile;

/// <summary>
/// A here-document attached to a RUN, COPY or ADD (or an ONBUILD of one).
/// <see cref="RawContent"/> is the body exactly as in the file (line endings kept, tabs kept even for <c>&lt;&lt;-</c>),
/// as BuildKit's parser stores it; <see cref="Content"/> is the body BuildKit uses, with leading tabs removed
/// from every line when <see cref="StripTabs"/>. <see cref="IsQuoted"/> (<c>&lt;&lt;'EOF'</c>, <c>&lt;&lt;"EOF"</c>)
/// means BuildKit does not expand variables in it. <see cref="StartLine"/> is the first body line and
/// <see cref="EndLine"/> the terminator line (equal when the body is empty).
/// </summary>
public sealed record Heredoc(
    string Name,
    string RawContent,
    bool StripTabs,
    bool IsQuoted,
    int FileDescriptor,
    int StartLine,
    int EndLine)
{
    public string Content { get; } = StripTabs ? RemoveLeadingTabs(RawContent) : RawContent;

    private static string RemoveLeadingTabs(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var atLineStart = true;
        foreach (var c in text)
        {
            if (atLineStart && c == '\t')
                continue;
            atLineStart = c == '\n';
            builder.Append(c);
        }
        return builder.ToString();
    }
}
