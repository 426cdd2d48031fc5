using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3050Tests
{
    private const string Yaml = "label-schema:\n  author: text\nstrict-labels: true\n";

    [TestMethod]
    public void Labels_outside_the_schema_are_noted_with_strict_labels() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3050", "FROM debian:12\nLABEL author=me extra=1\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void Schema_labels_only_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3050", "FROM debian:12\nLABEL author=me\n", hadolintYaml: Yaml));
}
