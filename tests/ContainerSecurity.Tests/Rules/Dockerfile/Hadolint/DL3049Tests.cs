using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3049Tests
{
    private const string Yaml = "label-schema:\n  author: text\n  version: semver\n";

    [TestMethod]
    public void A_schema_label_missing_in_the_final_stage_is_noted() =>
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3049", "FROM debian:12 AS build\nLABEL version=1.0.0\nFROM debian:12\nLABEL author=me\n", hadolintYaml: Yaml).ToList());

    [TestMethod]
    public void Labels_set_in_the_final_stage_or_its_base_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3049", "FROM debian:12 AS base\nLABEL version=1.0.0\nFROM base\nLABEL author=me\n", hadolintYaml: Yaml));
}
