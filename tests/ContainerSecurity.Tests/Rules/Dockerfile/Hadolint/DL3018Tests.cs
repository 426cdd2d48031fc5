using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3018, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3018Tests
{
    [TestMethod]
    [DataRow("FROM alpine:3.20\nRUN apk add flex\n", 2)]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache flex=2.6 bison\n", 2)]
    [DataRow("FROM alpine:3.20\nONBUILD RUN apk add flex\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3018", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM alpine:3.20\nRUN apk add flex=2.6.4-r1\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add 'flex~2.6'\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add --virtual .build-deps flex=2.6\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add /tmp/pkg.apk\n")]
    [DataRow("FROM alpine:3.20\nRUN apk update\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3018", dockerfile));
}
