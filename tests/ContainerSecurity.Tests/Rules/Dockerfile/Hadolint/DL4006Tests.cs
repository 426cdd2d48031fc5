using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL4006Tests
{
    [TestMethod]
    public void A_pipe_without_pipefail_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (4, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL4006", "FROM debian:12\nRUN curl -fsSL https://a/b | tar -xz\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n").ToList());

    [TestMethod]
    public void Pipefail_shell_or_no_pipe_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL4006", "FROM debian:12\nRUN a || b\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://a/b | tar -xz\nFROM mcr.microsoft.com/windows/servercore\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-Item x | Remove-Item\n"));
}
