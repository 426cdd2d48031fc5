using System.IO.Compression;
using System.Text;

namespace ContainerSecurity.Tests.Advisories.Data;

/// <summary>OSV ecosystem exports made in memory, with one record per package name given.</summary>
internal static class OsvZips
{
    public static byte[] Debian(params string[] packages)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var package in packages)
            {
                var id = $"DEBIAN-CVE-2024-{Math.Abs(package.GetHashCode()) % 90000 + 10000}";
                using var entry = zip.CreateEntry(id + ".json").Open();
                entry.Write(Encoding.UTF8.GetBytes($$"""
                    {"id": "{{id}}", "modified": "2024-06-01T00:00:00Z", "upstream": ["CVE-{{id[11..]}}"], "summary": "{{package}} flaw",
                     "affected": [{"package": {"ecosystem": "Debian:12", "name": "{{package}}"},
                       "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "9.9-1"}]}]}]}
                    """));
            }
        }
        return memory.ToArray();
    }
}
