using System.Text.RegularExpressions;

namespace ContainerSecurity.Build.Tests.Infrastructure;

/// <summary>A real project in a temp folder that references the packed package; publishes with the real dotnet CLI.</summary>
internal sealed partial class TestProject
{
    public string Directory { get; }
    public string ProjectFile { get; }
    public string Name { get; }
    public Dictionary<string, string?> Environment { get; } = new();

    public TestProject(string properties = "", string items = "", string? directoryBuildProps = null, string? baseImage = null, string? dockerfile = null)
    {
        Name = "app" + Guid.NewGuid().ToString("N")[..8];
        Directory = Path.Combine(Path.GetTempPath(), "csec-e2e", Name);
        System.IO.Directory.CreateDirectory(Directory);
        ProjectFile = Path.Combine(Directory, Name + ".csproj");
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ContainerBaseImage>{baseImage ?? Services.RootBase}</ContainerBaseImage>
                <ContainerRepository>e2e/{Name}</ContainerRepository>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ContainerSecurity.Build" Version="{PackageFeed.Version}" PrivateAssets="all" />
            {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{PackageFeed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        if (dockerfile is not null)
        {
            File.WriteAllText(Path.Combine(Directory, "Dockerfile"), dockerfile);
        }
        if (directoryBuildProps is not null)
        {
            File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), directoryBuildProps);
        }
        Environment["NUGET_PACKAGES"] = PackageFeed.PackagesDirectory;
        // Advisory data from a loopback mirror folder, cached per test run: builds here never reach the public OSV bucket.
        Environment["ContainerSecurityOsvUrl"] = AdvisoryMirror.Quiet;
        Environment["ContainerSecurityCacheDirectory"] = RunCache;
        Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        Environment["DOTNET_NOLOGO"] = "1";
        Environment["MSBUILDDISABLENODEREUSE"] = "1";
    }

    public string Repository => $"e2e/{Name}";

    private static readonly string RunCache = Path.Combine(Path.GetTempPath(), "csec-e2e", "cache-" + System.Environment.ProcessId);

    public ProcessResult Publish(params string[] arguments) =>
        Run(["publish", "-t:PublishContainer", "-nologo", "--disable-build-servers", .. arguments]);

    public ProcessResult Build(params string[] arguments) =>
        Run(["build", "-nologo", "--disable-build-servers", .. arguments]);

    public ProcessResult Run(params string[] arguments) => ProcessRunner.Run("dotnet", arguments, Directory, Environment);

    /// <summary>The quarantine archive the SDK wrote and we scanned.</summary>
    public string QuarantineArchive(string rid = "linux-x64") =>
        Path.Combine(Directory, "obj", "Release", "net10.0", "container-security", "quarantine", rid, "image.tar.gz");

    public static IReadOnlyList<Diagnostic> Diagnostics(ProcessResult result) =>
        DiagnosticLine().Matches(result.Output)
            .Select(m => new Diagnostic(m.Groups["file"].Value.Trim(), Int(m.Groups["line"]), Int(m.Groups["col"]), m.Groups["level"].Value, m.Groups["code"].Value, m.Groups["message"].Value))
            .Distinct()
            .ToList();

    private static int Int(Group g) => g.Success ? int.Parse(g.Value) : 0;

    // MSBuild's canonical format, as the GitHub and Azure DevOps problem matchers read it.
    [GeneratedRegex(@"^[ \t]*(?:\d+>)?(?<file>[^\s(][^(\r\n]*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))?[ \t]*:[ \t]+(?<level>error|warning)[ \t]+(?<code>[A-Z]+\d+):[ \t]*(?<message>[^\r\n]*?)(?:[ \t]+\[[^\]\r\n]*\])?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}

internal sealed record Diagnostic(string File, int Line, int Column, string Level, string Code, string Message);
