using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3061Tests
{
    [TestMethod]
    public void An_instruction_before_from_is_an_error() =>
        CollectionAssert.AreEqual(new[] { (1, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3061", "LABEL foo=bar\nFROM debian:12\n").ToList());

    [TestMethod]
    public void Arg_and_comments_before_from_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3061", "# syntax\nARG TAG=12\nFROM debian:$TAG\nLABEL foo=bar\n"));
}
