using ContainerSecurity.Findings;
using ContainerSecurity.Rules.Dockerfile;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class CSEC1122Tests
{
    private static IReadOnlyList<(int Line, DiagnosticLevel Level)> Lint(string dockerfile, string ignore, string ignoreName = ".dockerignore")
    {
        var dir = OciImageBuilder.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        File.WriteAllText(Path.Combine(dir, ignoreName), ignore);
        var path = Path.Combine(dir, "Dockerfile");
        File.WriteAllText(path, dockerfile);
        return DockerfileLinter.Lint(path, new DockerfileSettings()).Where(f => f.Code == "CSEC1122").Select(f => (f.Location!.Line, f.Level)).ToList();
    }

    [TestMethod]
    public void Copying_an_ignored_path_is_reported()
    {
        var text = "FROM debian:12\nCOPY bin/Release/app.dll /app/\nCOPY secrets.txt /app/\nADD docs/readme.md /app/\nCOPY src/app.cs /app/\n";
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (3, DiagnosticLevel.Warning), (4, DiagnosticLevel.Warning) },
            Lint(text, "# build output\n**/bin\n*.txt\ndocs\n").ToList());
    }

    [TestMethod]
    public void Exceptions_other_stages_and_no_dockerignore_pass()
    {
        var text = "FROM debian:12 AS build\nFROM debian:12\nCOPY docs/keep.md /app/\nCOPY --from=build /bin/app /app/\nCOPY . /app/\n";
        Assert.IsEmpty(Lint(text, "docs\n!docs/keep.md\nbin\n"));
        Assert.IsEmpty(DockerfileLint.Of("CSEC1122", "FROM debian:12\nCOPY bin/app /app/\n"));
    }

    [TestMethod]
    public void A_Dockerfile_specific_ignore_file_wins()
    {
        Assert.HasCount(1, Lint("FROM debian:12\nCOPY notes.md /app/\n", "*.md\n", "Dockerfile.dockerignore"));
    }
}
