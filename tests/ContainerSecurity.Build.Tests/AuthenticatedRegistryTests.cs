using System.Text;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class AuthenticatedRegistryTests
{
    [TestMethod]
    public void Credentials_from_DOCKER_CONFIG_push_to_a_registry_with_basic_auth()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>");
        var dockerConfig = Path.Combine(project.Directory, "docker-config");
        Directory.CreateDirectory(dockerConfig);
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Services.AuthUser}:{Services.AuthPassword}"));
        File.WriteAllText(Path.Combine(dockerConfig, "config.json"), "{\"auths\":{\"" + Services.AuthRegistry + "\":{\"auth\":\"" + auth + "\"}}}");
        project.Environment["DOCKER_CONFIG"] = dockerConfig;

        var result = project.Publish($"-p:ContainerRegistry={Services.AuthRegistry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.AuthRegistry, project.Repository, "latest", Services.AuthUser, Services.AuthPassword));
    }

    [TestMethod]
    public void Without_credentials_the_push_fails_with_a_clear_error()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>");
        project.Environment["DOCKER_CONFIG"] = Path.Combine(project.Directory, "no-docker-config");

        var result = project.Publish($"-p:ContainerRegistry={Services.AuthRegistry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9004");
        StringAssert.Contains(error.Message, "docker login");
        Assert.DoesNotContain("MSB4018", result.Output);
    }
}
