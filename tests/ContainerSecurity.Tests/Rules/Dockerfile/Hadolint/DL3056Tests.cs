using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3056Tests
{
    private const string Yaml = "label-schema:\n  version: semver\n";

    [TestMethod]
    public void A_non_semver_version_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3056", "FROM debian:12\nLABEL version=v1.2\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void A_semver_version_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3056", "FROM debian:12\nLABEL version=1.2.3-rc.1+build.5\n", hadolintYaml: Yaml));
}
