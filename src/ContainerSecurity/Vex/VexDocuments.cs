using ContainerSecurity.Findings;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Vex;

/// <summary>Reads the ContainerSecurityVexDocument files; each one that cannot be used is a CSEC9006 error naming it.</summary>
public static class VexDocuments
{
    public const string ItemName = "ContainerSecurityVexDocument";

    public static (IReadOnlyList<VexDocument> Documents, IReadOnlyList<Finding> Errors) Load(IReadOnlyList<string> paths, string? projectFile, SettingLocator locator)
    {
        var documents = new List<VexDocument>();
        var errors = new List<Finding>();
        var baseDirectory = projectFile is { Length: > 0 } ? Path.GetDirectoryName(Path.GetFullPath(projectFile)) : null;
        foreach (var path in paths.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(path, baseDirectory ?? Environment.CurrentDirectory);
            var name = baseDirectory is not null && !Path.GetRelativePath(baseDirectory, full).StartsWith("..", StringComparison.Ordinal)
                ? Path.GetRelativePath(baseDirectory, full).Replace('\\', '/')
                : full;
            try
            {
                documents.Add(VexDocumentReader.Read(full, name));
            }
            catch (VexFormatException e)
            {
                errors.Add(new Finding
                {
                    Code = DiagnosticCodes.BadRequest,
                    Level = DiagnosticLevel.Error,
                    Message = $"The VEX document '{name}' cannot be used: {e.Message}. Its statements were not applied; fix the document (OpenVEX 0.2 or CycloneDX VEX) or remove the {ItemName} item.",
                    Location = File.Exists(full) ? new SourceLocation(full, Math.Max(e.Line, 0)) : locator.Item(ItemName, path),
                    HelpLink = DiagnosticCodes.HelpLink(DiagnosticCodes.BadRequest),
                });
            }
        }
        return (documents, errors);
    }
}
