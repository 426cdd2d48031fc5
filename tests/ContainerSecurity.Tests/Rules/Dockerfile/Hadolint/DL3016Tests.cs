using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3016, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3016Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN npm install express\n", 2)]
    [DataRow("FROM debian:12\nRUN npm install -g @angular/cli\n", 2)]
    [DataRow("FROM debian:12\nRUN npm install git+https://github.com/npm/npm.git\n", 2)]
    [DataRow("FROM node:22\nRUN npm install @myorg/privatepackage\n", 2)]
    [DataRow("FROM node:22\nRUN npm install express sax@0.1.1\n", 2)]
    [DataRow("FROM node:22\nRUN npm install --global express\n", 2)]
    [DataRow("FROM node:22\nRUN npm install git+ssh://git@github.com:npm/npm.git\n", 2)]
    [DataRow("FROM node:22\nRUN npm install git+http://isaacs@github.com/npm/npm\n", 2)]
    [DataRow("FROM node:22\nRUN npm install git://github.com/npm/npm.git\n", 2)]
    [DataRow("FROM node:22\nRUN npm install --registry https://example.com express\n", 2)]
    [DataRow("FROM node:22\nRUN npm install --registry=https://example.com express\n", 2)]
    [DataRow("FROM node:22\nONBUILD RUN npm install express\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3016", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN npm install\n")]
    [DataRow("FROM debian:12\nRUN npm install express@4.1.1\n")]
    [DataRow("FROM debian:12\nRUN npm install @angular/cli@1.0.0\n")]
    [DataRow("FROM debian:12\nRUN npm install git+https://github.com/npm/npm.git#v1.0.27\n")]
    [DataRow("FROM debian:12\nRUN npm install ./local-folder\n")]
    [DataRow("FROM debian:12\nRUN npm install package.tgz\n")]
    [DataRow("FROM debian:12\nRUN npm ci\n")]
    [DataRow("FROM debian:12\nRUN npm run install\n")]
    [DataRow("FROM node:22\nRUN npm install --progress=false\n")]
    [DataRow("FROM node:22\nRUN npm install @myorg/privatepackage@\\\">=0.1.0\\\"\n")]
    [DataRow("FROM node:22\nRUN npm install express@\\\"4.1.1\\\" sax@0.1.1\n")]
    [DataRow("FROM node:22\nRUN npm install -g express@\\\"4.1.1\\\"\n")]
    [DataRow("FROM node:22\nRUN npm install package-v1.2.3.tar\n")]
    [DataRow("FROM node:22\nRUN npm install /folder\n")]
    [DataRow("FROM node:22\nRUN npm install ../folder\n")]
    [DataRow("FROM node:22\nRUN npm install ~/folder\n")]
    [DataRow("FROM node:22\nRUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27\n")]
    [DataRow("FROM node:22\nRUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0\n")]
    [DataRow("FROM node:22\nRUN npm install git://github.com/npm/npm.git#v1.0.27\n")]
    [DataRow("FROM node:22\nRUN npm run --crazy install\n")]
    [DataRow("FROM node:22\nRUN npm install --loglevel verbose sax@0.1.1\n")]
    [DataRow("FROM node:22\nRUN npm install --registry https://example.com sax@0.1.1\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3016", dockerfile));
}
