using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL4003Tests
{
    [TestMethod]
    public void A_second_cmd_in_a_stage_warns() =>
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL4003", "FROM debian:12\nCMD [\"a\"]\nCMD [\"b\"]\n").ToList());

    [TestMethod]
    public void One_cmd_per_stage_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL4003", "FROM debian:12 AS build\nCMD [\"a\"]\nFROM debian:12\nCMD [\"b\"]\n"));
}
