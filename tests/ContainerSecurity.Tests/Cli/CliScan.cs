using System.IO.Compression;
using System.Text;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>An image scan through the CLI: a one-layer image, an OSV mirror folder of the given records, the scan's output.</summary>
internal static class CliScan
{
    public static string Image(string dir, TestLayer layer)
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([layer.Gzip()], user: "1654");
        return builder.WriteArchive(Path.Combine(dir, "image.tar.gz"));
    }

    public static string Mirror(string dir, params (string Ecosystem, string Record)[] records)
    {
        var mirror = Path.Combine(dir, "mirror");
        foreach (var group in records.GroupBy(r => r.Ecosystem))
        {
            Directory.CreateDirectory(Path.Combine(mirror, group.Key));
            using var zip = ZipFile.Open(Path.Combine(mirror, group.Key, "all.zip"), ZipArchiveMode.Create);
            var i = 0;
            foreach (var (_, record) in group)
            {
                using var entry = zip.CreateEntry($"record-{i++}.json").Open();
                entry.Write(Encoding.UTF8.GetBytes(record));
            }
        }
        return mirror;
    }

    public static (int Exit, string Output) Run(string dir, string image, string mirror, params string[] more) =>
        CliProcess.Run(null, ["image", image, "--osv-url", mirror, "--cache-dir", Path.Combine(dir, "cache"), "--report-dir", Path.Combine(dir, "reports"), .. more]);

    public static string SingleFinding(string output, string text)
    {
        var lines = output.Split('\n').Where(l => l.Contains(text, StringComparison.Ordinal) && l.Contains(" CSEC300", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, lines, output);
        return lines[0];
    }
}
