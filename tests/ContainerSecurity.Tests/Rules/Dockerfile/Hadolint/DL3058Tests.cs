using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3058Tests
{
    private const string Yaml = "label-schema:\n  maintainer: email\n";

    [TestMethod]
    public void An_invalid_email_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3058", "FROM debian:12\nLABEL maintainer=me-at-example\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void A_valid_email_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3058", "FROM debian:12\nLABEL maintainer=team@example.com\n", hadolintYaml: Yaml));
}
