using ContainerSecurity.Delivery;
using ContainerSecurity.Network;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Delivery;

/// <summary>The registry's credentials and tokens go to the registry's own origin only: never to an upload Location or redirect elsewhere.</summary>
[TestClass]
public sealed class CredentialOriginTests
{
    [TestMethod]
    public async Task An_upload_Location_on_another_origin_gets_no_credentials()
    {
        // localhost and 127.0.0.1 on another port: another origin, as a storage host or an attacker's would be.
        using var elsewhere = new ScriptedHttpServer((_, s, ct) => ScriptedHttpServer.Answer(s, 201, ct: ct), hostName: "localhost");
        var registry = new ScriptedRegistry { UploadLocation = repo => $"{elsewhere.Origin}/upload/{Guid.NewGuid():N}?state=1" };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, _) = await RegistryTimeoutTests.Deliver(server, new NetworkLimits());

        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings.Select(f => f.Message)));
        var puts = elsewhere.Requests.Where(r => r.Method == "PUT").ToList();
        Assert.HasCount(2, puts, "the layer and the config were uploaded to the Location");
        Assert.IsTrue(puts.All(r => r.Authorization is null), "the other origin received: " + string.Join(", ", puts.Select(r => r.Authorization)));
        Assert.IsTrue(server.Requests.Where(r => r.Method == "PUT").All(r => r.Authorization == ScriptedRegistry.Basic), "the registry itself still gets its credentials");
    }

    [TestMethod]
    public async Task A_Location_on_the_same_host_but_another_port_gets_none_either()
    {
        using var elsewhere = new ScriptedHttpServer((_, s, ct) => ScriptedHttpServer.Answer(s, 201, ct: ct));
        var registry = new ScriptedRegistry { UploadLocation = repo => $"{elsewhere.Origin}/v2/{repo}/blobs/uploads/x" };
        using var server = new ScriptedHttpServer(registry.Respond);

        await RegistryTimeoutTests.Deliver(server, new NetworkLimits());

        Assert.IsNotEmpty(elsewhere.Requests);
        Assert.IsTrue(elsewhere.Requests.All(r => r.Authorization is null));
    }

    [TestMethod]
    public async Task A_401_challenge_from_another_origin_is_not_answered_with_the_registry_credentials()
    {
        using var elsewhere = new ScriptedHttpServer((_, s, ct) => ScriptedHttpServer.Answer(s, 401, "", ct, "WWW-Authenticate: Basic realm=\"steal\""), hostName: "localhost");
        var registry = new ScriptedRegistry { UploadLocation = repo => $"{elsewhere.Origin}/upload" };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, _) = await RegistryTimeoutTests.Deliver(server, new NetworkLimits());

        Assert.AreEqual("CSEC9004", result.Findings.Single().Code);
        StringAssert.Contains(result.Findings.Single().Message, "401");
        Assert.IsTrue(elsewhere.Requests.All(r => r.Authorization is null));
    }

    [TestMethod]
    public async Task A_redirect_to_another_origin_drops_the_credentials()
    {
        using var elsewhere = new ScriptedHttpServer((_, s, ct) => ScriptedHttpServer.Answer(s, 404, ct: ct), hostName: "localhost");
        var registry = new ScriptedRegistry { BlobCheck = (r, s, ct) => ScriptedHttpServer.Answer(s, 307, "", ct, $"Location: {elsewhere.Origin}{r.Target}") };
        using var server = new ScriptedHttpServer(registry.Respond);

        var (result, _) = await RegistryTimeoutTests.Deliver(server, new NetworkLimits());

        Assert.IsEmpty(result.Findings, string.Join("\n", result.Findings.Select(f => f.Message)));
        Assert.IsTrue(elsewhere.Requests.Any(r => r.Method == "HEAD"), "the redirect was followed");
        Assert.IsTrue(elsewhere.Requests.All(r => r.Authorization is null));
    }

    [TestMethod]
    public void Tokens_go_to_the_registry_origin_only_and_Basic_credentials_to_a_realm_only_over_https_or_loopback()
    {
        var origins = new CredentialOrigins(new RegistryCredential("u", "p"));
        origins.SetRegistry(new Uri("https://registry.example.com/"));
        origins.UseToken("tok", "repository:app:pull,push");

        Assert.AreEqual("Bearer tok", origins.For(new Uri("https://registry.example.com/v2/app/blobs/x"), "repository:app:pull,push")?.ToString());
        Assert.IsNull(origins.For(new Uri("https://storage.example.com/upload"), "repository:app:pull,push"));
        Assert.IsNull(origins.For(new Uri("http://registry.example.com/v2/"), "repository:app:pull,push"), "another scheme is another origin");
        Assert.IsNull(origins.For(new Uri("https://registry.example.com:8443/v2/"), "repository:app:pull,push"), "another port is another origin");

        Assert.IsNotNull(origins.ForRealm(new Uri("https://auth.example.com/token")));
        Assert.IsNotNull(origins.ForRealm(new Uri("http://127.0.0.1:5001/token")));
        Assert.IsNotNull(origins.ForRealm(new Uri("http://localhost:5001/token")));
        Assert.IsNull(origins.ForRealm(new Uri("http://auth.example.com/token")), "no Basic credentials in clear text across a network");
    }
}
