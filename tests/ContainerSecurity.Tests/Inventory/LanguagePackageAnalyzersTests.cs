using ContainerSecurity.Inventory;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class LanguagePackageAnalyzersTests
{
    [TestMethod]
    [DataRow("/app/node_modules/lodash/package.json", true)]
    [DataRow("/usr/lib/node_modules/npm/node_modules/semver/package.json", true)]
    [DataRow("/app/node_modules/@types/node/package.json", true)]
    [DataRow("/app/node_modules/lodash/fp/package.json", false)]
    [DataRow("/app/node_modules/@types/package.json", false)]
    [DataRow("/app/node_modules/.bin/package.json", false)]
    [DataRow("/app/package.json", false)]
    [DataRow("/usr/local/lib/python3.11/site-packages/requests-2.31.0.dist-info/METADATA", true)]
    [DataRow("/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO", true)]
    [DataRow("/usr/lib/python3/dist-packages/chardet-5.1.0.egg-info", true)]
    [DataRow("/app/.venv/lib/python3.12/site-packages/Jinja2-3.1.2.dist-info/METADATA", true)]
    [DataRow("/src/tests/fixtures/foo-1.0.dist-info/METADATA", false)]
    [DataRow("/usr/local/lib/python3.11/site-packages/requests-2.31.0.dist-info/RECORD", false)]
    public void Knows_the_metadata_files(string path, bool expected) =>
        Assert.AreEqual(expected, LanguagePackageFiles.IsMetadata(path), path);

    [TestMethod]
    public void Npm_packages_are_read_with_scope_and_purl()
    {
        var inventory = InventoryTesting.Analyze(new NpmPackageAnalyzer(),
            ("/app/node_modules/lodash/package.json", """{ "name": "lodash", "version": "4.17.20", "main": "lodash.js" }"""),
            ("/app/node_modules/@babel/traverse/package.json", """{ "name": "@babel/traverse", "version": "7.22.5" }"""));

        InventoryTesting.AreEqual(["pkg:npm/%40babel/traverse@7.22.5", "pkg:npm/lodash@4.17.20"], InventoryTesting.Purls(inventory));
        Assert.IsTrue(inventory.Packages.All(p => p.Type == PackageType.Npm && p.Ecosystem == "npm"));
    }

    [TestMethod]
    public void A_package_json_without_a_version_is_not_a_package()
    {
        var inventory = InventoryTesting.Analyze(new NpmPackageAnalyzer(), ("/app/node_modules/local-stub/package.json", """{ "name": "local-stub" }"""));
        Assert.AreEqual(0, inventory.Packages.Count);
    }

    [TestMethod]
    public void Broken_package_json_is_a_format_error_naming_the_file()
    {
        var e = Assert.ThrowsExactly<InventoryFormatException>(() =>
            InventoryTesting.Analyze(new NpmPackageAnalyzer(), ("/app/node_modules/x/package.json", "{ \"name\": ")));
        StringAssert.Contains(e.Message, "/app/node_modules/x/package.json");
    }

    [TestMethod]
    public void Text_that_is_not_UTF8_is_a_format_error_and_a_byte_order_mark_is_fine()
    {
        var analyzer = new NpmPackageAnalyzer();
        byte[] notUtf8 = [.. "{\"name\":\"lodash"u8, 0xFF, .. "\",\"version\":\"4.17.20\"}"u8];
        Assert.ThrowsExactly<InventoryFormatException>(() => analyzer.Analyze("/app/node_modules/lodash/package.json", notUtf8, new InventoryBuilder()));

        var builder = new InventoryBuilder();
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. "{\"name\":\"lodash\",\"version\":\"4.17.20\"}"u8];
        analyzer.Analyze("/app/node_modules/lodash/package.json", withBom, builder);
        Assert.AreEqual("lodash", builder.Build().Packages.Single().Name);
    }

    [TestMethod]
    public void Python_metadata_headers_give_name_and_version_and_the_normalized_purl()
    {
        var metadata = """
            Metadata-Version: 2.1
            Name: Jinja2
            Version: 3.1.2
            Summary: A very fast and expressive template engine.
            Requires-Dist: MarkupSafe (>=2.0)

            Name: not-a-header
            Version: 9.9.9
            """;
        var inventory = InventoryTesting.Analyze(new PythonPackageAnalyzer(),
            ("/app/.venv/lib/python3.12/site-packages/Jinja2-3.1.2.dist-info/METADATA", metadata),
            ("/usr/local/lib/python3.11/dist-packages/typing_extensions-4.7.1.dist-info/METADATA", "Name: typing_extensions\nVersion: 4.7.1\n"),
            ("/usr/local/lib/python3.11/dist-packages/zope.interface-6.0.dist-info/METADATA", "Name: zope.interface\nVersion: 6.0\n"));

        InventoryTesting.AreEqual(["Jinja2 3.1.2 - [- -]", "typing_extensions 4.7.1 - [- -]", "zope.interface 6.0 - [- -]"], InventoryTesting.Lines(inventory));
        // The purl spec lowercases and turns '_' into '-', and keeps dots.
        InventoryTesting.AreEqual(["pkg:pypi/jinja2@3.1.2", "pkg:pypi/typing-extensions@4.7.1", "pkg:pypi/zope.interface@6.0"], InventoryTesting.Purls(inventory));
        Assert.IsTrue(inventory.Packages.All(p => p.Ecosystem == "PyPI"));
    }

    [TestMethod]
    [DataRow("Jinja2", "jinja2")]
    [DataRow("typing_extensions", "typing-extensions")]
    [DataRow("zope.interface", "zope-interface")]
    [DataRow("A__b--C", "a-b-c")]
    public void Python_names_normalize_as_pep_503_says(string name, string expected) =>
        Assert.AreEqual(expected, PythonPackageAnalyzer.NormalizedName(name));

    [TestMethod]
    public void Python_packages_that_apt_installed_are_the_dpkg_package_not_a_pypi_one()
    {
        var builder = new InventoryBuilder();
        var aptOwned = "/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO";
        var pipInstalled = "/usr/local/lib/python3.11/dist-packages/six-1.16.0.dist-info/METADATA";
        Analyze(builder, new DpkgFileListAnalyzer(), "/var/lib/dpkg/info/python3-six.list",
            $"/.\n/usr\n/usr/lib/python3/dist-packages/six-1.16.0.egg-info\n{aptOwned}\n/usr/lib/python3/dist-packages/six.py\n");
        Analyze(builder, new PythonPackageAnalyzer(), aptOwned, "Name: six\nVersion: 1.16.0\n");
        Analyze(builder, new PythonPackageAnalyzer(), pipInstalled, "Name: six\nVersion: 1.16.0\n");

        var python = builder.Build().Packages.Where(p => p.Type == PackageType.PyPI).ToList();
        Assert.AreEqual(pipInstalled, python.Single().FoundAt, "only the pip-installed copy is a PyPI package");

        builder.Forget("/var/lib/dpkg/info/python3-six.list");
        Assert.AreEqual(2, builder.Build().Packages.Count(p => p.Type == PackageType.PyPI), "a later layer removed the dpkg list");
    }

    [TestMethod]
    public void In_a_distroless_image_without_dpkg_file_lists_debian_s_dist_packages_folder_is_the_os_s()
    {
        var builder = new InventoryBuilder();
        Analyze(builder, new DpkgStatusAnalyzer(), "/var/lib/dpkg/status.d/python3-six", "Package: python3-six\nStatus: install ok installed\nArchitecture: all\nVersion: 1.16.0-4\n");
        Analyze(builder, new PythonPackageAnalyzer(), "/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO", "Name: six\nVersion: 1.16.0\n");
        Analyze(builder, new PythonPackageAnalyzer(), "/usr/local/lib/python3.11/dist-packages/requests-2.31.0.dist-info/METADATA", "Name: requests\nVersion: 2.31.0\n");

        CollectionAssert.AreEquivalent(new[] { "Dpkg python3-six", "PyPI requests" }, builder.Build().Packages.Select(p => $"{p.Type} {p.Name}").ToArray());

        // A package the app copied there in a later layer (COPY deps/ /usr/lib/python3/dist-packages/) is the app's.
        var layers = new Dictionary<string, int> { ["/var/lib/dpkg/status.d/python3-six"] = 0, ["/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO"] = 1 };
        Assert.AreEqual(1, builder.Build(path => layers.TryGetValue(path, out var layer) ? layer : null).Packages.Count(p => p.Type == PackageType.PyPI && p.Name == "six"));
    }

    [TestMethod]
    public void Python_packages_that_apk_installed_are_the_apk_package()
    {
        var builder = new InventoryBuilder();
        var owned = "/usr/lib/python3.11/site-packages/packaging-23.1.dist-info/METADATA";
        Analyze(builder, new ApkInstalledAnalyzer(), "/lib/apk/db/installed", """
            P:py3-packaging
            V:23.1-r1
            A:x86_64
            o:py3-packaging
            F:usr/lib/python3.11/site-packages/packaging-23.1.dist-info
            R:METADATA
            R:RECORD

            """);
        Analyze(builder, new PythonPackageAnalyzer(), owned, "Name: packaging\nVersion: 23.1\n");

        var packages = builder.Build().Packages;
        Assert.AreEqual("py3-packaging", packages.Single().Name);
    }

    private static void Analyze(InventoryBuilder builder, IInventoryAnalyzer analyzer, string path, string content)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(content.Replace("\r", ""));
        Assert.IsTrue(analyzer.Required(path, bytes.Length), $"{analyzer.Name} should want {path}");
        analyzer.Analyze(path, bytes, builder);
    }
}
