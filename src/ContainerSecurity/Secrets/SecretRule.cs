using System.Text.RegularExpressions;

namespace ContainerSecurity.Secrets;

/// <summary>
/// One kind of secret: a name people recognise and a pattern whose group "secret" is the value to mask. Keywords are
/// cheap substrings that must occur before the regex runs at all, which keeps scanning big files fast.
/// </summary>
public sealed record SecretRule(string Id, string Title, Regex Pattern, IReadOnlyList<string> Keywords)
{
    /// <summary>
    /// A key = value shape (password=..., "token": "...") rather than a token format its issuer defines: right in
    /// settings files, but source code is full of such assignments (password = form['password']).
    /// </summary>
    public bool IsGeneric { get; init; }

    /// <summary>The title with its article, for messages: "an AWS access key id", "a GitHub token".</summary>
    public string WithArticle => ("AEIOU".Contains(char.ToUpperInvariant(Title[0])) ? "an " : "a ") + Title;
}
