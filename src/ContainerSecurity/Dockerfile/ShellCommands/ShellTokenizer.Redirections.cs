namespace ContainerSecurity.Dockerfile.ShellCommands;

/// <summary>
/// Redirections: an optional descriptor, the operator (<c>&gt;</c>, <c>2&gt;&amp;</c>, <c>&amp;&gt;&gt;</c>, <c>&lt;&lt;-</c>...) and its
/// target word; a heredoc operator also queues its body to be read at the next newline.
/// </summary>
internal sealed partial class ShellTokenizer
{
    private bool ReadRedirection()
    {
        var start = _pos;
        var i = _pos;
        while (i < _s.Length && char.IsAsciiDigit(_s[i]))
            i++;
        string op;
        if (At(i) is '<' or '>' && !(i == start && At(i + 1) == '('))
            op = RedirectionOperator(i);
        else if (i == start && At(i) == '&' && At(i + 1) == '>')
            op = At(i + 2) == '>' ? "&>>" : "&>";
        else
            return false;

        _pos = i + op.Length;
        while (At(_pos) is ' ' or '\t')
            _pos++;
        var target = _pos < _s.Length && _s[_pos] is not ('\n' or ';' or '&' or '|' or '(' or ')' or '<' or '>')
            ? ReadWord()
            : new ShellWord("", "", _pos, _pos, []);
        var token = new ShellToken(ShellTokenKind.Redirection, _s[start..i] + op, start, _pos) { Word = target };
        _tokens.Add(token);
        if (op is "<<" or "<<-")
            _heredocs.Add((token, target.Value, op == "<<-"));
        return true;
    }

    private string RedirectionOperator(int i)
    {
        var c = _s[i];
        var next = At(i + 1);
        if (c == '<')
        {
            if (next == '<')
                return At(i + 2) switch { '<' => "<<<", '-' => "<<-", _ => "<<" };
            return next is '&' or '>' ? "<" + next : "<";
        }
        return next is '>' or '&' or '|' ? ">" + next : ">";
    }
}
