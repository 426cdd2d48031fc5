using System.Text.Json;
using ContainerSecurity;
using ContainerSecurity.Cli;
using ContainerSecurity.Delivery;
using ContainerSecurity.Findings;
using ContainerSecurity.Policy;

const string Usage = """
    Usage:
      containersecurity image ARCHIVE... [options]   scan OCI/docker-save archives or OCI layout folders
      containersecurity daemon IMAGE... [options]    scan images in the local Docker-API daemon (DOCKER_HOST)
      containersecurity dockerfile FILE... [options] lint Dockerfiles (hadolint's rules and more; .hadolint.yaml honoured)
      containersecurity host scan REQUEST.json RESULT.json      (used by the MSBuild task)
      containersecurity host deliver REQUEST.json RESULT.json   (used by the MSBuild task)
    Options:
      --report-dir DIR      write reports there
      --format LIST         report formats: sarif,json,cyclonedx,spdx,markdown,openvex (default sarif,json)
      --vex FILE            an OpenVEX or CycloneDX VEX document whose not_affected/fixed statements suppress vulnerabilities (repeatable)
      --fail-on LEVEL       lowest vulnerability severity that fails (Critical, High, Medium, Low, Unknown, None; default High)
      --audit-level LEVEL   lowest vulnerability severity reported at all (default Low)
      --ignore-unfixed      skip vulnerabilities that have no fixed version
      --offline             never download advisory data (use the cache; CSEC9002 when there is none)
      --osv-url URL|DIR     OSV data: a mirror URL or folder laid out as DIR/<Ecosystem>/all.zip
      --max-age-hours N     refresh advisory data older than this (default 24)
      --nuget-sources LIST  NuGet service indexes whose VulnerabilityInfo resource to read too
      --cache-dir DIR       advisory and layer cache (default ~/.cache/containersecurity)
      --network-timeout S   a download or daemon call that stalls this many seconds (no answer, no data, under 1 KB/s) fails (default 30)
      --network-deadline S  all downloads of one scan together may take this many seconds (default 600)
      --nowarn CODES        codes reported as info; --warnaserror CODES codes that become errors
      --analysis-level L    rule set to hold errors to: latest, or a release like 0.2 (default 0.1: newer rules' errors are warnings)
      --trusted-registries LIST   registries a base image may come from (CSEC5001)
      --denied-images LIST        image patterns a base image must not match, e.g. docker.io/library/* (CSEC5010)
      --max-image-size-mb N       compressed size above which CSEC2005 warns (0 = off; default 500)
      --max-base-image-age-days N base images built longer ago warn (CSEC5006; 0 = off; default 180)
    Exit codes: 0 no errors, 1 errors found, 2 bad usage.
    """;

var command = CommandLine.Parse(args, out var parseError);
if (command is null)
{
    Console.Error.WriteLine($"containersecurity: error CSEC9006: {parseError}.");
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    return command.Verb switch
    {
        "image" when command.Operands.Count > 0 => ScanImages(command, fromDaemon: false),
        "dockerfile" when command.Operands.Count > 0 => ScanImages(command, fromDaemon: false, dockerfiles: true),
        "daemon" when command.Operands.Count > 0 => ScanImages(command, fromDaemon: true),
        "host" when command.Operands.Count == 3 && command.Operands[0] == "scan" => HostScan(command.Operands[1], command.Operands[2]),
        "host" when command.Operands.Count == 3 && command.Operands[0] == "deliver" => await HostDeliver(command.Operands[1], command.Operands[2]),
        "--help" or "-h" or "help" => PrintUsage(0),
        _ => PrintUsage(2),
    };
}
catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
{
    Console.Error.WriteLine($"containersecurity: error {DiagnosticCodes.BadRequest}: {e.Message}");
    return 2;
}

static int PrintUsage(int code)
{
    (code == 0 ? Console.Out : Console.Error).WriteLine(Usage);
    return code;
}

