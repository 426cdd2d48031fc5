using System.Text;

namespace ContainerSecurity.Dockerfile.Shell;

/// <summary>Variable references: <c>$V</c>, <c>${V}</c> and the <c>${V...}</c> modifiers BuildKit supports.</summary>
internal sealed partial class ShellLexer
{
    private string Dollar()
    {
        Next();
        if (Peek() != '{')
        {
            var plainName = Name();
            if (plainName.Length == 0)
                return "$";
            var plainValue = _lookup(plainName);
            return plainValue is null && _options.SkipUnsetEnv ? "$" + plainName : plainValue ?? "";
        }

        Next();
        switch (Peek())
        {
            case Eof:
                return Fail("syntax error: missing '}'");
            case '{' or '}' or ':':
                return Fail("syntax error: bad substitution");
        }
        var name = Name();
        var ch = Next();
        if (ch == Eof)
            return Fail("syntax error: missing '}'");
        if (ch == '}')
        {
            var value = _lookup(name);
            return value is null && _options.SkipUnsetEnv ? "${" + name + "}" : value ?? "";
        }
        if (ch == '/')
            return Substitute(name);

        var modifier = ((char)ch).ToString();
        var nullIsUnset = false;
        if (ch == ':')
        {
            nullIsUnset = true;
            ch = Next();
            modifier += ch == Eof ? "" : ((char)ch).ToString();
        }
        else if (ch is not ('+' or '-' or '?' or '#' or '%'))
        {
            return Fail($"unsupported modifier ({modifier}) in substitution");
        }
        return Modify(name, ch, modifier, nullIsUnset);
    }

    private string Modify(string name, int ch, string modifier, bool nullIsUnset)
    {
        var (word, _) = StopOn('}', ch is '#' or '%');
        if (_error is not null)
        {
            if (Peek() == Eof)
                _error = "syntax error: missing '}'";
            return "";
        }
        var value = _lookup(name);
        if (value is null && _options.SkipUnsetEnv)
            return "${" + name + modifier + word + "}";
        var empty = value is null || (nullIsUnset && value.Length == 0);
        switch (ch)
        {
            case '-':
                return empty ? word : value!;
            case '+':
                return empty ? "" : word;
            case '?':
                if (value is null)
                    return Fail($"{name}: {(word.Length > 0 ? word : "is not allowed to be unset")}");
                if (nullIsUnset && value.Length == 0)
                    return Fail($"{name}: {(word.Length > 0 ? word : "is not allowed to be empty")}");
                return value;
            case '%' or '#':
                var greedy = word.Length > 0 && word[0] == ch;
                var pattern = greedy ? word[1..] : word;
                var trimmed = ch == '%'
                    ? ShellPattern.TrimSuffix(pattern, value ?? "", greedy, out var error)
                    : ShellPattern.TrimPrefix(pattern, value ?? "", greedy, out error);
                return error is null ? trimmed : Fail(error);
            default:
                return Fail($"unsupported modifier ({modifier}) in substitution");
        }
    }

    private string Substitute(string name)
    {
        var replaceAll = Peek() == '/';
        if (replaceAll)
            Next();
        var (pattern, _) = StopOn('/', true);
        if (_error is not null)
        {
            if (Peek() == Eof)
                _error = "syntax error: missing '/' in ${}";
            return "";
        }
        var (replacement, _) = StopOn('}', true);
        if (_error is not null)
        {
            if (Peek() == Eof)
                _error = "syntax error: missing '}'";
            return "";
        }
        var value = _lookup(name);
        if (value is null && _options.SkipUnsetEnv)
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        var replaced = ShellPattern.Replace(pattern, replacement, value ?? "", replaceAll, out var error);
        return error is null ? replaced : Fail(error);
    }

    private string Name()
    {
        var name = new StringBuilder();
        while (Peek() != Eof)
        {
            var ch = (char)Peek();
            if (name.Length == 0 && char.IsDigit(ch))
            {
                while (Peek() != Eof && char.IsDigit((char)Peek()))
                    name.Append((char)Next());
                return name.ToString();
            }
            if (name.Length == 0 && ch is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
            {
                Next();
                return ch.ToString();
            }
            if (!char.IsLetterOrDigit(ch) && ch != '_')
                break;
            name.Append((char)Next());
        }
        return name.ToString();
    }

    private string Fail(string error)
    {
        _error ??= error;
        return "";
    }
}
