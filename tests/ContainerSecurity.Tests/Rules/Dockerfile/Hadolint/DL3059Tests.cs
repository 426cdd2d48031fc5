using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3059Tests
{
    [TestMethod]
    public void Consecutive_runs_are_noted() =>
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3059", "FROM debian:12\nRUN a\nRUN b\n").ToList());

    [TestMethod]
    public void Separated_or_differently_mounted_runs_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3059", "FROM debian:12\nRUN a\nWORKDIR /x\nRUN b\nRUN --mount=type=cache,target=/c c\nRUN d && e && f\nRUN g\n"));
}
