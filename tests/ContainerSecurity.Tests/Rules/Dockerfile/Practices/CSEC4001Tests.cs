using ContainerSecurity.Findings;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class CSEC4001Tests
{
    [TestMethod]
    public void Secrets_in_env_arg_and_label_are_reported_masked()
    {
        var text = "ARG NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789\nFROM debian:12\nENV DB_PASSWORD=hunter2hunter2\nLABEL api_key=\"sk-live-1234567890\"\n";
        var findings = DockerfileLint.Run(text).Where(f => f.Code == "CSEC4001").ToList();
        CollectionAssert.AreEqual(new[] { 1, 3, 4 }, findings.Select(f => f.Location!.Line).ToList());
        Assert.IsTrue(findings.All(f => f.Level == DiagnosticLevel.Error));
        Assert.IsFalse(findings.Any(f => f.Message.Contains("hunter2hunter2") || f.Message.Contains("abcdefghijklmnop") || f.Message.Contains("1234567890")));
    }

    [TestMethod]
    public void References_declarations_and_harmless_names_pass()
    {
        var text = "FROM debian:12\nARG DB_PASSWORD\nENV DB_PASSWORD=$DB_PASSWORD TOKEN_FILE=/run/secrets/token\nARG GITHUB_TOKEN=${GITHUB_TOKEN}\nENV APP_NAME=shop\n";
        Assert.IsEmpty(DockerfileLint.Of("CSEC4001", text));
    }

    [TestMethod]
    public void Copying_secret_files_is_reported()
    {
        var text = "FROM debian:12\nCOPY id_rsa /root/.ssh/\nADD certs/server.key .npmrc /app/\nCOPY .env /app/.env\nCOPY [\"home/.docker/config.json\", \"/root/.docker/\"]\n";
        CollectionAssert.AreEqual(new[] { 2, 3, 3, 4, 5 }, DockerfileLint.Of("CSEC4001", text).Select(f => f.Line).ToList());
    }

    [TestMethod]
    public void Ordinary_files_public_keys_and_env_examples_pass()
    {
        var text = "FROM debian:12\nCOPY id_rsa.pub /root/.ssh/authorized_keys\nCOPY .env.example app.csproj /app/\nCOPY appsettings.json /app/\n";
        Assert.IsEmpty(DockerfileLint.Of("CSEC4001", text));
    }

    [TestMethod]
    public void Appsettings_is_reported_only_when_the_file_next_to_the_Dockerfile_holds_a_password()
    {
        var dir = OciImageBuilder.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        File.WriteAllText(Path.Combine(dir, "appsettings.Production.json"), "{ \"ConnectionStrings\": { \"Db\": \"Server=db;User Id=sa;Password=S3cr3tPassw0rd;\" } }");
        File.WriteAllText(Path.Combine(dir, "appsettings.Development.json"), "{ \"Logging\": { \"LogLevel\": \"Debug\" } }");
        var dockerfile = Path.Combine(dir, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM debian:12\nCOPY appsettings.Production.json /app/\nCOPY appsettings.Development.json /app/\n");
        var findings = ContainerSecurity.Rules.Dockerfile.DockerfileLinter.Lint(dockerfile, new()).Where(f => f.Code == "CSEC4001").ToList();
        Assert.AreEqual(2, findings.Single().Location!.Line);
        Assert.IsFalse(findings[0].Message.Contains("S3cr3tPassw0rd"));
    }
}
