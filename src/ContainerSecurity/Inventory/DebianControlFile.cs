namespace ContainerSecurity.Inventory;

/// <summary>The stanzas of a Debian control-format file (deb822): Field: value lines, continuation lines indented, blank lines between stanzas.</summary>
internal static class DebianControlFile
{
    /// <summary>Each stanza's fields, looked up case-insensitively as Debian policy wants; a multi-line value keeps its lines joined by \n.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var stanza = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastField = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (stanza.Count > 0)
                {
                    yield return stanza;
                    stanza = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                }
                lastField = null;
            }
            else if (line[0] is ' ' or '\t')
            {
                if (lastField is not null)
                {
                    stanza[lastField] += "\n" + line.Trim();
                }
            }
            else if (line[0] != '#' && line.IndexOf(':') is > 0 and var colon)
            {
                lastField = line[..colon];
                stanza[lastField] = line[(colon + 1)..].Trim();
            }
        }
        if (stanza.Count > 0)
        {
            yield return stanza;
        }
    }
}
