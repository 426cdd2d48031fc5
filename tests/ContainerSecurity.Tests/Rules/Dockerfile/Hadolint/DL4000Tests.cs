using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL4000Tests
{
    [TestMethod]
    public void Maintainer_is_an_error() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Error) }, DockerfileLint.Of("DL4000", "FROM debian:12\nMAINTAINER Lukas\n").ToList());

    [TestMethod]
    public void A_maintainer_label_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL4000", "FROM debian:12\nLABEL maintainer=\"Lukas\"\n"));
}
