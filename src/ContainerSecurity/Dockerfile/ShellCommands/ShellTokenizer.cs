using System.Text;

namespace ContainerSecurity.Dockerfile.ShellCommands;

/// <summary>
/// Splits a POSIX shell script into words, operators and redirections in one pass. Command substitutions are
/// tokenized in place by a nested tokenizer that stops at their closing parenthesis, so every character is read
/// once; heredoc bodies are read (and skipped) at the newline that ends their command.
/// </summary>
internal sealed partial class ShellTokenizer
{
    private const int MaxDepth = 32;

    private readonly string _s;
    private readonly int _depth;
    private readonly bool _untilClosingParen;
    private readonly List<ShellToken> _tokens = [];
    private readonly List<(ShellToken Redirection, string Terminator, bool StripTabs)> _heredocs = [];
    private int _pos;
    private int _parens;

    private ShellTokenizer(string source, int start, int depth, bool untilClosingParen)
    {
        _s = source;
        _pos = start;
        _depth = depth;
        _untilClosingParen = untilClosingParen;
    }

    public static ShellTokens Tokenize(string script) => Tokenize(script, 0);

    private static ShellTokens Tokenize(string script, int depth) => new ShellTokenizer(script, 0, depth, false).Run();

    private ShellTokens Run()
    {
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '\\' && At(_pos + 1) == '\n')
            {
                _pos += 2;
            }
            else if (c == '\n')
            {
                Newline();
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else if (c == ')' && _untilClosingParen && _parens == 0)
            {
                _pos++;
                break;
            }
            else if (!ReadOperator() && !ReadRedirection())
            {
                ReadWordToken();
            }
        }
        return new ShellTokens(_s, _tokens);
    }

    private char At(int i) => i < _s.Length ? _s[i] : '\0';

    private void Emit(ShellTokenKind kind, string text, int length)
    {
        _tokens.Add(new ShellToken(kind, text, _pos, _pos + length));
        _pos += length;
    }

    private bool ReadOperator()
    {
        var c = _s[_pos];
        var next = At(_pos + 1);
        switch (c)
        {
            case '&' when next == '>':
                return false;
            case '&' or '|' when next == c:
                Emit(ShellTokenKind.Operator, new string(c, 2), 2);
                return true;
            case '|' when next == '&':
                Emit(ShellTokenKind.Operator, "|&", 2);
                return true;
            case '&' or '|':
                Emit(ShellTokenKind.Operator, c.ToString(), 1);
                return true;
            case ';':
                var op = next == ';' ? (At(_pos + 2) == '&' ? ";;&" : ";;") : next == '&' ? ";&" : ";";
                Emit(ShellTokenKind.Operator, op, op.Length);
                return true;
            case '(' when next == '(':
                // An arithmetic command, (( ... )): nothing in it runs.
                _pos = SkipBalanced(_pos, '(', ')');
                return true;
            case '(':
                _parens++;
                Emit(ShellTokenKind.Operator, "(", 1);
                return true;
            case ')':
                _parens = Math.Max(0, _parens - 1);
                Emit(ShellTokenKind.Operator, ")", 1);
                return true;
            default:
                return false;
        }
    }

    private void Newline()
    {
        Emit(ShellTokenKind.Operator, "\n", 1);
        foreach (var (redirection, terminator, stripTabs) in _heredocs)
            redirection.HeredocBody = ReadHeredocBody(terminator, stripTabs);
        _heredocs.Clear();
    }

    private string ReadHeredocBody(string terminator, bool stripTabs)
    {
        var body = new StringBuilder();
        while (_pos < _s.Length)
        {
            var newline = _s.IndexOf('\n', _pos);
            var end = newline < 0 ? _s.Length : newline;
            var line = _s[_pos..end];
            _pos = newline < 0 ? _s.Length : newline + 1;
            if (stripTabs)
                line = line.TrimStart('\t');
            if (line.TrimEnd('\r') == terminator)
                break;
            body.Append(line).Append('\n');
        }
        return body.ToString();
    }

    private void SkipComment()
    {
        var newline = _s.IndexOf('\n', _pos);
        _pos = newline < 0 ? _s.Length : newline;
    }

    // Consumes from an opening character to the one that balances it, ignoring quoted text; the whole rest
    // when it never closes. Used where nothing inside can run (arithmetic, ${...}) or nesting is too deep.
    private int SkipBalanced(int open, char opener, char closer)
    {
        var level = 0;
        for (var i = open; i < _s.Length; i++)
        {
            var c = _s[i];
            if (c == '\\')
                i++;
            else if (c == '\'')
                i = _s.IndexOf('\'', i + 1) is var q and >= 0 ? q : _s.Length;
            else if (c == opener)
                level++;
            else if (c == closer && --level == 0)
                return i + 1;
        }
        return _s.Length;
    }
}
