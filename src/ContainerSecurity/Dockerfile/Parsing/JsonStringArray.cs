namespace ContainerSecurity.Dockerfile.Parsing;

internal enum JsonArrayKind { NotJson, NotStringArray, StringArray }

/// <summary>
/// BuildKit's <c>parseJSON</c>: the whole text must be one valid JSON array (as Go's <c>json.Unmarshal</c> reads it);
/// invalid JSON is not an error, it is shell form. A valid array holding anything other than strings is an error.
/// </summary>
internal static class JsonStringArray
{
    public static JsonArrayKind Read(string text, out List<string> items)
    {
        items = [];
        var i = Whitespace.CountLeading(text);
        if (i >= text.Length || text[i] != '[')
            return JsonArrayKind.NotJson;

        var onlyStrings = true;
        i = JsonText.SkipSpace(text, i + 1);
        if (JsonText.At(text, i) == ']')
            return Finish(text, i + 1, onlyStrings);
        while (true)
        {
            if (JsonText.At(text, i) == '"')
            {
                if (JsonText.ReadString(text, ref i) is not { } value)
                    return JsonArrayKind.NotJson;
                items.Add(value);
            }
            else
            {
                onlyStrings = false;
                i = JsonValueValidator.Skip(text, i, depth: 1);
                if (i < 0)
                    return JsonArrayKind.NotJson;
            }
            i = JsonText.SkipSpace(text, i);
            switch (JsonText.At(text, i))
            {
                case ',':
                    i = JsonText.SkipSpace(text, i + 1);
                    continue;
                case ']':
                    return Finish(text, i + 1, onlyStrings);
                default:
                    return JsonArrayKind.NotJson;
            }
        }
    }

    private static JsonArrayKind Finish(string text, int i, bool onlyStrings)
    {
        if (JsonText.SkipSpace(text, i) != text.Length)
            return JsonArrayKind.NotJson;
        return onlyStrings ? JsonArrayKind.StringArray : JsonArrayKind.NotStringArray;
    }
}
