using System.Text.Json.Nodes;
using ContainerSecurity.Findings;
using static ContainerSecurity.Reports.JsonNodes;

namespace ContainerSecurity.Reports;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one rule per code and per advisory, one result per
/// finding with its region, image/package/layer, a stable fingerprint, and suppressed findings marked as accepted.
/// </summary>
public static class SarifReport
{
    public const string InformationUri = "https://github.com/containersecurity-build/containersecurity-build";

    public static string Render(ScanResult result, ReportContext? context = null)
    {
        var sourceRoot = context?.SourceRoot;
        var rules = SarifRules.For(result.Findings);
        var ruleIndex = rules.Select((r, i) => (Id: (string)r["id"]!, i)).ToDictionary(r => r.Id, r => r.i, StringComparer.Ordinal);
        var anchored = result.Findings.Select(f => SarifLocations.Anchor(f, context?.ProjectFile, result.Images)).ToList();
        var fingerprints = SarifFingerprints.For(anchored, sourceRoot);
        var run = Object(
            ("tool", Object(("driver", Object(
                ("name", "ContainerSecurity.Build"),
                ("version", EngineVersion.Current),
                ("informationUri", InformationUri),
                ("rules", Array(rules)))))),
            ("originalUriBaseIds", SarifLocations.OriginalUriBaseIds(sourceRoot)),
            ("columnKind", "utf16CodeUnits"),
            ("results", Array(anchored.Select((f, i) => Result(f, ruleIndex, fingerprints[i], sourceRoot)))));
        var sarif = Object(
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", Array([run])));
        return Serialize(sarif);
    }

    private static JsonObject Result(Finding f, Dictionary<string, int> ruleIndex, string fingerprint, string? sourceRoot)
    {
        var ruleId = SarifRules.RuleId(f);
        return Object(
            ("ruleId", ruleId),
            ("ruleIndex", ruleIndex[ruleId]),
            ("level", SarifLevels.Of(f.Level)),
            ("message", Object(("text", f.Message))),
            ("locations", SarifLocations.For(f, sourceRoot)),
            ("partialFingerprints", Object((SarifFingerprints.Key, fingerprint))),
            ("suppressions", f.SuppressedBy is { } by
                ? Array([Object(("kind", "external"), ("status", "accepted"), ("justification", by), ("properties", VexProperties(f)))])
                : null),
            ("properties", Properties(f)));
    }

    /// <summary>For a VEX suppression: which document, status and justification, so a viewer need not parse the text.</summary>
    private static JsonObject? VexProperties(Finding f) => f.Vex is not { } vex ? null : Object(
        ("vexDocument", vex.Document),
        ("vexStatus", vex.Status),
        ("vexJustification", Text(vex.Justification)),
        ("vexImpactStatement", Text(vex.ImpactStatement)),
        ("vexStatement", Text(vex.Statement)));

    private static JsonObject? Properties(Finding f)
    {
        if (f.Vulnerability is not { } v)
        {
            return f.ImageDigest is { } image ? Object(("imageDigest", image)) : null;
        }
        return Object(
            ("code", f.Code),
            ("imageDigest", v.ImageDigest),
            ("package", v.PackageName),
            ("installedVersion", v.InstalledVersion),
            ("fixedVersion", v.FixedVersion),
            ("purl", v.Purl),
            ("layerDigest", v.LayerDigest),
            ("origin", VulnerabilityText.Origin(v)));
    }
}
