using ContainerSecurity.Advisories;
using ContainerSecurity.Analysis;
using ContainerSecurity.Daemon;
using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using ContainerSecurity.Policy;
using ContainerSecurity.Reports;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Dockerfile;
using ContainerSecurity.Settings;
using ContainerSecurity.Vex;

namespace ContainerSecurity;

/// <summary>The one entry point of the engine: a request in, findings and reports out. Never throws for bad input.</summary>
public static class Scanner
{
    public static ScanResult Scan(ScanRequest request)
    {
        var locator = new SettingLocator(request.ProjectFile, request.SettingFiles);
        // One clock for the whole scan: suppression expiry and base-image age are judged on the same day.
        var today = request.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var imagePolicy = request.ImagePolicy with { Now = request.ImagePolicy.Now ?? new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) };
        var raw = new List<Finding>();
        var scanned = new List<ScannedImage>();
        var clock = new StageClock();
        var messages = new List<string>();
        var bases = new List<Signing.BaseImageSignatureCheck.BaseImage>();
        foreach (var path in request.Images.Concat(SaveDaemonImages(request, raw, locator)))
        {
            try
            {
                using var archive = ImageArchive.Open(path);
                foreach (var image in archive.Images)
                {
                    var analysis = clock.Time($"read and analyse {image.Platform ?? "image"}", () => ImageAnalyzer.Analyze(archive, image, request.CacheDirectory));
                    scanned.Add(new ScannedImage(path, image.ManifestDigest, image.ConfigDescriptor.Digest, image.Platform, image.Tags)
                    {
                        Os = analysis.Inventory.Os,
                        Packages = analysis.Inventory.Packages.Select(p => analysis.Origin(p) is { } o ? new InstalledPackage(p, o.LayerDigest, o.FromBaseImage) : new InstalledPackage(p, null, null)).ToList(),
                        Skipped = analysis.Skipped,
                        SecretScanSkipped = analysis.SecretScanSkipped,
                        Layers = analysis.FileSystem.Layers,
                    });
                    messages.Add(ScanProgress.Describe(scanned[^1], analysis.Inventory.Sources));
                    raw.AddRange(analysis.FileSystem.DiscardedCacheEntries.Select(problem => CachedFileDiscarded(problem, image, locator)));
                    raw.AddRange(analysis.Skipped.Select(problem => PackageListUnreadable(problem, image, locator)));
                    var context = new ImageContext(image, locator, imagePolicy, analysis);
                    raw.AddRange(clock.Time("image rules", () => CheckImage(context).ToList()));
                    if (context.BaseImage is { } baseImage)
                    {
                        // The SDK records the base's manifest digest beside its name; without the name the digest is resolved from the registry.
                        var labels = image.Config.Labels;
                        bases.Add(new(baseImage, labels.ContainsKey("org.opencontainers.image.base.name") ? labels.GetValueOrDefault("org.opencontainers.image.base.digest") : null));
                    }
                }
            }
            catch (Exception e) when (e is ImageFormatException or IOException or UnauthorizedAccessException)
            {
                raw.Add(new Finding
                {
                    Code = DiagnosticCodes.ImageUnreadable,
                    Level = DiagnosticLevel.Error,
                    Message = $"The image at '{path}' could not be read: {e.Message} Rebuild the image, or check that the path names an OCI or docker-save archive.",
                    Location = locator.Project,
                    HelpLink = DiagnosticCodes.HelpLink(DiagnosticCodes.ImageUnreadable),
                });
            }
        }

        if (imagePolicy.BaseImageSigners.Count > 0 && bases.Count > 0)
        {
            raw.AddRange(clock.Time("base image signatures", () => Signing.BaseImageSignatureCheck.Run(bases, imagePolicy.BaseImageSigners, locator, Environment.GetEnvironmentVariable)));
        }

        if (request.Advisories is { } advisories && scanned.Count > 0)
        {
            var vulnerabilities = VulnerabilityScan.Run(scanned, advisories, request.Vulnerabilities, locator, clock);
            raw.AddRange(ApplyVex(vulnerabilities.Findings, request, scanned, locator));
            messages.AddRange(vulnerabilities.Messages);
        }

