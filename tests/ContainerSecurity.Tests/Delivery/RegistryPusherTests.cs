using ContainerSecurity.Delivery;
using ContainerSecurity.Images;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Delivery;

[TestClass]
public sealed class RegistryPusherTests
{
    [TestMethod]
    [DataRow("Bearer")]
    [DataRow("Basic")]
    public async Task Pushes_the_scanned_manifest_bytes_with_token_or_basic_auth(string scheme)
    {
        using var registry = new FakeRegistry(scheme, "user", "pa:ss");
        using var archive = ImageArchive.Open(Archive(user: "app"));

        var delivered = await Push(registry, archive, new RegistryCredential("user", "pa:ss"), mountFrom: null);

        var image = archive.Images.Single();
        Assert.AreEqual(image.ManifestDigest, delivered.Single().Digest);
        CollectionAssert.AreEqual(image.ManifestBytes, registry.Manifests["app/web:1.0"]);
        Assert.IsTrue(registry.Blobs.ContainsKey("app/web@" + image.ConfigDescriptor.Digest));
        Assert.IsTrue(registry.Blobs.ContainsKey("app/web@" + image.Layers[0].Digest));
    }

    [TestMethod]
    public async Task Base_layers_are_mounted_from_the_base_repository_instead_of_uploaded()
    {
        using var registry = new FakeRegistry("Bearer", "user", "pw");
        using var archive = ImageArchive.Open(Archive(user: "app"));
        var layer = archive.Images.Single().Layers[0];
        registry.Blobs["base/runtime@" + layer.Digest] = [1];

        await Push(registry, archive, new RegistryCredential("user", "pw"), mountFrom: "base/runtime");

        Assert.IsTrue(registry.Log.Any(l => l.Contains("mount=" + Uri.EscapeDataString(layer.Digest)) && l.Contains("from=base")));
        Assert.IsFalse(registry.Log.Any(l => l.StartsWith("PUT") && l.Contains("digest=" + Uri.EscapeDataString(layer.Digest))), "the mounted layer must not be uploaded");
    }

    [TestMethod]
    public async Task Wrong_credentials_are_a_delivery_error_that_names_the_fix()
    {
        using var registry = new FakeRegistry("Basic", "user", "pw");
        using var archive = ImageArchive.Open(Archive(user: "app"));

        var e = await Assert.ThrowsExactlyAsync<DeliveryException>(() => Push(registry, archive, new RegistryCredential("user", "wrong"), null));
        StringAssert.Contains(e.Message, "401");
        StringAssert.Contains(e.Message, "docker login");
        Assert.IsEmpty(registry.Manifests);
    }

    [TestMethod]
    public async Task No_credentials_for_a_registry_that_wants_them_says_how_to_log_in()
    {
        using var registry = new FakeRegistry("Basic", "user", "pw");
        using var archive = ImageArchive.Open(Archive(user: "app"));

        var e = await Assert.ThrowsExactlyAsync<DeliveryException>(() => Push(registry, archive, null, null));
        StringAssert.Contains(e.Message, "docker login");
    }

    private static async Task<IReadOnlyList<DeliveredImage>> Push(FakeRegistry registry, ImageArchive archive, RegistryCredential? credential, string? mountFrom)
    {
        using var client = new RegistryClient(new RegistryEndpoint(registry.Host, Insecure: true), credential);
        return await new RegistryPusher(client).PushAsync(archive, registry.Host, "app/web", ["1.0"], mountFrom, CancellationToken.None);
    }

    private static string Archive(string user)
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user);
        return builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
    }
}
