using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3053Tests
{
    private const string Yaml = "label-schema:\n  created: rfc3339\n";

    [TestMethod]
    public void An_invalid_time_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3053", "FROM debian:12\nLABEL created=2024-05-01\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void An_rfc3339_time_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3053", "FROM debian:12\nLABEL created=2024-05-01T12:00:00Z\n", hadolintYaml: Yaml));
}
