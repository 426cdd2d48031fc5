using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL4004Tests
{
    [TestMethod]
    public void A_second_entrypoint_in_a_stage_is_an_error() =>
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Error) }, DockerfileLint.Of("DL4004", "FROM debian:12\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]\n").ToList());

    [TestMethod]
    public void One_entrypoint_per_stage_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL4004", "FROM debian:12 AS build\nENTRYPOINT [\"a\"]\nFROM debian:12\nENTRYPOINT [\"b\"]\n"));
}
