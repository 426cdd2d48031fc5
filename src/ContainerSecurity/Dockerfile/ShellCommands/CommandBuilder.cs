namespace ContainerSecurity.Dockerfile.ShellCommands;

/// <summary>Collects the parts of one simple command while the grammar walks its tokens.</summary>
internal sealed class CommandBuilder
{
    private readonly List<ShellWord> _words = [];
    private readonly List<ShellWord> _assignments = [];
    private readonly List<ShellRedirection> _redirections = [];
    private int _start = -1;
    private int _end;

    public bool IsEmpty => _words.Count == 0 && _assignments.Count == 0 && _redirections.Count == 0;

    public string? Name => _words.Count > 0 ? _words[0].Value : null;

    public int WordCount => _words.Count;

    public void AddWord(ShellWord word, int start, int end)
    {
        if (_words.Count == 0 && IsAssignment(word))
            _assignments.Add(word);
        else
            _words.Add(word);
        Extend(start, end);
    }

    public void AddRedirection(ShellToken token)
    {
        _redirections.Add(new ShellRedirection(token.Text, token.Word?.Value ?? "", token.HeredocBody));
        Extend(token.Start, token.End);
    }

    public SimpleCommand? Build(string source)
    {
        if (_words.Count == 0 && _assignments.Count == 0)
            return null;
        return new SimpleCommand
        {
            Name = _words.Count > 0 ? _words[0].Value : "",
            Arguments = _words.Skip(1).Select(w => w.Value).ToList(),
            RawWords = _words.Select(w => w.Raw).ToList(),
            Assignments = _assignments.Select(w => w.Raw).ToList(),
            Redirections = _redirections.ToList(),
            Text = _start >= 0 && _end <= source.Length ? source[_start.._end] : "",
        };
    }

    private void Extend(int start, int end)
    {
        if (_start < 0)
            _start = start;
        _end = Math.Max(_end, end);
    }

    // NAME=value or NAME+=value, the name unquoted.
    private static bool IsAssignment(ShellWord word)
    {
        var raw = word.Raw;
        if (raw.Length == 0 || !(char.IsAsciiLetter(raw[0]) || raw[0] == '_'))
            return false;
        var i = 1;
        while (i < raw.Length && (char.IsAsciiLetterOrDigit(raw[i]) || raw[i] == '_'))
            i++;
        if (i < raw.Length && raw[i] == '+')
            i++;
        return i < raw.Length && raw[i] == '=';
    }
}
