using System.Text.Json;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Reports;

/// <summary>SARIF 2.1.0: one rule per code, one result per finding, suppressed findings marked as such.</summary>
public static class SarifReport
{
    public static string Render(ScanResult result)
    {
        var codes = result.Findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var sarif = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new
                {
                    tool = new
                    {
                        driver = new
                        {
                            name = "ContainerSecurity.Build",
                            version = EngineVersion.Current,
                            informationUri = "https://github.com/containersecurity-build/containersecurity-build",
                            rules = codes.Select(code => new
                            {
                                id = code,
                                shortDescription = new { text = DiagnosticCatalog.Find(code)?.Title ?? code },
                                helpUri = DiagnosticCodes.HelpLink(code),
                            }),
                        },
                    },
                    results = result.Findings.Select(Result),
                },
            },
        };
        return JsonSerializer.Serialize(sarif, EngineJson.Options);
    }

    private static object Result(Finding f)
    {
        var entry = new Dictionary<string, object>
        {
            ["ruleId"] = f.Code,
            ["level"] = f.Level switch { DiagnosticLevel.Error => "error", DiagnosticLevel.Warning => "warning", _ => "note" },
            ["message"] = new { text = f.Message },
        };
        if (f.Location is { } l)
        {
            var region = l.Line > 0 ? new { startLine = l.Line, startColumn = Math.Max(1, l.Column) } : null;
            entry["locations"] = new[]
            {
                new { physicalLocation = new { artifactLocation = new { uri = new Uri(Path.GetFullPath(l.File)).AbsoluteUri }, region } },
            };
        }
        if (f.SuppressedBy is { } by)
        {
            entry["suppressions"] = new[] { new { kind = "external", justification = by } };
        }
        return entry;
    }
}
