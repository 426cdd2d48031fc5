using System.Text.Json;

namespace ContainerSecurity.Reports;

/// <summary>The machine-readable full result: the same shape the engine host returns.</summary>
public static class JsonReport
{
    public static string Render(ScanResult result) =>
        JsonSerializer.Serialize(new { result.Summary, result.Images, result.Findings }, EngineJson.Options);
}
