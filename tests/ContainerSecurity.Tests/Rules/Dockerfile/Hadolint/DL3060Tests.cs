using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

[TestClass]
public sealed class DL3060Tests
{
    [TestMethod]
    public void Yarn_install_without_cache_clean_is_noted() =>
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3060", "FROM node:22\nRUN yarn install --frozen-lockfile\n").ToList());

    [TestMethod]
    public void Yarn_cache_clean_passes() =>
        Assert.IsEmpty(DockerfileLint.Of("DL3060", "FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\nRUN --mount=type=cache,target=/usr/local/share/.cache yarn install\n"));
}
