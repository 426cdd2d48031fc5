using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class ShellCommandKindTests
{
    private static SimpleCommand Command(string script) => ShellCommandSplitter.Split(script).Single();

    [TestMethod]
    [DataRow("apt-get update", "apt-get update")]
    [DataRow("/usr/bin/apt-get -o Dpkg::Options::=--force-confold install -y pkg", "apt-get install")]
    [DataRow("apk --no-cache add curl", "apk add")]
    [DataRow("apk add -t .build-deps gcc", "apk add")]
    [DataRow("yum -y install httpd", "yum install")]
    [DataRow("dnf --setopt install_weak_deps=False install -y x", "dnf install")]
    [DataRow("microdnf install -y shadow-utils", "microdnf install")]
    [DataRow("zypper --non-interactive install curl", "zypper install")]
    [DataRow("pip3.12 install --no-cache-dir -r requirements.txt", "pip3.12 install")]
    [DataRow("npm ci --omit dev", "npm ci")]
    [DataRow("yarn install --frozen-lockfile", "yarn install")]
    [DataRow("gem install bundler -v 2.5.0", "gem install")]
    [DataRow("go build -ldflags \"-s -w\" -o /out ./cmd/app", "go build")]
    [DataRow("curl -fsSL https://example.com", "curl https://example.com")]
    public void The_invocation_is_the_program_and_its_subcommand(string script, string invocation)
    {
        Assert.AreEqual(invocation, Command(script).Invocation);
    }

    [TestMethod]
    public void Every_recogniser_matches_by_program_name_also_through_a_path()
    {
        Assert.IsTrue(Command("/usr/bin/apt-get update").IsAptGet());
        Assert.IsTrue(Command("apt install x").IsApt());
        Assert.IsTrue(Command("/sbin/apk add x").IsApk());
        Assert.IsTrue(Command("dnf5 install x").IsDnf());
        Assert.IsTrue(Command("microdnf install x").IsMicrodnf());
        Assert.IsTrue(Command("yarn add x").IsYarn());
        Assert.IsTrue(Command("/usr/local/go/bin/go install x@latest").IsGo());
        Assert.IsTrue(Command("curl -O x").IsCurl());
        Assert.IsTrue(Command("wget -q x").IsWget());
        Assert.IsTrue(Command("sudo x").IsSudo());
        Assert.IsTrue(Command("cd /app").IsCd());
        Assert.IsTrue(Command("/usr/sbin/useradd -r -u 1001 app").IsUseradd());
        Assert.IsFalse(Command("apt-get-helper x").IsAptGet());
        Assert.IsTrue(Command("apt-get install -y x").Is("apt-get", "install"));
        Assert.IsFalse(Command("apt-get update").Is("apt-get", "install"));
        Assert.IsTrue(Command("dnf5 install x").Is("dnf", "install"));
        Assert.IsTrue(Command("/usr/bin/dnf5 install -y x").HasAnyArg("dnf", "install"));
        Assert.IsFalse(Command("dnf install x").Is("dnf5"));
        Assert.IsFalse(Command("dnf-3 install x").IsDnf());
    }

    [TestMethod]
    [DataRow("apt-get install -yq x", "-q", true)]
    [DataRow("apt-get install --yes x", "-y", false)]
    [DataRow("apt-get install --no-install-recommends=true x", "--no-install-recommends", true)]
    [DataRow("apt-get install -- -y", "-y", false)]
    [DataRow("pip install --no-cache-dir x", "no-cache-dir", true)]
    [DataRow("apk add --no-cache x", "--no-cache", true)]
    [DataRow("apk add --no-cache-dir x", "--no-cache", false)]
    public void HasFlag_understands_groups_and_values(string script, string flag, bool expected)
    {
        Assert.AreEqual(expected, Command(script).HasFlag(flag));
    }

    [TestMethod]
    public void Package_arguments_skip_options_and_values_of_known_options()
    {
        CollectionAssert.AreEqual(new[] { "gcc", "musl-dev" }, Command("apk add --virtual .deps gcc musl-dev").PackageArguments().ToArray());
        CollectionAssert.AreEqual(new[] { "flask==3.0", "gunicorn" }, Command("pip install -r req.txt flask==3.0 -i https://x gunicorn").PackageArguments().ToArray());
        CollectionAssert.AreEqual(new[] { "-weird" }, Command("apt-get install -y -- -weird").PackageArguments().ToArray());
        Assert.IsEmpty(Command("apt-get update").PackageArguments());
        Assert.IsEmpty(Command("make").PackageArguments());
    }
}
