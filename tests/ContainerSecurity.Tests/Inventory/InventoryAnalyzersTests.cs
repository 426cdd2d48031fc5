using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class InventoryAnalyzersTests
{
    [TestMethod]
    public void Every_analyzer_is_registered_once_under_its_own_name()
    {
        var names = InventoryAnalyzers.All.Select(a => a.Name).ToList();

        CollectionAssert.AllItemsAreUnique(names);
        Assert.HasCount(11, names);
        Assert.IsTrue(InventoryAnalyzers.All.All(a => a.Version >= 1));
    }

    [TestMethod]
    [DataRow("/etc/os-release", "os-release")]
    [DataRow("/etc/redhat-release", "os-release")]
    [DataRow("/var/lib/dpkg/status", "dpkg")]
    [DataRow("/var/lib/dpkg/status.d/libc6", "dpkg")]
    [DataRow("/var/lib/chisel/manifest.wall", "chisel-manifest")]
    [DataRow("/lib/apk/db/installed", "apk")]
    [DataRow("/var/lib/rpmmanifest/container-manifest-2", "rpm-manifest")]
    [DataRow("/var/lib/rpm/rpmdb.sqlite", "rpmdb")]
    [DataRow("/app/App.deps.json", "dotnet-deps")]
    [DataRow("/usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.11/Microsoft.NETCore.App.deps.json", "dotnet-runtime")]
    [DataRow("/var/lib/dpkg/info/python3-six.list", "dpkg-files")]
    [DataRow("/app/node_modules/lodash/package.json", "npm")]
    [DataRow("/usr/local/lib/python3.11/site-packages/requests-2.31.0.dist-info/METADATA", "python")]
    public void Each_known_file_goes_to_exactly_one_analyzer(string path, string analyzer) =>
        CollectionAssert.AreEqual(new[] { analyzer }, InventoryAnalyzers.All.Where(a => a.Required(path, 1000)).Select(a => a.Name).ToList());

    [TestMethod]
    [DataRow("/usr/bin/bash")]
    [DataRow("/etc/passwd")]
    [DataRow("/app/App.dll")]
    [DataRow("/var/lib/dpkg/info/python3-six.md5sums")]
    [DataRow("/app/package.json")]
    public void Other_files_go_to_none(string path) =>
        Assert.IsEmpty(InventoryAnalyzers.All.Where(a => a.Required(path, 1000)).ToList());
}
