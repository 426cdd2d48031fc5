namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// Maps an offset in a joined logical line back to the source line and column it came from, across the
/// continuation lines it was joined from.
/// </summary>
internal sealed class PositionMap(int firstLine, int firstColumn)
{
    private readonly List<int> _offsets = [];
    private readonly List<int> _lines = [];
    private readonly List<int> _columns = [];
    private readonly List<int> _lengths = [];

    public void Add(int joinedOffset, int line, int column, int length)
    {
        if (length == 0)
            return;
        _offsets.Add(joinedOffset);
        _lines.Add(line);
        _columns.Add(column);
        _lengths.Add(length);
    }

    public (int Line, int Column) Locate(int offset)
    {
        if (_offsets.Count == 0)
            return (firstLine, firstColumn);
        var index = _offsets.BinarySearch(offset);
        if (index < 0)
            index = Math.Max(0, ~index - 1);
        var within = Math.Min(Math.Max(0, offset - _offsets[index]), _lengths[index]);
        return (_lines[index], _columns[index] + within);
    }
}
