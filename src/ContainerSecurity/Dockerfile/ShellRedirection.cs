namespace ContainerSecurity.Dockerfile;

/// <summary>
/// A redirection of a command, e.g. <c>2&gt;&amp;1</c> (operator <c>2&gt;&amp;</c>, target <c>1</c>) or
/// <c>&gt; /dev/null</c>. For a heredoc (<c>&lt;&lt;EOF</c>) the target is the delimiter and
/// <see cref="HeredocBody"/> its body, when the script contains it.
/// </summary>
public sealed record ShellRedirection(string Operator, string Target, string? HeredocBody = null);
