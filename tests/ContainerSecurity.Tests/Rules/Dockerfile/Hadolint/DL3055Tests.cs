using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3055Tests
{
    private const string Yaml = "label-schema:\n  revision: hash\n";

    [TestMethod]
    public void An_invalid_git_hash_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (3, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3055", "FROM debian:12\nLABEL revision=xyz123\nLABEL revision=1a2b3c4d\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void Short_and_full_hashes_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3055", "FROM debian:12\nLABEL revision=1a2b3c4\nLABEL revision=0123456789abcdef0123456789abcdef01234567\n", hadolintYaml: Yaml));
}
