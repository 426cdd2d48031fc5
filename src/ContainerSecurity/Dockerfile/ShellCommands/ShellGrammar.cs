namespace ContainerSecurity.Dockerfile.ShellCommands;

/// <summary>
/// Turns tokens into simple commands: operators and newlines end a command; reserved words of compound commands
/// (<c>if</c>, <c>then</c>, <c>do</c>, <c>{</c>, <c>fi</c>...) are skipped; the headers of <c>for</c>, <c>case</c> and
/// <c>function</c> and case patterns are not commands; commands inside substitutions are listed before the command
/// that uses them, in the order they run.
/// </summary>
internal sealed class ShellGrammar
{
    private enum Header { None, For, Case, Function }

    private static readonly HashSet<string> Openers = ["if", "then", "else", "elif", "do", "while", "until", "!", "{"];
    private static readonly HashSet<string> Closers = ["fi", "done", "}"];

    private readonly string _source;
    private readonly List<SimpleCommand> _commands = [];
    private CommandBuilder _current = new();
    private Header _header;
    private int _caseDepth;
    private bool _inCasePattern;
    private bool _inTest;

    private ShellGrammar(string source) => _source = source;

    public static List<SimpleCommand> Commands(ShellTokens tokens)
    {
        var grammar = new ShellGrammar(tokens.Source);
        grammar.Walk(tokens.Tokens);
        grammar.Finish();
        return grammar._commands;
    }

    private void Walk(IReadOnlyList<ShellToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Word is { } word)
            {
                foreach (var nested in word.Nested)
                    _commands.AddRange(Commands(nested));
            }

            if (_inTest && InsideTest(token))
                continue;
            switch (token.Kind)
            {
                case ShellTokenKind.Redirection:
                    if (_header == Header.None && !_inCasePattern)
                        _current.AddRedirection(token);
                    break;
                case ShellTokenKind.Operator:
                    if (IsFunctionDefinition(tokens, i))
                    {
                        _current = new CommandBuilder();
                        i++;
                        break;
                    }
                    Operator(token.Text);
                    break;
                default:
                    Word(token);
                    break;
            }
        }
    }

    private void Operator(string op)
    {
        if (_header == Header.For && op is ";" or "\n")
            _header = Header.None;
        if (_inCasePattern)
        {
            if (op == ")")
                _inCasePattern = false;
            return;
        }
        Finish();
        if (op is ";;" or ";&" or ";;&" && _caseDepth > 0)
            _inCasePattern = true;
    }

    private void Word(ShellToken token)
    {
        var word = token.Word!;
        var reserved = word.IsPlain && _current.IsEmpty ? word.Value : null;
        switch (_header)
        {
            case Header.For:
                return;
            case Header.Case:
                if (word.Value == "in" && word.IsPlain)
                {
                    _header = Header.None;
                    _inCasePattern = true;
                }
                return;
            case Header.Function:
                if (word.Value == "{" && word.IsPlain)
                    _header = Header.None;
                return;
        }
        if (_inCasePattern || reserved == "esac")
        {
            if (word.IsPlain && word.Value == "esac")
            {
                _caseDepth = Math.Max(0, _caseDepth - 1);
                _inCasePattern = false;
            }
            return;
        }
        if (reserved is not null && (Openers.Contains(reserved) || Closers.Contains(reserved)))
            return;
        switch (reserved)
        {
            case "for" or "select":
                _header = Header.For;
                return;
            case "case":
                _caseDepth++;
                _header = Header.Case;
                return;
            case "function":
                _header = Header.Function;
                return;
        }
        _current.AddWord(word, token.Start, token.End);
        if (word.IsPlain)
            _inTest = word.Value == "[[" ? _current.WordCount == 1 : _inTest && word.Value != "]]";
    }

    // Inside [[ ... ]] the operators and < > are operands, not command separators or redirections.
    private bool InsideTest(ShellToken token)
    {
        if (token.Kind == ShellTokenKind.Word || token.Text == "\n")
            return false;
        _current.AddWord(new ShellWord(token.Text, token.Text, token.Start, token.End, []), token.Start, token.End);
        if (token.Kind == ShellTokenKind.Redirection && token.Word is { Raw.Length: > 0 } target)
            _current.AddWord(target, target.Start, target.End);
        return true;
    }

    // name() { ...; }
    private bool IsFunctionDefinition(IReadOnlyList<ShellToken> tokens, int i) =>
        tokens[i].IsOperator("(") && _current.WordCount == 1 && i + 1 < tokens.Count && tokens[i + 1].IsOperator(")");

    private void Finish()
    {
        _inTest = false;
        if (_current.Build(_source) is { } command)
            _commands.Add(command);
        _current = new CommandBuilder();
    }
}
