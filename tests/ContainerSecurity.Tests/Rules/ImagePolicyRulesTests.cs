using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Image;

namespace ContainerSecurity.Tests.Rules;

[TestClass]
public sealed class ImagePolicyRulesTests
{
    [TestMethod]
    [DataRow(typeof(ImageSizeRule), "CSEC2005", DiagnosticLevel.Warning)]
    [DataRow(typeof(RemoteShellPortRule), "CSEC2006", DiagnosticLevel.Warning)]
    [DataRow(typeof(FloatingBaseTagRule), "CSEC5004", DiagnosticLevel.Warning)]
    [DataRow(typeof(UnpinnedBaseRule), "CSEC5005", DiagnosticLevel.Note)]
    [DataRow(typeof(StaleBaseImageRule), "CSEC5006", DiagnosticLevel.Warning)]
    public void Each_policy_rule_reports_under_its_code_and_level(Type rule, string code, DiagnosticLevel level)
    {
        var registered = RuleRegistry.ImageRules.Single(r => r.GetType() == rule);
        Assert.AreEqual(code, registered.Info.Id);
        Assert.AreEqual(level, registered.Info.DefaultLevel);
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.0", "mcr.microsoft.com", "dotnet/runtime", "10.0", null)]
    [DataRow("ubuntu", "docker.io", "library/ubuntu", null, null)]
    [DataRow("localhost:5000/csec/synthetic:1", "localhost:5000", "csec/synthetic", "1", null)]
    [DataRow("ghcr.io/org/app@sha256:abc", "ghcr.io", "org/app", null, "sha256:abc")]
    [DataRow("myorg/app:2.1", "docker.io", "myorg/app", "2.1", null)]
    public void Image_references_parse_as_docker_does(string text, string registry, string repository, string? tag, string? digest) =>
        Assert.AreEqual(new ImageReference(registry, repository, tag, digest), ImageReference.Parse(text));

    [TestMethod]
    public void An_untrusted_base_registry_is_an_error_and_a_trusted_one_passes()
    {
        var policy = new ImageSettings { TrustedRegistries = ["mcr.microsoft.com", "localhost:5000"] };
        Assert.HasCount(1, new UntrustedBaseRegistryRule().Check(ImageContexts.With(ImageContexts.BasedOn("docker.io/library/ubuntu:24.04"), policy)).ToList());
        Assert.IsEmpty(new UntrustedBaseRegistryRule().Check(ImageContexts.With(ImageContexts.BasedOn("mcr.microsoft.com/dotnet/runtime:10.0"), policy)).ToList());
        Assert.IsEmpty(new UntrustedBaseRegistryRule().Check(ImageContexts.With(ImageContexts.BasedOn("docker.io/library/ubuntu:24.04"))).ToList(), "no list means any registry");
    }

    [TestMethod]
    public void The_base_image_falls_back_to_the_projects_ContainerBaseImage()
    {
        var policy = new ImageSettings { TrustedRegistries = ["mcr.microsoft.com"], BaseImage = "quay.io/x/y:1" };
        StringAssert.Contains(new UntrustedBaseRegistryRule().Check(ImageContexts.With(new ImageConfig(), policy)).Single().Message, "quay.io");
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/runtime:latest", true)]
    [DataRow("mcr.microsoft.com/dotnet/runtime", true)]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.0", false)]
    [DataRow("mcr.microsoft.com/dotnet/runtime@sha256:0123", false)]
    public void A_floating_base_tag_is_a_warning(string baseImage, bool caught) =>
        Assert.AreEqual(caught ? 1 : 0, new FloatingBaseTagRule().Check(ImageContexts.With(ImageContexts.BasedOn(baseImage))).Count());

    [TestMethod]
    public void SSH_and_Telnet_ports_are_caught()
    {
        var hits = new RemoteShellPortRule().Check(ImageContexts.With(new ImageConfig { ExposedPorts = ["8080/tcp", "22/tcp", "23/tcp"] })).ToList();
        Assert.HasCount(2, hits);
        Assert.IsEmpty(new RemoteShellPortRule().Check(ImageContexts.With(new ImageConfig { ExposedPorts = ["8080/tcp"] })).ToList());
    }

    [TestMethod]
    public void An_image_over_the_size_limit_is_a_warning()
    {
        var policy = new ImageSettings { MaxImageSizeMB = 100 };
        Assert.HasCount(1, new ImageSizeRule().Check(ImageContexts.With(new ImageConfig(), policy, layerBytes: 101L * 1024 * 1024)).ToList());
        Assert.IsEmpty(new ImageSizeRule().Check(ImageContexts.With(new ImageConfig(), policy, layerBytes: 99L * 1024 * 1024)).ToList());
        Assert.IsEmpty(new ImageSizeRule().Check(ImageContexts.With(new ImageConfig(), new ImageSettings { MaxImageSizeMB = 0 }, layerBytes: long.MaxValue / 2)).ToList());
    }

    [TestMethod]
    public void Secrets_in_env_labels_and_history_are_caught_and_masked()
    {
        var config = new ImageConfig
        {
            Env = ["PATH=/usr/bin", "DB_PASSWORD=hunter2hunter2", "API_TOKEN_FILE=/run/secrets/token", "ASPNETCORE_HTTP_PORTS=8080"],
            Labels = new Dictionary<string, string> { ["deploy.token"] = "ghp_" + new string('A', 18) + new string('b', 18) },
            History = ["/bin/sh -c curl -fsSL https://admin:s3cretpass9@packages.internal/feed", "RUN apt-get update"],
        };

        var hits = new ImageSecretRule().Check(ImageContexts.With(config)).ToList();

        Assert.HasCount(3, hits, string.Join("\n", hits.Select(h => h.Message)));
        Assert.IsFalse(hits.Any(h => h.Message.Contains("hunter2hunter2") || h.Message.Contains(new string('b', 18))), "values are masked");
    }

    [TestMethod]
    public void A_base_image_not_pinned_by_digest_gets_a_note()
    {
        Assert.HasCount(1, new UnpinnedBaseRule().Check(ImageContexts.With(ImageContexts.BasedOn("mcr.microsoft.com/dotnet/runtime:10.0"))).ToList());
        Assert.IsEmpty(new UnpinnedBaseRule().Check(ImageContexts.With(ImageContexts.BasedOn("mcr.microsoft.com/dotnet/runtime:10.0@sha256:0123"))).ToList());
    }

    [TestMethod]
    public void A_stale_base_image_is_dated_by_its_own_history_not_the_apps_layer()
    {
        var now = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);
        var config = new ImageConfig
        {
            History = ["base step", ".NET SDK Container Tooling, version 10.0.401"],
            HistoryCreated = [now.AddDays(-200), now],
            HistoryBySdk = [false, true],
        };

        var hit = new StaleBaseImageRule().Check(ImageContexts.With(config, new ImageSettings { Now = now, MaxBaseImageAgeDays = 180 })).Single();
        StringAssert.Contains(hit.Message, "200 days ago");
        Assert.IsEmpty(new StaleBaseImageRule().Check(ImageContexts.With(config, new ImageSettings { Now = now, MaxBaseImageAgeDays = 365 })).ToList());
        Assert.IsEmpty(new StaleBaseImageRule().Check(ImageContexts.With(config, new ImageSettings { Now = now, MaxBaseImageAgeDays = 0 })).ToList());
    }
}
