using Json.Schema;

namespace ContainerSecurity.Tests.Reports;

/// <summary>
/// The official SARIF, CycloneDX and SPDX schemas from ../shared/schemas beside the repository. Where that folder is absent
/// (a user's fresh clone) the tests that need it are inconclusive — reported as skipped, never as passed.
/// </summary>
internal static class OfficialSchemas
{
    private static readonly Lazy<string?> Folder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContainerSecurity.Build.sln")))
        {
            dir = dir.Parent;
        }
        // ../shared/schemas beside the repository; a git worktree under a subfolder finds it further up.
        for (var parent = dir?.Parent; parent is not null; parent = parent.Parent)
        {
            var folder = Path.Combine(parent.FullName, "shared", "schemas");
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }
        return null;
    });

    private static readonly Lazy<JsonSchema> Spdx = new(() => JsonSchema.FromFile(Path.Combine(Folder.Value!, "spdx-2.3.schema.json")));

    private static readonly Lazy<(JsonSchema Sarif, JsonSchema CycloneDx)> Schemas = new(() =>
    {
        var folder = Folder.Value!;
        var registry = new SchemaRegistry();
        foreach (var name in new[] { "spdx.schema.json", "jsf-0.82.schema.json" })
        {
            registry.Register(JsonSchema.FromFile(Path.Combine(folder, name)));
        }
        var cyclone = JsonSchema.FromFile(Path.Combine(folder, "bom-1.6.schema.json"));
        registry.Register(cyclone);
        // The SARIF schema is draft-04, which the validator no longer ships; its keywords mean the same under draft-07.
        var sarif = File.ReadAllText(Path.Combine(folder, "sarif-schema-2.1.0.json"))
            .Replace("\"http://json-schema.org/draft-04/schema#\"", "\"http://json-schema.org/draft-07/schema#\"");
        return (JsonSchema.FromText(sarif), cyclone);
    });

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static void AssertValidSarif(string json) => AssertValid(Require().Sarif, json, "SARIF 2.1.0");

    public static void AssertValidCycloneDx(string json) => AssertValid(Require().CycloneDx, json, "CycloneDX 1.6");

    /// <summary>Against the official SPDX 2.3 JSON schema (spdx-2.3.schema.json).</summary>
    public static void AssertValidSpdx(string json)
    {
        Require();
        AssertValid(Spdx.Value, json, "SPDX 2.3");
    }

    /// <summary>Marks the calling test inconclusive (skipped) when the schemas are absent.</summary>
    public static void RequirePresent() => Require();

    private static (JsonSchema Sarif, JsonSchema CycloneDx) Require()
    {
        if (Folder.Value is null)
        {
            Assert.Inconclusive("../shared/schemas is absent: schema validation skipped.");
        }
        return Schemas.Value;
    }

    private static void AssertValid(JsonSchema schema, string json, string what)
    {
        var result = schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, Options);
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20);
        Assert.IsTrue(result.IsValid, $"Not valid {what}:\n" + string.Join("\n", errors));
    }
}
