using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3062Tests
{
    [TestMethod]
    public void Unpinned_go_install_warns() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (3, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3062", "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest\nRUN go install github.com/a/b\n").ToList());

    [TestMethod]
    public void Pinned_go_install_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3062", "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.1\nRUN go install ./cmd/app\n"));
}
