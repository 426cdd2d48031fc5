using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using ContainerSecurity.Build.Tests.Infrastructure;
using ContainerSecurity.Images;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class InventoryCrossCheckTests
{
    [TestMethod]
    public void The_SBOM_of_a_real_Debian_image_lists_exactly_what_dpkg_query_lists()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>\n    <ContainerSecurityReportFormats>cyclonedx;json</ContainerSecurityReportFormats>", baseImage: Services.DebianBase);

        var result = project.Publish($"-p:ContainerArchiveOutputPath={Path.Combine(project.Directory, "out", "app.tar.gz")}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var sbom = Path.Combine(project.Directory, "obj", "Release", "net10.0", "container-security", "container-security.cdx.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(sbom));
        var fromSbom = doc.RootElement.GetProperty("components").EnumerateArray()
            .Where(c => c.TryGetProperty("purl", out var purl) && purl.GetString()!.StartsWith("pkg:deb/debian/", StringComparison.Ordinal))
            .Select(c => $"{c.GetProperty("name").GetString()} {c.GetProperty("version").GetString()}")
            .ToHashSet();

        var fromDpkg = DpkgQueryOnBaseLayer(project.QuarantineArchive(), project.Directory);

        Assert.IsGreaterThan(50, fromDpkg.Count, "debootstrap minbase has ~90 packages");
        CollectionAssert.AreEquivalent(fromDpkg.Order().ToList(), fromSbom.Order().ToList());
    }

    /// <summary>Copies the base layer's dpkg status into a folder and asks the real dpkg-query about it.</summary>
    private static HashSet<string> DpkgQueryOnBaseLayer(string archivePath, string workDirectory)
    {
        using var archive = ImageArchive.Open(archivePath);
        var image = archive.Images.Single();
        var admin = Path.Combine(workDirectory, "dpkg-admin");
        Directory.CreateDirectory(Path.Combine(admin, "updates"));
        Directory.CreateDirectory(Path.Combine(admin, "info"));
        using (var layer = new GZipStream(archive.OpenBlob(image.Layers[0]), CompressionMode.Decompress))
        using (var tar = new TarReader(layer))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.Name.TrimStart('.', '/') == "var/lib/dpkg/status")
                {
                    entry.ExtractToFile(Path.Combine(admin, "status"), overwrite: true);
                    break;
                }
            }
        }
        var query = ProcessRunner.Run("dpkg-query", [$"--admindir={admin}", "-W", "-f=${db:Status-Abbrev} ${Package} ${Version}\\n"], workDirectory);
        Assert.AreEqual(0, query.ExitCode, query.Output);
        return query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("ii ", StringComparison.Ordinal))
            .Select(line => line[3..].Trim())
            .ToHashSet();
    }
}
