using ContainerSecurity.Findings;
using ContainerSecurity.Rules.Dockerfile;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Rules.Dockerfile;

/// <summary>Lints Dockerfile text written to a temp folder, the way the build does, for rule tests.</summary>
internal static class DockerfileLint
{
    public static IReadOnlyList<Finding> Run(string dockerfile, DockerfileSettings? settings = null, string? hadolintYaml = null)
    {
        var dir = OciImageBuilder.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        if (hadolintYaml is not null)
        {
            File.WriteAllText(Path.Combine(dir, ".hadolint.yaml"), hadolintYaml);
        }
        var path = Path.Combine(dir, "Dockerfile");
        File.WriteAllText(path, dockerfile);
        return DockerfileLinter.Lint(path, settings ?? new DockerfileSettings());
    }

    /// <summary>The findings of one code, as (line, level) pairs.</summary>
    public static IReadOnlyList<(int Line, DiagnosticLevel Level)> Of(string code, string dockerfile, DockerfileSettings? settings = null, string? hadolintYaml = null) =>
        Run(dockerfile, settings, hadolintYaml).Where(f => f.Code == code).Select(f => (f.Location!.Line, f.Level)).ToList();
}
