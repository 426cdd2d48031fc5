using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3051Tests
{
    private const string Yaml = "label-schema:\n  author: text\n";

    [TestMethod]
    public void An_empty_schema_label_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3051", "FROM debian:12\nLABEL author=\"\"\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void A_filled_schema_label_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3051", "FROM debian:12\nLABEL author=me other=\"\"\n", hadolintYaml: Yaml));
}
