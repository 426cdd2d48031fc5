using System.Text;
using ContainerSecurity.Delivery;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Delivery;

[TestClass]
public sealed class RegistryCredentialsTests
{
    [TestMethod]
    public void Environment_variables_come_first()
    {
        var env = new Dictionary<string, string> { ["DOTNET_CONTAINER_REGISTRY_UNAME"] = "u", ["DOTNET_CONTAINER_REGISTRY_PWORD"] = "p" };
        Assert.AreEqual(new RegistryCredential("u", "p"), new RegistryCredentials(k => env.GetValueOrDefault(k)).For("localhost:5001"));
    }

    [TestMethod]
    public void Docker_config_auths_are_read_from_DOCKER_CONFIG()
    {
        var dir = OciImageBuilder.TempDirectory();
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("csecuser:s3cr:et"));
        File.WriteAllText(Path.Combine(dir, "config.json"), "{\"auths\":{\"http://localhost:5001\":{\"auth\":\"" + auth + "\"},\"other:1\":{\"auth\":\"eDp5\"}}}");
        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = dir };

        var credential = new RegistryCredentials(k => env.GetValueOrDefault(k)).For("localhost:5001");

        Assert.AreEqual(new RegistryCredential("csecuser", "s3cr:et"), credential);
    }

    [TestMethod]
    public void No_credentials_is_null()
    {
        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = OciImageBuilder.TempDirectory(), ["HOME"] = OciImageBuilder.TempDirectory() };
        Assert.IsNull(new RegistryCredentials(k => env.GetValueOrDefault(k)).For("localhost:5001"));
    }

    [TestMethod]
    public void Localhost_and_listed_registries_are_insecure()
    {
        var env = new Dictionary<string, string> { ["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = "127.0.0.1:5000;myreg:80" };
        Assert.IsTrue(RegistryEndpoint.For("localhost:5000", k => env.GetValueOrDefault(k)).Insecure);
        Assert.IsTrue(RegistryEndpoint.For("127.0.0.1:5000", k => env.GetValueOrDefault(k)).Insecure);
        Assert.IsFalse(RegistryEndpoint.For("127.0.0.1:5001", k => env.GetValueOrDefault(k)).Insecure);
        Assert.IsFalse(RegistryEndpoint.For("ghcr.io", k => env.GetValueOrDefault(k)).Insecure);
    }
}
