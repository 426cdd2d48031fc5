using ContainerSecurity.Secrets;

namespace ContainerSecurity.Tests.Secrets;

[TestClass]
public sealed class SecretScannerTests
{
    // Built at run time so no secret-looking literal sits in the repository.
    private static string Random(string alphabet, int length, int seed) =>
        new(Enumerable.Range(0, length).Select(i => alphabet[(i * 7919 + seed * 104729) % alphabet.Length]).ToArray());

    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string Alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static IEnumerable<object[]> Secrets()
    {
        yield return ["aws-access-key-id", "aws_access_key_id = AKIA" + Random(Upper, 16, 1)];
        yield return ["aws-secret-access-key", "AWS_SECRET_ACCESS_KEY=" + Random(Alnum + "/+", 40, 2)];
        yield return ["github-token", "token: ghp_" + Random(Alnum, 36, 3)];
        yield return ["gitlab-token", "glpat-" + Random(Alnum, 20, 4)];
        yield return ["nuget-api-key", "dotnet nuget push -k oy2" + Random("abcdefghijklmnopqrstuvwxyz0123456789", 43, 5)];
        yield return ["npm-token", "//registry.npmjs.org/:_authToken=npm_" + Random(Alnum, 36, 6)];
        yield return ["private-key", "-----BEGIN RSA PRIVATE KEY-----\n" + Random(Alnum, 64, 7) + "\n" + Random(Alnum, 64, 8) + "\n-----END RSA PRIVATE KEY-----\n"];
        yield return ["azure-storage-key", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + Random(Alnum + "+/", 86, 9) + "==;EndpointSuffix=core.windows.net"];
        yield return ["connection-string-password", "Server=db;Database=app;User Id=sa;Password=" + Random(Alnum, 14, 10) + ";"];
        yield return ["json-password", "{ \"ConnectionStrings\": {}, \"Smtp\": { \"Password\": \"" + Random(Alnum, 12, 11) + "\" } }"];
        yield return ["json-token", "{ \"Sentry\": { \"AuthToken\": \"" + Random(Alnum, 40, 14) + "\" } }"];
        yield return ["json-token", "{ \"Storage\": { \"SasToken\": \"?sv=2021-06-08&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=" + Random(Alnum, 20, 15) + "%3D\" } }"];
        yield return ["json-token", "{ \"AuthToken\": \"Bearer eyJ" + Random(Alnum, 30, 16) + "\" }"];
        yield return ["docker-config-auth", "{\"auths\":{\"ghcr.io\":{\"auth\":\"" + Convert.ToBase64String("user:"u8.ToArray().Concat(System.Text.Encoding.ASCII.GetBytes(Random(Alnum, 20, 12))).ToArray()) + "\"}}}"];
        yield return ["url-credentials", "git clone https://deploy:" + Random(Alnum, 20, 13) + "@git.example.org/repo.git"];
    }

    [TestMethod]
    [DynamicData(nameof(Secrets))]
    public void Finds_each_kind_and_masks_it(string ruleId, string text)
    {
        var match = SecretScanner.Scan(text).First();

        Assert.AreEqual(ruleId, match.Rule.Id);
        var secretChars = match.MaskedValue.TrimEnd('*');
        Assert.IsLessThanOrEqualTo(4, secretChars.Length);
        StringAssert.Contains(match.MaskedValue, "****");
    }

    [TestMethod]
    [DataRow("Password=${DB_PASSWORD}")]
    [DataRow("\"Password\": \"<your password>\"")]
    [DataRow("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")]
    [DataRow("\"ApiKey\": \"xxxxxxxxxxxxxxxx\"")]
    [DataRow("ENV ASPNETCORE_URLS=http://+:8080")]
    [DataRow("just some text about passwords and tokens")]
    // botocore's paginators: keys ending in "token" that name fields.
    [DataRow("{ \"input_token\": \"nextToken\", \"output_token\": \"NextContinuationToken\" }")]
    [DataRow("{ \"tokenType\": \"Bearer\", \"refresh_token\": \"see_the_documentation\" }")]
    public void Placeholders_and_plain_text_are_not_secrets(string text) =>
        Assert.IsEmpty(SecretScanner.Scan(text));

    [TestMethod]
    public void In_source_code_only_token_formats_count()
    {
        const string code = "const password = document.getElementById('pw').value;\npassword = request.form['password']\nconn = 'Server=db;Password=hunter22;'\n";
        var token = "const token = 'ghp_" + Random(Alnum, 36, 21) + "';\n";

        Assert.IsEmpty(SecretScanner.Scan(code, tokenFormatsOnly: true));
        Assert.IsNotEmpty(SecretScanner.Scan(code), "the same lines in a settings file are passwords");
        Assert.AreEqual("github-token", SecretScanner.Scan(code + token, tokenFormatsOnly: true).Single().Rule.Id);
    }

    [TestMethod]
    public void Reports_the_line()
    {
        var text = "line1\nline2\nexport GITHUB_TOKEN=ghp_" + Random(Alnum, 36, 20) + "\n";
        Assert.AreEqual(3, SecretScanner.Scan(text).Single().Line);
    }

    [TestMethod]
    public void The_mask_never_reveals_short_secrets() =>
        Assert.AreEqual("********", SecretMasker.Mask("hunter22"));
}
