using System.IO.Compression;
using System.Text.Json;

namespace AdvisoryIndexBench;

/// <summary>
/// Writes a Debian-like OSV export: 300,000 records over 30,000 source package names (Zipf-distributed, so a few names
/// carry thousands of records, like linux or chromium), 1-3 affected releases each, and the names a scan would look up.
/// Seeded, so every run writes the same export.
/// </summary>
internal static class ExportGenerator
{
    private const int RecordCount = 300_000;
    private const int PackageCount = 30_000;
    private const int QueriedPresent = 900;
    private const int QueriedAbsent = 100;
    private static readonly string[] Releases = ["Debian:11", "Debian:12", "Debian:13"];
    private static readonly string[] ReleaseSuffixes = ["+deb11u", "+deb12u", "+deb13u"];

    public static int Run(string zipPath, string namesPath)
    {
        var random = new Random(20261128);
        var packages = PackageNames.Generate(random, PackageCount);
        var popularity = new ZipfSampler(PackageCount, exponent: 0.8);
        var temporary = zipPath + ".tmp";
        using (var zip = new ZipArchive(File.Create(temporary), ZipArchiveMode.Create))
        {
            for (var i = 0; i < RecordCount; i++)
            {
                var id = RecordId(i);
                var entry = zip.CreateEntry(id + ".json", CompressionLevel.Optimal);
                using var stream = entry.Open();
                using var json = new Utf8JsonWriter(stream);
                WriteRecord(json, random, id, packages[popularity.Next(random)]);
            }
        }

        File.Move(temporary, zipPath, overwrite: true);
        var queried = packages.OrderBy(_ => random.Next()).Take(QueriedPresent)
            .Concat(Enumerable.Range(0, QueriedAbsent).Select(i => $"not-in-the-index-{i}"))
            .Select((name, i) => i % 3 == 0 ? name.ToUpperInvariant() : name);
        File.WriteAllLines(namesPath, queried);
        return 0;
    }

    private static string RecordId(int i) => (i % 10) switch
    {
        0 => $"DSA-{4000 + i / 10}-1",
        < 4 => $"DLA-{2000 + i / 10}-{1 + i % 2}",
        _ => $"DEBIAN-CVE-{2014 + i % 11}-{10000 + i}",
    };

    private static void WriteRecord(Utf8JsonWriter json, Random random, string id, string package)
    {
        var cve = $"CVE-{2014 + random.Next(11)}-{random.Next(1000, 60000)}";
        var modified = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(3_000_000));
        json.WriteStartObject();
        json.WriteString("schema_version", "1.6.0");
        json.WriteString("id", id);
        json.WriteString("modified", modified);
        json.WriteString("published", modified.AddDays(-random.Next(1, 400)));
        WriteStrings(json, id.StartsWith("DEBIAN-CVE", StringComparison.Ordinal) ? "upstream" : "aliases",
            Enumerable.Range(0, 1 + random.Next(3)).Select(n => n == 0 ? cve : $"CVE-{2014 + random.Next(11)}-{random.Next(1000, 60000)}"));
        if (random.Next(4) > 0)
        {
            json.WriteString("summary", Text.Sentence(random, 95 + random.Next(20), $"{package}: "));
        }

        json.WriteString("details", Text.Sentence(random, 200 + random.Next(400), ""));
        if (random.Next(10) < 4)
        {
            json.WriteStartArray("severity");
            json.WriteStartObject();
            json.WriteString("type", "CVSS_V3");
            json.WriteString("score", Text.CvssVector(random));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartArray("affected");
        var first = random.Next(Releases.Length);
        var count = 1 + random.Next(Releases.Length - first);
        for (var release = first; release < first + count; release++)
        {
            WriteAffected(json, random, package, release);
        }

        json.WriteEndArray();
        json.WriteStartArray("references");
        WriteReference(json, "ADVISORY", $"https://security-tracker.debian.org/tracker/{id}");
        WriteReference(json, "WEB", $"https://www.cve.org/CVERecord?id={cve}");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAffected(Utf8JsonWriter json, Random random, string package, int release)
    {
        var upstream = $"{random.Next(1, 10)}.{random.Next(30)}.{random.Next(20)}";
        json.WriteStartObject();
        json.WriteStartObject("package");
        json.WriteString("ecosystem", Releases[release]);
        json.WriteString("name", package);
        json.WriteString("purl", $"pkg:deb/debian/{package}?arch=source");
        json.WriteEndObject();
        json.WriteStartArray("ranges");
        json.WriteStartObject();
        json.WriteString("type", "ECOSYSTEM");
        json.WriteStartArray("events");
        WriteEvent(json, "introduced", "0");
        var outcome = random.Next(10);
        if (outcome < 8)
        {
            WriteEvent(json, "fixed", $"{upstream}-{random.Next(1, 5)}{ReleaseSuffixes[release]}{random.Next(1, 4)}");
        }
        else if (outcome == 8)
        {
            WriteEvent(json, "last_affected", $"{upstream}-{random.Next(1, 5)}");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        if (random.Next(10) < 3)
        {
            WriteStrings(json, "versions", Enumerable.Range(1, 2 + random.Next(10)).Select(n => $"{upstream}-{n}"));
        }

        json.WriteStartObject("ecosystem_specific");
        json.WriteString("urgency", random.Next(4) switch { 0 => "low", 1 => "medium", 2 => "high", _ => "not yet assigned" });
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, string kind, string version)
    {
        json.WriteStartObject();
        json.WriteString(kind, version);
        json.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter json, string type, string url)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("url", url);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
