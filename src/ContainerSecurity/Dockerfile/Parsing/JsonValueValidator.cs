namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// Checks that one JSON value of any kind starts at an offset, without recursion (a deep <c>[[[[...</c> must not
/// exhaust the stack); nesting beyond Go's limit of 10000 is invalid, as in Go.
/// </summary>
internal static class JsonValueValidator
{
    private const int MaxDepth = 10000;

    /// <returns>The offset after the value, or -1 when it is not valid JSON.</returns>
    public static int Skip(string s, int i, int depth)
    {
        var open = new Stack<char>();
        var expectValue = true;
        while (true)
        {
            i = JsonText.SkipSpace(s, i);
            if (expectValue)
            {
                var c = JsonText.At(s, i);
                if (c is '[' or '{')
                {
                    open.Push(c);
                    if (open.Count + depth > MaxDepth)
                        return -1;
                    i = JsonText.SkipSpace(s, i + 1);
                    if (JsonText.At(s, i) == Closer(c))
                    {
                        open.Pop();
                        i++;
                        expectValue = false;
                    }
                    else if (c == '{' && (i = Key(s, i)) < 0)
                    {
                        return -1;
                    }
                    continue;
                }
                i = Scalar(s, i);
                if (i < 0)
                    return -1;
                expectValue = false;
            }
            if (open.Count == 0)
                return i;
            i = JsonText.SkipSpace(s, i);
            var next = JsonText.At(s, i);
            if (next == ',')
            {
                i++;
                if (open.Peek() == '{' && (i = Key(s, i)) < 0)
                    return -1;
                expectValue = true;
            }
            else if (next == Closer(open.Peek()))
            {
                open.Pop();
                i++;
            }
            else
            {
                return -1;
            }
        }
    }

    private static char Closer(char opener) => opener == '[' ? ']' : '}';

    private static int Key(string s, int i)
    {
        i = JsonText.SkipSpace(s, i);
        if (JsonText.At(s, i) != '"' || JsonText.ReadString(s, ref i) is null)
            return -1;
        i = JsonText.SkipSpace(s, i);
        return JsonText.At(s, i) == ':' ? i + 1 : -1;
    }

    private static int Scalar(string s, int i) => JsonText.At(s, i) switch
    {
        '"' => JsonText.ReadString(s, ref i) is null ? -1 : i,
        't' => Literal(s, i, "true"),
        'f' => Literal(s, i, "false"),
        'n' => Literal(s, i, "null"),
        _ => Number(s, i),
    };

    private static int Literal(string s, int i, string word) =>
        string.CompareOrdinal(s, i, word, 0, word.Length) == 0 ? i + word.Length : -1;

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private static int Number(string s, int i)
    {
        if (JsonText.At(s, i) == '-')
            i++;
        if (JsonText.At(s, i) == '0')
            i++;
        else if ((i = Digits(s, i)) < 0)
            return -1;
        if (JsonText.At(s, i) == '.' && (i = Digits(s, i + 1)) < 0)
            return -1;
        if (JsonText.At(s, i) is 'e' or 'E')
        {
            i++;
            if (JsonText.At(s, i) is '+' or '-')
                i++;
            i = Digits(s, i);
        }
        return i;
    }

    private static int Digits(string s, int i)
    {
        var from = i;
        while (char.IsAsciiDigit(JsonText.At(s, i)))
            i++;
        return i > from ? i : -1;
    }
}
