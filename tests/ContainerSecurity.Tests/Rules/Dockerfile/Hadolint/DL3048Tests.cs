using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3048Tests
{
    private const string Yaml = "ignored: []\n";

    [TestMethod]
    public void Reserved_or_malformed_keys_are_noted() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Note), (3, DiagnosticLevel.Note), (4, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3048", "FROM debian:12\nLABEL com.docker.thing=1\nLABEL Foo..bar=2\nLABEL 1abc=3\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void Well_formed_keys_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3048", "FROM debian:12\nLABEL org.opencontainers.image.title=x maintainer=me a.-b=1\n", hadolintYaml: Yaml));
}
