using System.Text;

namespace ContainerSecurity.Dockerfile.Shell;

/// <summary>
/// A port of BuildKit's shell word processor (<c>frontend/dockerfile/shell/lex.go</c>): quotes, the escape
/// character, and <c>$VAR</c> / <c>${VAR...}</c> expansion. Errors are returned, never thrown.
/// </summary>
internal sealed partial class ShellLexer
{
    private const int Eof = -1;
    private const int MaxNesting = 100;

    private readonly LexOptions _options;
    private readonly Func<string, string?> _lookup;
    private readonly string _source;
    private int _pos;
    private int _depth;
    private bool _rawEscapes;
    private string? _error;

    private ShellLexer(string source, LexOptions options, Func<string, string?> lookup)
    {
        _source = source;
        _options = options;
        _lookup = lookup;
        _rawEscapes = options.RawEscapes;
    }

    /// <param name="lookup">A variable's value, or null when it is not set.</param>
    public static LexResult Process(string word, LexOptions options, Func<string, string?>? lookup = null)
    {
        var lexer = new ShellLexer(word, options, lookup ?? (_ => null));
        var (text, words) = lexer.StopOn(Eof, options.RawEscapes);
        return lexer._error is { } error
            ? new LexResult("", [], $"failed to process {GoQuote.Of(word)}: {error}")
            : new LexResult(text, words, null);
    }

    private int Peek() => _pos < _source.Length ? _source[_pos] : Eof;

    private int Next() => _pos < _source.Length ? _source[_pos++] : Eof;

    private (string Text, List<string> Words) StopOn(int stop, bool rawEscapes)
    {
        if (++_depth > MaxNesting)
        {
            _error = "substitutions are nested too deeply";
            return ("", []);
        }
        var saved = _rawEscapes;
        _rawEscapes = rawEscapes;
        try
        {
            return StopOnCore(stop);
        }
        finally
        {
            _rawEscapes = saved;
            _depth--;
        }
    }

    private (string Text, List<string> Words) StopOnCore(int stop)
    {
        var result = new StringBuilder();
        var words = new LexWords();
        while (Peek() != Eof && _error is null)
        {
            var ch = Peek();
            if (stop != Eof && ch == stop)
            {
                Next();
                return (result.ToString(), words.Finish());
            }
            if (SpecialCharacter(ch) is { } special)
            {
                var text = special();
                result.Append(text);
                if (ch == '$')
                    words.AddString(text);
                else
                    words.AddRawString(text);
                continue;
            }
            ch = Next();
            if (ch == _options.Escape)
            {
                if (_rawEscapes)
                {
                    words.AddRawChar((char)ch);
                    result.Append((char)ch);
                }
                ch = Next();
                if (ch == Eof)
                    break;
                words.AddRawChar((char)ch);
            }
            else
            {
                words.AddChar((char)ch);
            }
            result.Append((char)ch);
        }
        if (_error is null && stop != Eof)
            _error = $"unexpected end of statement while looking for matching {(char)stop}";
        return (result.ToString(), words.Finish());
    }

    private Func<string>? SpecialCharacter(int ch) => ch switch
    {
        '$' => Dollar,
        '\'' when !_options.SkipProcessQuotes => SingleQuote,
        '"' when !_options.SkipProcessQuotes => DoubleQuote,
        '<' => PossibleHeredoc,
        _ => null,
    };

    private string SingleQuote()
    {
        var result = new StringBuilder();
        var ch = Next();
        if (_options.RawQuotes)
            result.Append((char)ch);
        while (true)
        {
            ch = Next();
            if (ch == Eof)
            {
                _error = "unexpected end of statement while looking for matching single-quote";
                return "";
            }
            if (ch == '\'')
            {
                if (_options.RawQuotes)
                    result.Append((char)ch);
                return result.ToString();
            }
            result.Append((char)ch);
        }
    }

    private string DoubleQuote()
    {
        var result = new StringBuilder();
        var ch = Next();
        if (_options.RawQuotes)
            result.Append((char)ch);
        while (_error is null)
        {
            switch (Peek())
            {
                case Eof:
                    _error = "unexpected end of statement while looking for matching double-quote";
                    return "";
                case '"':
                    ch = Next();
                    if (_options.RawQuotes)
                        result.Append((char)ch);
                    return result.ToString();
                case '$':
                    result.Append(Dollar());
                    break;
                default:
                    ch = Next();
                    if (ch == _options.Escape)
                    {
                        if (_rawEscapes)
                            result.Append((char)ch);
                        var next = Peek();
                        if (next == Eof)
                            continue;
                        if (next == '"' || next == '$' || next == _options.Escape)
                            ch = Next();
                    }
                    result.Append((char)ch);
                    break;
            }
        }
        return "";
    }

    // Newer BuildKit keeps the blanks after << in the same word so that "<<  EOF" is one heredoc word.
    private string PossibleHeredoc()
    {
        Next();
        if (Peek() != '<')
            return "<";
        Next();
        var result = new StringBuilder("<<");
        while (Peek() is ' ' or '\t')
            result.Append((char)Next());
        return result.ToString();
    }
}