        var dockerfileSettings = new DockerfileSettings
        {
            TrustedRegistries = request.ImagePolicy.TrustedRegistries,
            Image = request.ImagePolicy,
            LabelSchema = request.LabelSchema,
            RequireDigest = request.ImagePolicy.RequireBaseImageDigest,
        };
        foreach (var dockerfile in request.Dockerfiles)
        {
            raw.AddRange(clock.Time($"lint {Path.GetFileName(dockerfile)}", () => DockerfileLinter.Lint(dockerfile, dockerfileSettings)));
        }

        var findings = new DiagnosticPolicy(request.Policy, locator, today).Apply(raw);
        var result = new ScanResult { Findings = findings, Images = scanned, DockerfileCount = request.Dockerfiles.Count, Messages = messages };
        var reportContext = ReportContext.For(request, Environment.GetEnvironmentVariable);
        var reports = clock.Time("reports", () => ReportWriter.Write(result with { Timings = clock.Timings.ToList() }, request.ReportDirectory, request.ReportFormats, reportContext));
        return result with { Reports = reports, Timings = clock.Timings.ToList() };
    }

    private static IEnumerable<Finding> ApplyVex(IReadOnlyList<Finding> findings, ScanRequest request, IReadOnlyList<ScannedImage> scanned, SettingLocator locator)
    {
        if (request.VexDocuments.Count == 0)
        {
            return findings;
        }
        var (documents, errors) = VexDocuments.Load(request.VexDocuments, request.ProjectFile, locator);
        var matcher = new VexMatcher(documents, scanned);
        return errors.Concat(findings.Select(matcher.Apply));
    }

    private static List<string> SaveDaemonImages(ScanRequest request, List<Finding> raw, SettingLocator locator)
    {
        var saved = new List<string>();
        var directory = Path.Combine(request.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "containersecurity"), "daemon");
        foreach (var reference in request.DaemonImages)
        {
            var file = Path.Combine(directory, string.Concat(reference.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' ? c : '_')) + ".tar");
            try
            {
                saved.Add(DaemonImageSource.SaveAsync(reference, file, Environment.GetEnvironmentVariable, CancellationToken.None, request.Advisories?.Network).GetAwaiter().GetResult());
            }
            catch (Exception e) when (e is CodedException or ImageFormatException or IOException)
            {
                var code = e is CodedException coded ? coded.Code : DiagnosticCodes.ImageUnreadable;
                raw.Add(new Finding { Code = code, Level = DiagnosticLevel.Error, Message = e.Message, Location = locator.Project, HelpLink = DiagnosticCodes.HelpLink(code) });
            }
        }
        return saved;
    }

    private static Finding CachedFileDiscarded(string problem, ContainerImage image, SettingLocator locator) => new()
    {
        Code = DiagnosticCodes.CachedFileDiscarded,
        Level = DiagnosticLevel.Warning,
        Message = problem,
        Location = locator.Property("ContainerSecurityCacheDirectory"),
        HelpLink = DiagnosticCodes.HelpLink(DiagnosticCodes.CachedFileDiscarded),
        ImageDigest = image.ManifestDigest,
    };

    // An inventory file the analyzers could not parse: its packages are not in the inventory, so they were not checked.
    private static Finding PackageListUnreadable(string problem, ContainerImage image, SettingLocator locator) => new()
    {
        Code = DiagnosticCodes.PackageListUnreadable,
        Level = DiagnosticLevel.Warning,
        Message = $"A file that lists installed packages could not be read, so the packages it lists were not checked for vulnerabilities: {problem}",
        Location = locator.Project,
        HelpLink = DiagnosticCodes.HelpLink(DiagnosticCodes.PackageListUnreadable),
        ImageDigest = image.ManifestDigest,
    };

    private static IEnumerable<Finding> CheckImage(ImageContext context)
    {
        var image = context.Image;
        foreach (var rule in RuleRegistry.ImageRules)
        {
            foreach (var hit in rule.Check(context))
            {
                yield return new Finding
                {
                    Code = rule.Info.Id,
                    Level = rule.Info.DefaultLevel,
                    Message = hit.Message,
                    Location = hit.Location,
                    HelpLink = rule.Info.HelpLink,
                    ImageDigest = image.ManifestDigest,
                };
            }
        }
    }
}
