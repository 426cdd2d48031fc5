using System.Text;
using ContainerSecurity.Advisories;
using ContainerSecurity.Findings;
using static ContainerSecurity.Reports.MarkdownText;

namespace ContainerSecurity.Reports;

/// <summary>
/// A human summary for pull requests and the GitHub job summary: counts by severity, the images scanned, what failed
/// the build and how to fix it, the warnings, and what was suppressed. Messages come masked from the engine.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Rows per section: GitHub refuses job summaries over 1 MiB; the JSON and SARIF reports hold everything.</summary>
    public const int MaxRows = 200;

    public static string Render(ScanResult result, ReportContext? context = null)
    {
        var sourceRoot = context?.SourceRoot;
        var md = new StringBuilder();
        md.Append("## Container security scan\n\n").Append(Escape(result.Summary)).Append("\n\n");
        MarkdownSummaryTable.Write(md, result.Findings, result.Images.Count > 0);
        WriteImages(md, result.Images);
        var active = result.Findings.Where(f => f.SuppressedBy is null).ToList();
        WriteSection(md, "Errors (these failed the build)", active.Where(f => f.Level == DiagnosticLevel.Error).ToList(), sourceRoot);
        WriteSection(md, "Warnings", active.Where(f => f.Level == DiagnosticLevel.Warning).ToList(), sourceRoot);
        WriteSuppressed(md, result.Findings.Where(f => f.SuppressedBy is not null).ToList());
        WriteMessages(md, result.Messages);
        return md.ToString();
    }

    private static void WriteImages(StringBuilder md, IReadOnlyList<ScannedImage> images)
    {
        if (images.Count == 0)
        {
            return;
        }
        md.Append("### Images\n\n| Image | Digest | Platform | OS | Packages |\n|---|---|---|---|---:|\n");
        foreach (var image in images)
        {
            var os = image.Os is { } o ? o.PrettyName ?? $"{o.Family} {o.VersionId}".Trim() : "unknown";
            md.Append($"| {Code(image.Tags.FirstOrDefault() ?? "(untagged)")} | {Code(image.ManifestDigest)} | {Escape(image.Platform ?? "unknown")} | {Escape(os)} | {image.Packages.Count} |\n");
        }
        md.Append('\n');
    }

    private static void WriteSection(StringBuilder md, string title, List<Finding> findings, string? sourceRoot)
    {
        if (findings.Count == 0)
        {
            return;
        }
        md.Append($"### {title}\n\n");
        var vulnerabilities = findings.Where(f => f.Vulnerability is not null).ToList();
        if (vulnerabilities.Count > 0)
        {
            md.Append("| Advisory | Severity | Package | Installed | Fix | Layer |\n|---|---|---|---|---|---|\n");
            foreach (var f in vulnerabilities.Take(MaxRows))
            {
                md.Append(VulnerabilityRow(f.Vulnerability!)).Append('\n');
            }
            More(md, vulnerabilities.Count);
            md.Append('\n');
        }
        var others = findings.Where(f => f.Vulnerability is null).ToList();
        foreach (var f in others.Take(MaxRows))
        {
            // Every message already ends with what to do, specific to the finding; the catalog's generic fix would repeat it.
            md.Append($"- {Code(f.Code)} {Where(f, sourceRoot)}{Escape(f.Message)}\n");
        }
        More(md, others.Count);
        if (others.Count > 0)
        {
            md.Append('\n');
        }
    }

    private static string VulnerabilityRow(Vulnerability v)
    {
        var advisory = Uri.TryCreate(v.Url, UriKind.Absolute, out var url) ? $"[{Escape(v.Id)}]({url.AbsoluteUri.Replace(")", "%29")})" : Escape(v.Id);
        var fix = v.FixedVersion is { } fixedIn ? $"upgrade to {Code(fixedIn)}" : "no fix";
        var layer = v.FromBaseImage switch { true => "base image", false => "application", null => "unknown" };
        if (v.LayerDigest is { } digest)
        {
            layer += " " + Code(ShortDigest(digest));
        }
        return $"| {advisory} | {v.Severity} | {Code(v.PackageName)} | {Code(v.InstalledVersion)} | {fix} | {layer} |";
    }

    private static void WriteSuppressed(StringBuilder md, List<Finding> suppressed)
    {
        if (suppressed.Count == 0)
        {
            return;
        }
        md.Append("### Suppressed\n\n| Finding | Message | Suppressed by |\n|---|---|---|\n");
        foreach (var f in suppressed.Take(MaxRows))
        {
            var what = f.Vulnerability is { } v ? $"{Code(f.Code)} {Escape(v.Id)}" : Code(f.Code);
            md.Append($"| {what} | {Escape(f.Message)} | {Escape(f.SuppressedBy)} |\n");
        }
        More(md, suppressed.Count);
        md.Append('\n');
    }

    private static void WriteMessages(StringBuilder md, IReadOnlyList<string> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }
        md.Append("### Scan notes\n\n");
        foreach (var message in messages.Take(MaxRows))
        {
            md.Append($"- {Escape(message)}\n");
        }
        More(md, messages.Count);
        md.Append('\n');
    }

    private static string Where(Finding f, string? sourceRoot)
    {
        if (f.Location is not { } l)
        {
            return "";
        }
        var path = (sourceRoot is null ? null : SourceRoots.Relative(sourceRoot, l.File)) ?? l.File;
        return Code(l.Line > 0 ? $"{path}:{l.Line}" : path) + " ";
    }

    private static void More(StringBuilder md, int count)
    {
        if (count > MaxRows)
        {
            md.Append($"\n… and {count - MaxRows} more: see the SARIF or JSON report.\n");
        }
    }

    private static string ShortDigest(string digest) =>
        digest.IndexOf(':') is var colon and >= 0 && digest.Length > colon + 13 ? digest[..(colon + 13)] : digest;
}
