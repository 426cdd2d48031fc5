using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3052Tests
{
    private const string Yaml = "label-schema:\n  homepage: url\n";

    [TestMethod]
    public void An_invalid_url_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3052", "FROM debian:12\nLABEL homepage=not-a-url\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void A_valid_url_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3052", "FROM debian:12\nLABEL homepage=https://example.com/repo\n", hadolintYaml: Yaml));
}
