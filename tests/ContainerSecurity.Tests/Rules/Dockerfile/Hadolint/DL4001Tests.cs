using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL4001Tests
{
    [TestMethod]
    public void Curl_and_wget_in_one_stage_warn() =>
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL4001", "FROM debian:12\nRUN curl -fsSLO https://a/b\nRUN wget -q https://a/c\n").ToList());

    [TestMethod]
    public void One_tool_per_stage_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL4001", "FROM debian:12 AS a\nRUN curl -fsSLO https://a/b\nFROM debian:12\nRUN wget -q https://a/c\n"));
}
