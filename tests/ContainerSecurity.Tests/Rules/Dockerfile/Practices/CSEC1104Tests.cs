using ContainerSecurity.Findings;
using ContainerSecurity.Rules.Dockerfile;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class CSEC1104Tests
{
    private const string Text = "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM build AS test\nFROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n";

    [TestMethod]
    public void With_RequireDigest_images_without_a_digest_are_noted()
    {
        CollectionAssert.AreEqual(new[] { (1, DiagnosticLevel.Note) }, DockerfileLint.Of("CSEC1104", Text, new DockerfileSettings { RequireDigest = true }).ToList());
    }

    [TestMethod]
    public void Without_RequireDigest_nothing_is_reported() =>
        Assert.IsEmpty(DockerfileLint.Of("CSEC1104", Text));
}