static int ScanImages(CommandLine command, bool fromDaemon, bool dockerfiles = false)
{
    var formats = (command.Option("--format") ?? "sarif,json").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    if (formats.FirstOrDefault(f => !ContainerSecurity.Reports.ReportWriter.Formats.Contains(f.ToLowerInvariant())) is { } unknown)
    {
        Console.Error.WriteLine($"containersecurity: error {DiagnosticCodes.BadRequest}: unknown report format '{unknown}'; use {string.Join(", ", ContainerSecurity.Reports.ReportWriter.Formats)}.");
        return 2;
    }
    var cache = command.Option("--cache-dir") ?? ContainerSecurity.Images.Layers.LayerCache.DefaultDirectory();
    var request = new ScanRequest
    {
        Advisories = new ContainerSecurity.Advisories.AdvisoryOptions
        {
            OsvUrl = command.Option("--osv-url") ?? ContainerSecurity.Advisories.AdvisoryOptions.DefaultOsvUrl,
            CacheDirectory = cache,
            Offline = command.Option("--offline") == "true",
            MaxAge = TimeSpan.FromHours(double.TryParse(command.Option("--max-age-hours"), System.Globalization.CultureInfo.InvariantCulture, out var hours) ? hours : 24),
            NuGetSources = (command.Option("--nuget-sources") ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Network = NetworkOption(command),
        },
        Vulnerabilities = new ContainerSecurity.Advisories.VulnerabilitySettings
        {
            FailOn = command.Option("--fail-on") ?? "High",
            AuditLevel = command.Option("--audit-level") ?? "Low",
            IgnoreUnfixed = command.Option("--ignore-unfixed") == "true",
        },
        Dockerfiles = dockerfiles ? command.Operands : [],
        Images = fromDaemon || dockerfiles ? [] : command.Operands,
        DaemonImages = fromDaemon ? command.Operands : [],
        ReportDirectory = command.Option("--report-dir"),
        CacheDirectory = cache,
        ReportFormats = formats,
        VexDocuments = command.Values("--vex").Select(Path.GetFullPath).ToList(),
        ImagePolicy = new ContainerSecurity.Rules.ImageSettings
        {
            TrustedRegistries = (command.Option("--trusted-registries") ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            DeniedImages = (command.Option("--denied-images") ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new ContainerSecurity.Rules.DeniedImage(p)).ToList(),
            MaxImageSizeMB = int.TryParse(command.Option("--max-image-size-mb"), out var max) ? max : 500,
            MaxBaseImageAgeDays = int.TryParse(command.Option("--max-base-image-age-days"), out var age) ? age : 180,
        },
        Policy = new PolicySettings
        {
            NoWarn = [command.Option("--nowarn") ?? ""],
            WarningsAsErrors = [command.Option("--warnaserror") ?? ""],
            AnalysisLevel = command.Option("--analysis-level"),
        },
    };
    var result = Scanner.Scan(request);
    foreach (var line in ConsoleReport.Lines(result, command.Operands[0]))
    {
        Console.WriteLine(line);
    }
    return result.HasErrors ? 1 : 0;
}

static ContainerSecurity.Network.NetworkLimits NetworkOption(CommandLine command)
{
    static double? Seconds(string? text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : null;
    return ContainerSecurity.Network.NetworkLimits.FromSeconds(Seconds(command.Option("--network-timeout")), Seconds(command.Option("--network-deadline")));
}

static int HostScan(string requestPath, string resultPath)
{
    var request = JsonSerializer.Deserialize<ScanRequest>(File.ReadAllText(requestPath), EngineJson.Options)
        ?? throw new JsonException("The request is empty.");
    var cache = request.CacheDirectory ?? ContainerSecurity.Images.Layers.LayerCache.DefaultDirectory();
    var advisories = request.Advisories is { } a && string.IsNullOrEmpty(a.CacheDirectory) ? a with { CacheDirectory = cache } : request.Advisories;
    var result = Scanner.Scan(request with { CacheDirectory = cache, Advisories = advisories });
    EngineJson.WriteFileAtomic(resultPath, JsonSerializer.Serialize(new HostScanResult(result.Summary, result.Images, result.Findings, result.Reports, result.Messages, result.Timings), EngineJson.Options));
    return 0;
}

static async Task<int> HostDeliver(string requestPath, string resultPath)
{
    var request = JsonSerializer.Deserialize<DeliveryRequest>(File.ReadAllText(requestPath), EngineJson.Options)
        ?? throw new JsonException("The request is empty.");
    var result = await ContainerSecurity.Signing.SignedDelivery.DeliverAsync(request, Environment.GetEnvironmentVariable, CancellationToken.None);
    EngineJson.WriteFileAtomic(resultPath, JsonSerializer.Serialize(result, EngineJson.Options));
    return 0;
}

internal sealed record HostScanResult(string Summary, IReadOnlyList<ScannedImage> Images, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Reports, IReadOnlyList<string> Messages, IReadOnlyList<StageTiming> Timings);
