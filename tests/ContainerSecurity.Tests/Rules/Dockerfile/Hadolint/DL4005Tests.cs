using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL4005Tests
{
    [TestMethod]
    public void Relinking_bin_sh_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL4005", "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n").ToList());

    [TestMethod]
    public void Other_links_pass() =>
        Assert.IsEmpty(DockerfileLint.Of("DL4005", "FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n"));
}
