using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3054Tests
{
    private const string Yaml = "label-schema:\n  license: spdx\n";

    [TestMethod]
    public void An_invalid_license_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3054", "FROM debian:12\nLABEL license=Foo-License\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void Spdx_ids_and_expressions_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3054", "FROM debian:12\nLABEL license=\"(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0\"\n", hadolintYaml: Yaml));
}
