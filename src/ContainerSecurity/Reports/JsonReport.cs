using System.Text.Json;

namespace ContainerSecurity.Reports;

/// <summary>
/// The machine-readable full result (documented in docs/json-report.md): the result the engine host returns, with a
/// report version that changes only when a field is renamed or removed. Findings keep engine order. Stage timings are
/// left out so the same scan renders the same report.
/// </summary>
public static class JsonReport
{
    public const int ReportVersion = 1;

    public static string Render(ScanResult result) => JsonSerializer.Serialize(
        new { ReportVersion, EngineVersion = EngineVersion.Current, result.Summary, result.Messages, result.Images, result.Findings },
        EngineJson.Options);
}
