using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3010, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3010Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n", 2)]
    [DataRow("FROM debian:12\nCOPY build.tar.gz /tmp/\nRUN tar --extract -f /tmp/build.tar.gz\n", 2)]
    [DataRow("FROM debian:12\nCOPY app.tar.xz /opt/app.tar.xz\nRUN unxz /opt/app.tar.xz\n", 2)]
    [DataRow("FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n", 2)]
    [DataRow("FROM debian:12\nCOPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n", 2)]
    [DataRow("FROM debian:12\nCOPY build\\foo\\bar.tar.gz \"C:\\Program Files\\Foo\"\nRUN tar -xf \"C:\\Program Files\\Foo\\bar.tar.gz\"\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3010", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nCOPY packaged-app.tar /usr/src/app\n")]
    [DataRow("FROM debian:12\nADD packaged-app.tar /usr/src/app\n")]
    [DataRow("FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nFROM debian:12\nRUN tar -xf /usr/src/app/packaged-app.tar\n")]
    [DataRow("FROM debian:12\nCOPY --from=build /app.tar /tmp/\nRUN tar -xf /tmp/app.tar\n")]
    [DataRow("FROM debian:12\nCOPY package.json /usr/src/app\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3010", dockerfile));
}
