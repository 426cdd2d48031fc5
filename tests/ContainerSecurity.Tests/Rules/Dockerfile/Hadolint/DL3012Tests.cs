using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3012, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3012Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nHEALTHCHECK CMD /bin/check\nHEALTHCHECK CMD /bin/other\n", 3)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3012", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nHEALTHCHECK CMD /bin/check\n")]
    [DataRow("FROM debian:12\nHEALTHCHECK CMD /bin/check\nFROM debian:12\nHEALTHCHECK CMD /bin/check\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3012", dockerfile));
}
