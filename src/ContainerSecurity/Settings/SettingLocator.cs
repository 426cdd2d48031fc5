using System.Xml;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Settings;

/// <summary>
/// Finds where a project sets a property or an item, so a finding opens the line a person edits. Files are given in
/// evaluation order (Directory.Build.props, the project, Directory.Build.targets); the last assignment wins, as in MSBuild.
/// </summary>
public sealed class SettingLocator(string? projectFile, IReadOnlyList<string> settingFiles)
{
    private readonly Dictionary<string, List<XmlElementAt>> _elements = new(StringComparer.OrdinalIgnoreCase);
    private bool _loaded;

    public static SettingLocator None { get; } = new(null, []);

    /// <summary>The project file itself, where a finding with no better place goes.</summary>
    public SourceLocation? Project => projectFile is null ? null : new SourceLocation(projectFile);

    /// <summary>The element that last sets property <paramref name="name"/>, else the project file.</summary>
    public SourceLocation? Property(string name) =>
        Elements(name).LastOrDefault(e => e.Include is null)?.Location ?? Project;

    /// <summary>The item element <paramref name="itemType"/> whose Include names <paramref name="include"/>, else the project file.</summary>
    public SourceLocation? Item(string itemType, string include) =>
        Elements(itemType).LastOrDefault(e => e.Include is { } i && i.Split(';').Any(x => x.Trim().Equals(include, StringComparison.OrdinalIgnoreCase)))?.Location ?? Project;

    private List<XmlElementAt> Elements(string name)
    {
        if (!_loaded)
        {
            _loaded = true;
            foreach (var file in settingFiles.Where(File.Exists))
            {
                Load(file);
            }
        }
        return _elements.TryGetValue(name, out var list) ? list : [];
    }

    private void Load(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                var location = new SourceLocation(file, info.LineNumber, Math.Max(1, info.LinePosition - 1));
                var include = reader.GetAttribute("Include");
                if (!_elements.TryGetValue(reader.LocalName, out var list))
                {
                    _elements[reader.LocalName] = list = [];
                }
                list.Add(new XmlElementAt(location, include));
            }
        }
        catch (XmlException)
        {
            // A project MSBuild could evaluate is well-formed; if it is not, findings fall back to the project file.
        }
    }

    private sealed record XmlElementAt(SourceLocation Location, string? Include);
}
