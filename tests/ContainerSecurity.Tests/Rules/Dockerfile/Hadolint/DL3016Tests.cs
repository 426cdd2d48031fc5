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
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3016", dockerfile));
}
