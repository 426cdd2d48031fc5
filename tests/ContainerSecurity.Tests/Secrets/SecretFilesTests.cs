using ContainerSecurity.Analysis;

namespace ContainerSecurity.Tests.Secrets;

[TestClass]
public sealed class SecretFilesTests
{
    [TestMethod]
    [DataRow("/app/appsettings.Production.json", true)]
    [DataRow("/app/.env", true)]
    [DataRow("/root/.npmrc", true)]
    [DataRow("/app/config/settings.yaml", true)]
    [DataRow("/srv/data/export.csv", true)]
    [DataRow("/app/scripts/deploy.ps1", true)]
    [DataRow("/app/docs/README.md", false)]
    [DataRow("/app/App.dll", false)]
    [DataRow("/app/app.deps.json", false)]
    [DataRow("/usr/share/doc/readme.txt", false)]
    [DataRow("/usr/local/lib/python3.11/site-packages/botocore/data/s3/2006-03-01/paginators-1.json", false)]
    [DataRow("/app/.venv/lib/python3.12/site-packages/certifi/cacert.pem", false)]
    [DataRow("/app/wwwroot/node_modules/some-lib/test/fixtures/key.pem", false)]
    [DataRow("/srv/app/vendor/github.com/x/y/testdata/config.json", false)]
    [DataRow("/app/.venv/lib/python3.12/site-packages/myapp/.env", true)]
    [DataRow("/usr/local/lib/python3.12/zipfile.py", false)]
    [DataRow("/app/vendor/credentials", true)]
    public void Reads_the_app_s_files_not_installed_third_party_packages_nor_installed_runtimes(string path, bool expected) =>
        Assert.AreEqual(expected, SecretFiles.IsCandidate(path, 1000), path);

    [TestMethod]
    [DataRow("/app/wwwroot/js/site.js", true)]
    [DataRow("/app/scripts/deploy.sh", true)]
    [DataRow("/app/appsettings.json", false)]
    [DataRow("/app/.env", false)]
    public void Source_code_is_read_for_token_formats_only(string path, bool code) => Assert.AreEqual(code, SecretFiles.IsCode(path), path);
}
