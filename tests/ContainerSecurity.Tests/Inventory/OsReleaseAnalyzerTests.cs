using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class OsReleaseAnalyzerTests
{
    private const string Debian12 = """
        PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
        NAME="Debian GNU/Linux"
        VERSION_ID="12"
        VERSION="12 (bookworm)"
        VERSION_CODENAME=bookworm
        ID=debian
        HOME_URL="https://www.debian.org/"
        """;

    private const string Ubuntu2404 = """
        PRETTY_NAME="Ubuntu 24.04.1 LTS"
        NAME="Ubuntu"
        VERSION_ID="24.04"
        VERSION="24.04.1 LTS (Noble Numbat)"
        VERSION_CODENAME=noble
        ID=ubuntu
        ID_LIKE=debian
        UBUNTU_CODENAME=noble
        LOGO=ubuntu-logo
        """;

    private const string Alpine = """
        NAME="Alpine Linux"
        ID=alpine
        VERSION_ID=3.20.3
        PRETTY_NAME="Alpine Linux v3.20"
        HOME_URL="https://alpinelinux.org/"
        """;

    private const string AzureLinux3 = """
        NAME="Microsoft Azure Linux"
        VERSION="3.0.20240727"
        ID=azurelinux
        VERSION_ID="3.0"
        PRETTY_NAME="Microsoft Azure Linux 3.0"
        ANSI_COLOR="1;34"
        HOME_URL="https://aka.ms/azurelinux"
        """;

    private const string Mariner2 = """
        NAME="Common Base Linux Mariner"
        VERSION="2.0.20240609"
        ID=mariner
        VERSION_ID="2.0"
        PRETTY_NAME="CBL-Mariner/Linux"
        """;

    private const string Rhel9 = """
        NAME="Red Hat Enterprise Linux"
        VERSION="9.4 (Plow)"
        ID="rhel"
        ID_LIKE="fedora"
        VERSION_ID="9.4"
        PLATFORM_ID="platform:el9"
        PRETTY_NAME="Red Hat Enterprise Linux 9.4 (Plow)"
        """;

    private const string Alma9 = """
        NAME="AlmaLinux"
        VERSION="9.2 (Turquoise Kodkod)"
        ID="almalinux"
        ID_LIKE="rhel centos fedora"
        VERSION_ID="9.2"
        PRETTY_NAME="AlmaLinux 9.2 (Turquoise Kodkod)"
        """;

    private const string Rocky9 = """
        NAME="Rocky Linux"
        VERSION="9.3 (Blue Onyx)"
        ID="rocky"
        VERSION_ID="9.3"
        PRETTY_NAME="Rocky Linux 9.3 (Blue Onyx)"
        """;

    private const string Fedora40 = """
        NAME="Fedora Linux"
        VERSION="40 (Container Image)"
        ID=fedora
        VERSION_ID=40
        VERSION_CODENAME=""
        PRETTY_NAME="Fedora Linux 40 (Container Image)"
        """;

    private const string Leap156 = """
        NAME="openSUSE Leap"
        VERSION="15.6"
        ID="opensuse-leap"
        ID_LIKE="suse opensuse"
        VERSION_ID="15.6"
        PRETTY_NAME="openSUSE Leap 15.6"
        """;

    private const string Tumbleweed = """
        NAME="openSUSE Tumbleweed"
        ID="opensuse-tumbleweed"
        ID_LIKE="opensuse suse"
        VERSION_ID="20240925"
        PRETTY_NAME="openSUSE Tumbleweed"
        """;

    private const string Wolfi = """
        ID=wolfi
        NAME="Wolfi"
        PRETTY_NAME="Wolfi"
        VERSION_ID="20230201"
        HOME_URL="https://wolfi.dev"
        """;

    private const string Chainguard = """
        ID=chainguard
        NAME="Chainguard"
        PRETTY_NAME="Chainguard"
        VERSION_ID="20230214"
        """;

    private const string Distroless = """
        PRETTY_NAME="Distroless"
        NAME="Debian GNU/Linux"
        ID="debian"
        VERSION_ID="12"
        VERSION="Debian GNU/Linux 12 (bookworm)"
        HOME_URL="https://github.com/GoogleContainerTools/distroless"
        """;

    private const string Ubuntu2410 = """
        PRETTY_NAME="Ubuntu 24.10"
        VERSION_ID="24.10"
        VERSION="24.10 (Oracular Oriole)"
        VERSION_CODENAME=oracular
        ID=ubuntu
        """;

    private const string Mint = """
        NAME="Linux Mint"
        ID=linuxmint
        ID_LIKE="ubuntu debian"
        VERSION_ID="21.3"
        PRETTY_NAME="Linux Mint 21.3"
        """;

    [TestMethod]
    [DataRow("/etc/os-release", Debian12, "debian", "12", "bookworm", "Debian GNU/Linux 12 (bookworm)", "Debian:12")]
    [DataRow("/usr/lib/os-release", Ubuntu2404, "ubuntu", "24.04", "noble", "Ubuntu 24.04.1 LTS", "Ubuntu:24.04:LTS")]
    [DataRow("/etc/os-release", Ubuntu2410, "ubuntu", "24.10", "oracular", "Ubuntu 24.10", "Ubuntu:24.10")]
    [DataRow("/etc/os-release", Alpine, "alpine", "3.20.3", null, "Alpine Linux v3.20", "Alpine:v3.20")]
    [DataRow("/etc/os-release", AzureLinux3, "azurelinux", "3.0", null, "Microsoft Azure Linux 3.0", "Azure Linux:3")]
    [DataRow("/etc/os-release", Mariner2, "mariner", "2.0", null, "CBL-Mariner/Linux", "Azure Linux:2")]
    [DataRow("/etc/os-release", Rhel9, "rhel", "9.4", null, "Red Hat Enterprise Linux 9.4 (Plow)", null)]
    [DataRow("/etc/os-release", Alma9, "almalinux", "9.2", null, "AlmaLinux 9.2 (Turquoise Kodkod)", "AlmaLinux:9")]
    [DataRow("/etc/os-release", Rocky9, "rocky", "9.3", null, "Rocky Linux 9.3 (Blue Onyx)", "Rocky Linux:9")]
    [DataRow("/etc/os-release", Fedora40, "fedora", "40", null, "Fedora Linux 40 (Container Image)", null)]
    [DataRow("/etc/os-release", Leap156, "opensuse", "15.6", null, "openSUSE Leap 15.6", "openSUSE:Leap 15.6")]
    [DataRow("/etc/os-release", Tumbleweed, "opensuse", "20240925", null, "openSUSE Tumbleweed", "openSUSE:Tumbleweed")]
    [DataRow("/etc/os-release", Wolfi, "wolfi", "20230201", null, "Wolfi", "Wolfi")]
    [DataRow("/etc/os-release", Chainguard, "chainguard", "20230214", null, "Chainguard", "Chainguard")]
    [DataRow("/etc/os-release", Distroless, "debian", "12", null, "Distroless", "Debian:12")]
    [DataRow("/etc/os-release", Mint, "unknown", "21.3", null, "Linux Mint 21.3", null)]
    public void Reads_os_release(string path, string content, string family, string? versionId, string? codename, string? prettyName, string? ecosystem)
    {
        var os = InventoryTesting.Analyze(new OsReleaseAnalyzer(), (path, content)).Os;

        Assert.AreEqual(
            new OsInfo { Family = family, VersionId = versionId, VersionCodename = codename, PrettyName = prettyName, OsvEcosystem = ecosystem },
            os);
    }

    [TestMethod]
    [DataRow("/etc/debian_version", "12.7\n", "debian", "12", null, null, "Debian:12")]
    [DataRow("/etc/debian_version", "trixie/sid\n", "debian", null, "trixie", null, null)]
    [DataRow("/etc/alpine-release", "3.19.1\n", "alpine", "3.19.1", null, null, "Alpine:v3.19")]
    [DataRow("/etc/redhat-release", "Red Hat Enterprise Linux release 8.10 (Ootpa)\n", "rhel", "8.10", "Ootpa", "Red Hat Enterprise Linux release 8.10 (Ootpa)", null)]
    [DataRow("/etc/redhat-release", "CentOS Linux release 7.9.2009 (Core)\n", "centos", "7.9.2009", "Core", "CentOS Linux release 7.9.2009 (Core)", null)]
    [DataRow("/etc/redhat-release", "CentOS Stream release 9\n", "centos", "9", null, "CentOS Stream release 9", null)]
    [DataRow("/etc/redhat-release", "Rocky Linux release 8.9 (Green Obsidian)\n", "rocky", "8.9", "Green Obsidian", "Rocky Linux release 8.9 (Green Obsidian)", "Rocky Linux:8")]
    [DataRow("/etc/redhat-release", "AlmaLinux release 9.3 (Shamrock Pampas Cat)\n", "almalinux", "9.3", "Shamrock Pampas Cat", "AlmaLinux release 9.3 (Shamrock Pampas Cat)", "AlmaLinux:9")]
    [DataRow("/etc/redhat-release", "Fedora release 39 (Thirty Nine)\n", "fedora", "39", "Thirty Nine", "Fedora release 39 (Thirty Nine)", null)]
    [DataRow("/etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\nDISTRIB_CODENAME=jammy\nDISTRIB_DESCRIPTION=\"Ubuntu 22.04.4 LTS\"\n", "ubuntu", "22.04", "jammy", "Ubuntu 22.04.4 LTS", "Ubuntu:22.04:LTS")]
    public void Reads_the_older_release_files(string path, string content, string family, string? versionId, string? codename, string? prettyName, string? ecosystem)
    {
        var os = InventoryTesting.Analyze(new OsReleaseAnalyzer(), (path, content)).Os;

        Assert.AreEqual(
            new OsInfo { Family = family, VersionId = versionId, VersionCodename = codename, PrettyName = prettyName, OsvEcosystem = ecosystem },
            os);
    }

    [TestMethod]
    [DataRow("22.04", "Ubuntu:22.04:LTS")]
    [DataRow("24.04", "Ubuntu:24.04:LTS")]
    [DataRow("23.04", "Ubuntu:23.04")]
    [DataRow("22.10", "Ubuntu:22.10")]
    public void Ubuntu_April_releases_of_even_years_are_LTS_even_where_no_text_says_so(string versionId, string ecosystem) =>
        Assert.AreEqual(ecosystem, InventoryTesting.Analyze(new OsReleaseAnalyzer(), ("/etc/os-release", $"ID=ubuntu\nVERSION_ID=\"{versionId}\"\n")).Os.OsvEcosystem);

    [TestMethod]
    public void Os_release_wins_over_every_fallback_whatever_the_order()
    {
        var files = new (string, string)[]
        {
            ("/etc/debian_version", "trixie/sid\n"),
            ("/etc/os-release", Ubuntu2404),
            ("/etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\nDISTRIB_CODENAME=jammy\n"),
        };

        Assert.AreEqual("Ubuntu:24.04:LTS", InventoryTesting.Analyze(new OsReleaseAnalyzer(), files).Os.OsvEcosystem);
        Assert.AreEqual("Ubuntu:24.04:LTS", InventoryTesting.Analyze(new OsReleaseAnalyzer(), files.Reverse().ToArray()).Os.OsvEcosystem);
    }

    [TestMethod]
    public void Etc_os_release_wins_over_usr_lib_os_release() =>
        Assert.AreEqual(
            "debian",
            InventoryTesting.Analyze(new OsReleaseAnalyzer(), ("/etc/os-release", Debian12), ("/usr/lib/os-release", Ubuntu2404)).Os.Family);

    [TestMethod]
    public void Lsb_release_wins_over_debian_version() =>
        Assert.AreEqual(
            "ubuntu",
            InventoryTesting.Analyze(new OsReleaseAnalyzer(), ("/etc/lsb-release", "DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=20.04\n"), ("/etc/debian_version", "bullseye/sid\n")).Os.Family);

    [TestMethod]
    public void An_image_without_release_files_is_unknown() =>
        Assert.AreEqual(OsInfo.Unknown, new InventoryBuilder().Build().Os);

    [TestMethod]
    public void An_os_release_without_ID_says_nothing() =>
        Assert.AreEqual(OsInfo.Unknown, InventoryTesting.Analyze(new OsReleaseAnalyzer(), ("/etc/os-release", "NAME=\"Something\"\n")).Os);

    [TestMethod]
    [DataRow("/etc/os-release", 100L, true)]
    [DataRow("/usr/lib/os-release", 100L, true)]
    [DataRow("/etc/os-release", 10_000_000L, false)]
    [DataRow("/usr/etc/os-release", 100L, false)]
    [DataRow("/etc/issue", 100L, false)]
    public void Wants_only_the_release_files(string path, long size, bool wanted) =>
        Assert.AreEqual(wanted, new OsReleaseAnalyzer().Required(path, size));

    [TestMethod]
    public void Shell_quoting_is_undone() =>
        CollectionAssert.AreEquivalent(
            new Dictionary<string, string> { ["A"] = "x \"y\" $z", ["B"] = "single quoted", ["C"] = "bare" },
            ShellAssignments.Parse("# comment\nA=\"x \\\"y\\\" \\$z\"\nB='single quoted'\r\nC=bare\n\nnot an assignment\n"));
}
