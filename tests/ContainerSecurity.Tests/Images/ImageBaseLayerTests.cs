using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

[TestClass]
public sealed class ImageBaseLayerTests
{
    private const string SdkCreatedBy = ".NET SDK Container Tooling, version 10.0.100+2f0c6a1e";

    [TestMethod]
    public void The_layer_the_sdk_added_is_the_app_and_the_rest_came_with_the_base_image()
    {
        // The shape of an app published with the SDK on mcr.microsoft.com/dotnet/aspnet: the base image's Dockerfile
        // history (ENV and the like write no layer), then the one entry the SDK adds for the app layer.
        object[] history =
        [
            new { created = "2025-06-10T00:00:00Z", created_by = "# debian.sh --arch 'amd64' out/ 'bookworm' '@1749513600'", comment = "debuerreotype 0.15" },
            new { created = "2025-06-11T01:02:03Z", created_by = "ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true", comment = "buildkit.dockerfile.v0", empty_layer = true },
            new { created = "2025-06-11T01:02:03Z", created_by = "RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends ca-certificates libc6 libicu72 libssl3 tzdata zlib1g # buildkit", comment = "buildkit.dockerfile.v0" },
            new { created = "2025-06-11T01:02:05Z", created_by = "RUN /bin/sh -c groupadd --gid=$APP_UID app && useradd -l --uid=$APP_UID --gid=$APP_UID --create-home app # buildkit", comment = "buildkit.dockerfile.v0" },
            new { created = "2025-06-11T01:02:09Z", created_by = "ENV DOTNET_VERSION=10.0.0", comment = "buildkit.dockerfile.v0", empty_layer = true },
            new { created = "2025-06-11T01:02:09Z", created_by = "COPY /dotnet /usr/share/dotnet # buildkit", comment = "buildkit.dockerfile.v0" },
            new { created = "2025-06-11T01:02:11Z", created_by = "RUN /bin/sh -c ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet # buildkit", comment = "buildkit.dockerfile.v0" },
            new { created = "2025-06-11T01:02:12Z", created_by = "ENV ASPNET_VERSION=10.0.0", comment = "buildkit.dockerfile.v0", empty_layer = true },
            new { created = "2025-06-11T01:02:12Z", created_by = "COPY /shared/Microsoft.AspNetCore.App /usr/share/dotnet/shared/Microsoft.AspNetCore.App # buildkit", comment = "buildkit.dockerfile.v0" },
            new { author = ".NET SDK", created = "2025-07-01T09:15:42.1234567Z", created_by = SdkCreatedBy },
        ];

        var fs = LayeredImage.Read(Layers(6), history: history);

        CollectionAssert.AreEqual(new[] { true, true, true, true, true, false }, fs.Layers.Select(l => l.IsBaseLayer).ToList());
        Assert.IsTrue(fs.Find("/layer0")!.FromBaseImage);
        Assert.IsFalse(fs.Find("/layer5")!.FromBaseImage);
    }

    [TestMethod]
    public void Without_history_every_layer_but_the_last_is_the_base_image()
    {
        var fs = LayeredImage.Read(Layers(3));

        CollectionAssert.AreEqual(new[] { true, true, false }, fs.Layers.Select(l => l.IsBaseLayer).ToList());
        CollectionAssert.AreEqual(new[] { true, true, false }, fs.Files.Select(f => f.FromBaseImage).ToList());
    }

    [TestMethod]
    public void A_single_layer_is_the_app()
    {
        Assert.IsFalse(LayeredImage.Read(Layers(1)).Layers[0].IsBaseLayer);
    }

    [TestMethod]
    public void Layers_appended_after_the_sdk_layer_are_the_app_too()
    {
        object[] history = [Dockerfile("ADD rootfs.tar.xz /"), Dockerfile("RUN apt-get install -y curl"), Sdk("2025-07-01T09:15:42Z"), Dockerfile("COPY extra /extra")];

        var fs = LayeredImage.Read(Layers(4), history: history);

        CollectionAssert.AreEqual(new[] { true, true, false, false }, fs.Layers.Select(l => l.IsBaseLayer).ToList());
    }

    [TestMethod]
    public void A_base_image_built_by_the_sdk_stays_the_base()
    {
        object[] history = [Dockerfile("ADD rootfs.tar.xz /"), Sdk("2025-05-01T00:00:00Z"), Sdk("2025-07-01T09:15:42Z")];

        var fs = LayeredImage.Read(Layers(3), history: history);

        CollectionAssert.AreEqual(new[] { true, true, false }, fs.Layers.Select(l => l.IsBaseLayer).ToList());
    }

    [TestMethod]
    public void Copies_the_sdk_pads_a_history_less_base_with_are_the_base()
    {
        // A base image without history: the SDK writes one identical entry per layer it cannot account for.
        object[] history = [Sdk("2025-07-01T09:15:42Z"), Sdk("2025-07-01T09:15:42Z"), Sdk("2025-07-01T09:15:42Z")];

        var fs = LayeredImage.Read(Layers(3), history: history);

        CollectionAssert.AreEqual(new[] { true, true, false }, fs.Layers.Select(l => l.IsBaseLayer).ToList());
    }

    [TestMethod]
    public void History_that_does_not_describe_every_layer_is_not_trusted()
    {
        object[] history = [Sdk("2025-07-01T09:15:42Z"), Dockerfile("COPY a /a")];

        var fs = LayeredImage.Read(Layers(3), history: history);

        CollectionAssert.AreEqual(new[] { true, true, false }, fs.Layers.Select(l => l.IsBaseLayer).ToList());
    }

    private static object Dockerfile(string createdBy) => new { created = "2025-06-11T01:02:03Z", created_by = createdBy, comment = "buildkit.dockerfile.v0" };

    private static object Sdk(string created) => new { author = ".NET SDK", created, created_by = SdkCreatedBy };

    private static LayerBlob[] Layers(int count) =>
        Enumerable.Range(0, count).Select(i => new TestLayer().File($"layer{i}", $"{i}").Gzip()).ToArray();
}
