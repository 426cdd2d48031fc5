using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class FlagTests
{
    [TestMethod]
    public void Flags_are_read_in_order_with_their_values_and_positions()
    {
        var document = DockerfileParser.Parse(
            "FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk \\\n    --mount=type=secret,id=npmrc --network=none apk add curl\n");

        var run = document.Instructions[1];
        CollectionAssert.AreEqual(new[] { "mount", "mount", "network" }, run.Flags.Select(f => f.Name).ToArray());
        Assert.AreEqual(new InstructionFlag("mount", "type=cache,target=/var/cache/apk", "--mount=type=cache,target=/var/cache/apk", 2, 5), run.Flags[0]);
        Assert.AreEqual((3, 5), (run.Flags[1].Line, run.Flags[1].Column));
        Assert.AreEqual((3, 34), (run.Flags[2].Line, run.Flags[2].Column));
        CollectionAssert.AreEqual(new[] { "type=cache,target=/var/cache/apk", "type=secret,id=npmrc" }, run.FlagValues("mount").ToArray());
        Assert.AreEqual("none", run.Flag("network")!.Value);
        Assert.AreEqual("apk add curl", run.Arguments);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("COPY --from=build --chown=app:app --chmod=0755 --link /src /dst", "from=build|chown=app:app|chmod=0755|link")]
    [DataRow("COPY --link=false --parents --exclude=*.md --exclude=*.txt . /dst", "link=false|parents|exclude=*.md|exclude=*.txt")]
    [DataRow("ADD --checksum=sha256:abc --keep-git-dir=true --chown=1000 https://x/y.tgz /y", "checksum=sha256:abc|keep-git-dir=true|chown=1000")]
    [DataRow("FROM --platform=$BUILDPLATFORM golang:1.22 AS build", "platform=$BUILDPLATFORM")]
    [DataRow("RUN --network=host --security=insecure make", "network=host|security=insecure")]
    [DataRow("HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD true", "interval=30s|timeout=3s|start-period=5s|start-interval=1s|retries=3")]
    [DataRow("COPY --chown=\"app user\" a /b", "chown=app user")]
    [DataRow("COPY --from=bu\\ild a /b", "from=build")]
    [DataRow("COPY -- --not-a-flag /b", "")]
    public void Every_BuildKit_flag_is_accepted(string line, string flags)
    {
        var document = DockerfileParser.Parse("FROM alpine AS build\n" + line + "\n");

        var instruction = document.Instructions[1];
        Assert.AreEqual(flags, string.Join("|", instruction.Flags.Select(f => f.Value is null ? f.Name : $"{f.Name}={f.Value}")));
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    public void A_double_dash_ends_the_flags()
    {
        var copy = DockerfileParser.Parse("FROM alpine\nCOPY --link -- --odd-name /dst\n").Instructions[1];

        Assert.AreEqual("link", copy.Flags.Single().Name);
        Assert.AreEqual("--odd-name /dst", copy.Arguments);
    }

    [TestMethod]
    [DataRow("COPY --form=build a /b", "Unknown flag: form (COPY accepts --chown, --from, --chmod, --link, --exclude, --parents)", 6)]
    [DataRow("COPY --from=a --from=b a /b", "Duplicate flag specified: from: give --from once", 15)]
    [DataRow("COPY --from a /b", "Missing a value on flag: from: write --from=<value>", 6)]
    [DataRow("COPY --link= a /b", "Missing a value on flag: link: write --link or --link=true", 6)]
    [DataRow("COPY --link=yes a /b", "Expecting boolean value for flag link, not: yes", 6)]
    [DataRow("ENV --x=1 A=b", "Unknown flag: x (ENV takes no flags)", 5)]
    [DataRow("RUN --network=bridge make", "unsupported network mode \"bridge\": use one of default, none, host", 5)]
    [DataRow("RUN --security=privileged make", "unsupported security mode \"privileged\": use sandbox or insecure", 5)]
    [DataRow("RUN --mount=type=volume,target=/x make", "unsupported mount type \"volume\": use one of bind, cache, tmpfs, secret, ssh", 5)]
    public void Flags_BuildKit_rejects_are_errors_at_the_flag(string line, string message, int column)
    {
        var document = DockerfileParser.Parse("FROM alpine\n" + line + "\n");

        Assert.AreEqual(new DockerfileError(message, 2, column), document.Errors.Single());
    }

    [TestMethod]
    public void ARG_STOPSIGNAL_and_HEALTHCHECK_NONE_ignore_their_flags_as_BuildKit_does()
    {
        var document = DockerfileParser.Parse("ARG --bogus A=1\nFROM alpine\nSTOPSIGNAL --bogus SIGTERM\nHEALTHCHECK --bogus NONE\n");

        Assert.IsEmpty(document.Errors);
    }
}
