using System.Text;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Advisories;
using ContainerSecurity.Analysis;
using ContainerSecurity.Images;
using ContainerSecurity.Inventory;
using ContainerSecurity.Rules.Dockerfile;

namespace ContainerSecurity.Fuzz;

/// <summary>
/// One entry per parser that reads untrusted bytes. Each calls the parser the way the product does and lets through
/// only the exceptions the product turns into a diagnostic; anything else escaping is a finding.
/// </summary>
internal static class FuzzTargets
{
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["outer-tar"] = bytes => ScanArchive(Scratch.File("image.tar", bytes)),
        ["oci-index"] = bytes => ScanArchive(ImageInputs.Layout(index: bytes)),
        ["oci-manifest"] = bytes => ScanArchive(ImageInputs.Layout(manifest: bytes)),
        ["oci-config"] = bytes => ScanArchive(ImageInputs.Layout(config: bytes)),
        ["layer-tar"] = bytes => ScanArchive(ImageInputs.Layout(layer: bytes)),
        ["docker-save"] = bytes => ScanArchive(ImageInputs.DockerSave(manifestJson: bytes)),
        ["dpkg-status"] = bytes => Analyze("/var/lib/dpkg/status", bytes),
        ["dpkg-status-d"] = bytes => Analyze("/var/lib/dpkg/status.d/base", bytes),
        ["apk-installed"] = bytes => Analyze("/lib/apk/db/installed", bytes),
        ["rpm-bdb"] = bytes => Analyze("/var/lib/rpm/Packages", bytes),
        ["rpm-sqlite"] = bytes => Analyze("/var/lib/rpm/rpmdb.sqlite", bytes),
        ["rpm-ndb"] = bytes => Analyze("/var/lib/rpm/Packages.db", bytes),
        ["rpm-manifest"] = bytes => Analyze("/var/lib/rpmmanifest/container-manifest-2", bytes),
        ["deps-json"] = bytes => Analyze("/app/app.deps.json", bytes),
        ["os-release"] = bytes => Analyze("/etc/os-release", bytes),
        ["python-metadata"] = bytes => Analyze("/usr/lib/python3/site-packages/x-1.0.dist-info/METADATA", bytes),
        ["npm-package"] = bytes => Analyze("/usr/lib/node_modules/x/package.json", bytes),
        ["chisel-manifest"] = bytes => Analyze("/var/lib/chisel/manifest.wall", bytes),
        ["dockerfile"] = bytes => DockerfileLinter.Lint(Scratch.File("Dockerfile", bytes), new DockerfileSettings()),
        ["hadolint-yaml"] = bytes =>
        {
            var dockerfile = Scratch.File("Dockerfile", "FROM debian:12\nRUN apt-get install -y curl\n"u8.ToArray());
            Scratch.File(".hadolint.yaml", bytes);
            DockerfileLinter.Lint(dockerfile, new DockerfileSettings());
        },
        ["dockerignore"] = bytes =>
        {
            var dockerfile = Scratch.File("Dockerfile", "FROM debian:12\nCOPY . /app\nCOPY src/*.json config/ /app/\n"u8.ToArray());
            Scratch.File(".dockerignore", bytes);
            DockerfileLinter.Lint(dockerfile, new DockerfileSettings());
        },
        ["osv-record"] = OsvRecord,
        ["layer-cache-entry"] = ImageInputs.CacheEntry,
        ["vex-document"] = VexDocument,
    };

    /// <summary>What the scan does with a ContainerSecurityVexDocument: read it (problems become CSEC9006) and apply it to a finding.</summary>
    private static void VexDocument(byte[] bytes)
    {
        var (documents, _) = Vex.VexDocuments.Load([Scratch.File("vex.json", bytes)], null, new Settings.SettingLocator(null, []));
        var image = new ScannedImage("image.tar", "sha256:" + new string('a', 64), "sha256:" + new string('b', 64), "linux/amd64", ["registry/app:1"]);
        new Vex.VexMatcher(documents, [image]).Apply(new Findings.Finding
        {
            Code = "CSEC3004",
            Level = Findings.DiagnosticLevel.Error,
            Message = "m",
            Vulnerability = new Vulnerability
            {
                Id = "CVE-2023-45853", Aliases = ["DEBIAN-CVE-2023-45853"], Severity = Severity.Critical, PackageName = "zlib1g", InstalledVersion = "1",
                PackageType = PackageType.Dpkg, Purl = "pkg:deb/debian/zlib1g@1?distro=debian-12", Ecosystem = "Debian:12", ImageDigest = image.ManifestDigest,
            },
        });
    }

    /// <summary>What <see cref="Scanner.Scan"/> does with an archive, minus rules and reports: every exception it does not turn into CSEC9001 escapes.</summary>
    private static void ScanArchive(string path)
    {
        try
        {
            using var archive = ImageArchive.Open(path);
            foreach (var image in archive.Images)
            {
                ImageAnalyzer.Analyze(archive, image);
            }
        }
        catch (Exception e) when (e is ImageFormatException or IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>What <see cref="ImageAnalyzer"/> does with one file: InventoryFormatException is a skipped file, anything else escapes.</summary>
    private static void Analyze(string path, byte[] content)
    {
        var inventory = new InventoryBuilder();
        foreach (var analyzer in InventoryAnalyzers.All.Where(a => a.Required(path, content.Length)))
        {
            try
            {
                analyzer.Analyze(path, content, inventory);
            }
            catch (InventoryFormatException)
            {
            }
        }
        inventory.Build(_ => 0);
    }

    private static void OsvRecord(byte[] json)
    {
        if (OsvZip.TryParse(json) is not { } record)
        {
            return;
        }
        foreach (var entry in OsvEntries.FromRecord(record))
        {
            if (VersionComparers.For(entry.Ecosystem) is { } comparer)
            {
                foreach (var version in new[] { "0", "1.0.0", "1.2.3-r4", "2:1.0-1", "1.0.0rc1" }.Concat(entry.Versions.Take(4)))
                {
                    // As VulnerabilityMatcher does: a version the ecosystem's comparer cannot read makes no match.
                    try
                    {
                        OsvRangeEvaluator.IsAffected(entry, version, comparer, out _);
                    }
                    catch (Exception e) when (e is FormatException || e is InvalidOperationException { InnerException: FormatException })
                    {
                    }
                }
            }
        }
    }
}
