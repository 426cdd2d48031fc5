using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3000, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3000Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nWORKDIR relative\n", 2)]
    [DataRow("FROM debian:12\nWORKDIR \"relative/dir\"\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3000", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nWORKDIR /usr/local\n")]
    [DataRow("FROM debian:12\nWORKDIR $HOME\n")]
    [DataRow("FROM debian:12\nWORKDIR \"/home/app\"\n")]
    [DataRow("FROM mcr.microsoft.com/windows:ltsc2022\nWORKDIR C:\\\\app\n")]
    [DataRow("FROM debian:12\nWORKDIR 'D:\\\\data'\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3000", dockerfile));
}
