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
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache \\\n flex=2.6.4-r1 \\\n libffi \\\n python2=2.7.13-r1\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3018", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM alpine:3.20\nRUN apk add flex=2.6.4-r1\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add 'flex~2.6'\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add --virtual .build-deps flex=2.6\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add /tmp/pkg.apk\n")]
    [DataRow("FROM alpine:3.20\nRUN apk update\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache git~2.52.0\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add \\\n --virtual build-dependencies \\\n python-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n && pip install -r requirements.txt \\\n && apk del build-dependencies\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache --repository https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache --repository=https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0\n")]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache -X https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3018", dockerfile));
}
