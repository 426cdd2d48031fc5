using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3057Tests
{
    [TestMethod]
    public void A_missing_healthcheck_is_reported_when_enabled() =>
        CollectionAssert.AreEqual(new[] { (1, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3057", "FROM debian:12\nCMD [\"a\"]\n", hadolintYaml: "override:\n  warning:\n    - DL3057\n").ToList());

    [TestMethod]
    public void A_healthcheck_in_a_base_stage_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3057", "FROM debian:12 AS base\nHEALTHCHECK CMD true\nFROM base\nCMD [\"a\"]\n", hadolintYaml: "override:\n  warning:\n    - DL3057\n"));
}
