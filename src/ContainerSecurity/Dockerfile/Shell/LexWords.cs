using System.Text;

namespace ContainerSecurity.Dockerfile.Shell;

/// <summary>
/// BuildKit's <c>wordsStruct</c>: how the lexer splits its output into words. Expanded variables split on
/// whitespace, quoted text does not, and an empty quoted word (<c>""</c>) produces no word at all.
/// </summary>
internal sealed class LexWords
{
    private readonly StringBuilder _word = new();
    private readonly List<string> _words = [];
    private bool _inWord;

    public void AddChar(char ch)
    {
        if (char.IsWhiteSpace(ch))
        {
            if (_inWord && _word.Length != 0)
            {
                _words.Add(_word.ToString());
                _word.Clear();
                _inWord = false;
            }
            return;
        }
        AddRawChar(ch);
    }

    public void AddRawChar(char ch)
    {
        _word.Append(ch);
        _inWord = true;
    }

    public void AddString(string text)
    {
        foreach (var ch in text)
            AddChar(ch);
    }

    public void AddRawString(string text)
    {
        _word.Append(text);
        _inWord = true;
    }

    public List<string> Finish()
    {
        if (_word.Length > 0)
        {
            _words.Add(_word.ToString());
            _word.Clear();
            _inWord = false;
        }
        return _words;
    }
}
