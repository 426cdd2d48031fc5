using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>A .dockerignore Docker cannot read: the lint warns at its lines and goes on; it never crashes.</summary>
[TestClass]
public sealed class DockerIgnoreCliTests
{
    [TestMethod]
    public void Bad_patterns_are_CSEC1003_warnings_at_their_line_and_the_rest_of_the_lint_runs()
    {
        var dir = OciImageBuilder.TempDirectory();
        var dockerfile = Path.Combine(dir, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM debian:12\nRUN apt-get install -y curl\nCOPY notes.txt /app/\nUSER app\n");
        var ignore = Path.Combine(dir, ".dockerignore");
        File.WriteAllText(ignore, "# build output\n[]x\n*.txt\n[z-a]\n");

        var (exit, output) = CliProcess.Run(null, "dockerfile", dockerfile);

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, $"{ignore}(2,1): warning CSEC1003: Docker rejects line 2 of .dockerignore ('[]x'): the character class at column 1 is empty or starts with ]");
        StringAssert.Contains(output, $"{ignore}(4,1): warning CSEC1003: Docker rejects line 4 of .dockerignore ('[z-a]'): the character class at column 1 has the range z-a, whose end comes before its start");
        StringAssert.Contains(output, $"{dockerfile}(2,1): warning DL3008:");
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("CSEC1122", output.Replace("(CSEC1122)", ""), "what a rejected .dockerignore excludes is unknown");
    }
}
