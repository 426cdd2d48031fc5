using System.Text;

namespace ContainerSecurity.Dockerfile.ShellCommands;

/// <summary>Words: quoting, backslashes, <c>$(...)</c>, backticks and <c>${...}</c>.</summary>
internal sealed partial class ShellTokenizer
{
    private sealed class WordText
    {
        public StringBuilder Raw { get; } = new();
        public StringBuilder Value { get; } = new();
        public List<ShellTokens> Nested { get; } = [];

        public void Add(string text)
        {
            Raw.Append(text);
            Value.Append(text);
        }
    }

    private void ReadWordToken()
    {
        var start = _pos;
        var word = ReadWord();
        if (_pos == start)
        {
            // Cannot happen with the characters the operators and redirections take; guarantees progress anyway.
            _pos++;
            word = new ShellWord(_s[start].ToString(), _s[start].ToString(), start, _pos, []);
        }
        _tokens.Add(new ShellToken(ShellTokenKind.Word, word.Raw, word.Start, word.End) { Word = word });
    }

    private ShellWord ReadWord()
    {
        var start = _pos;
        var text = new WordText();
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '(' or ')')
                break;
            if (c is '<' or '>')
            {
                if (At(_pos + 1) != '(')
                    break;
                text.Raw.Append(c);
                text.Value.Append(c);
                _pos++;
                Substitution(text);
                continue;
            }
            switch (c)
            {
                case '\\':
                    if (At(_pos + 1) != '\n')
                    {
                        text.Raw.Append(c);
                        if (_pos + 1 < _s.Length)
                            text.Raw.Append(_s[_pos + 1]);
                        text.Value.Append(_pos + 1 < _s.Length ? _s[_pos + 1] : c);
                    }
                    _pos = Math.Min(_s.Length, _pos + 2);
                    break;
                case '\'':
                    var close = _s.IndexOf('\'', _pos + 1);
                    var end = close < 0 ? _s.Length : close + 1;
                    text.Raw.Append(_s, _pos, end - _pos);
                    text.Value.Append(_s, _pos + 1, (close < 0 ? _s.Length : close) - _pos - 1);
                    _pos = end;
                    break;
                case '"':
                    DoubleQuoted(text);
                    break;
                case '$':
                    Dollar(text);
                    break;
                case '`':
                    Backticks(text);
                    break;
                default:
                    text.Add(c.ToString());
                    _pos++;
                    break;
            }
        }
        return new ShellWord(text.Raw.ToString(), text.Value.ToString(), start, _pos, text.Nested);
    }

    private void DoubleQuoted(WordText text)
    {
        text.Raw.Append('"');
        _pos++;
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c == '"')
            {
                text.Raw.Append(c);
                _pos++;
                return;
            }
            if (c == '\\' && At(_pos + 1) is '$' or '`' or '"' or '\\' or '\n')
            {
                if (_s[_pos + 1] != '\n')
                {
                    text.Raw.Append(c).Append(_s[_pos + 1]);
                    text.Value.Append(_s[_pos + 1]);
                }
                _pos += 2;
            }
            else if (c == '$')
            {
                Dollar(text);
            }
            else if (c == '`')
            {
                Backticks(text);
            }
            else
            {
                text.Add(c.ToString());
                _pos++;
            }
        }
    }

    private void Dollar(WordText text)
    {
        var start = _pos;
        if (At(_pos + 1) == '(' && At(_pos + 2) == '(')
        {
            _pos = SkipBalanced(_pos + 1, '(', ')');
        }
        else if (At(_pos + 1) == '(')
        {
            _pos++;
            text.Raw.Append('$');
            text.Value.Append('$');
            Substitution(text);
            return;
        }
        else if (At(_pos + 1) == '{')
        {
            _pos = SkipBalanced(_pos + 1, '{', '}');
        }
        else
        {
            _pos++;
        }

        text.Add(_s[start.._pos]);
    }

    // At "(" of $( or <( : the commands inside are tokenized in place, up to the matching ")".
    private void Substitution(WordText text)
    {
        var start = _pos;
        if (_depth >= MaxDepth)
        {
            _pos = SkipBalanced(_pos, '(', ')');
        }
        else
        {
            var inner = new ShellTokenizer(_s, _pos + 1, _depth + 1, untilClosingParen: true);
            text.Nested.Add(inner.Run());
            _pos = inner._pos;
        }
        text.Add(_s[start.._pos]);
    }

    private void Backticks(WordText text)
    {
        var start = _pos;
        var inner = new StringBuilder();
        var i = _pos + 1;
        for (; i < _s.Length && _s[i] != '`'; i++)
        {
            if (_s[i] == '\\' && At(i + 1) is '`' or '\\' or '$')
                i++;
            inner.Append(_s[i]);
        }
        _pos = Math.Min(_s.Length, i + 1);
        text.Add(_s[start.._pos]);
        if (_depth < MaxDepth)
            text.Nested.Add(Tokenize(inner.ToString(), _depth + 1));
    }
}
