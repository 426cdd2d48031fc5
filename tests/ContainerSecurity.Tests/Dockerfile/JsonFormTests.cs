using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class JsonFormTests
{
    [TestMethod]
    [DataRow("RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]", "apt-get|install|-y|curl")]
    [DataRow("CMD [ \"dotnet\" , \"app.dll\" ]", "dotnet|app.dll")]
    [DataRow("ENTRYPOINT []", "")]
    [DataRow("SHELL [\"pwsh\", \"-Command\"]", "pwsh|-Command")]
    [DataRow("VOLUME [\"/data\", \"/logs\"]", "/data|/logs")]
    [DataRow("COPY [\"a b.txt\", \"/dst/\"]", "a b.txt|/dst/")]
    [DataRow("CMD [\"a\\\"b\", \"\\u00e9\", \"\\ud83d\\ude00\", \"\\ud800\", \"\\/\"]", "a\"b|é|😀|\uFFFD|/")]
    [DataRow("CMD\t[\"x\"]\t", "x")]
    public void A_JSON_string_array_is_the_exec_form(string line, string arguments)
    {
        var instruction = DockerfileParser.Parse("FROM alpine\n" + line + "\n").Instructions[1];

        Assert.IsTrue(instruction.IsJsonForm);
        Assert.AreEqual(arguments, string.Join("|", instruction.JsonArguments));
        CollectionAssert.AreEqual(instruction.JsonArguments.ToArray(), instruction.Words.ToArray());
    }

    [TestMethod]
    [DataRow("CMD ['single', 'quotes']", DisplayName = "single quotes")]
    [DataRow("CMD [\"unterminated\"", DisplayName = "unterminated array")]
    [DataRow("CMD [\"unterminated]", DisplayName = "unterminated string")]
    [DataRow("CMD [\"a\"] trailing", DisplayName = "text after the array")]
    [DataRow("CMD [\"a\",]", DisplayName = "trailing comma")]
    [DataRow("CMD [\"c:\\windows\"]", DisplayName = "unescaped backslash")]
    [DataRow("CMD [\"a\" \"b\"]", DisplayName = "missing comma")]
    [DataRow("CMD \"[\\\"a\\\"]\"", DisplayName = "JSON inside a string")]
    public void Invalid_JSON_is_the_shell_form_as_in_BuildKit(string line)
    {
        var document = DockerfileParser.Parse("FROM alpine\n" + line + "\n");

        var instruction = document.Instructions[1];
        Assert.IsFalse(instruction.IsJsonForm);
        Assert.IsEmpty(instruction.JsonArguments);
        Assert.AreEqual(instruction.Arguments, instruction.Words.Single());
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("CMD [\"echo\", 1]")]
    [DataRow("CMD [ \"echo\", [ \"nested json\" ] ]")]
    [DataRow("RUN [null]")]
    [DataRow("COPY [\"a\", {\"b\": [1, 2.5e3, true]}]")]
    public void A_valid_JSON_array_of_other_than_strings_is_an_error(string line)
    {
        var document = DockerfileParser.Parse("FROM alpine\n" + line + "\n");

        Assert.AreEqual(
            new DockerfileError("when using JSON array syntax, arrays must be comprised of strings only", 2, 1),
            document.Errors.Single());
    }

    [TestMethod]
    public void HEALTHCHECK_CMD_takes_either_form_after_its_type()
    {
        var document = DockerfileParser.Parse("FROM alpine\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n");

        Assert.IsTrue(document.Instructions[1].IsJsonForm);
        CollectionAssert.AreEqual(new[] { "CMD", "curl", "-f", "http://localhost/" }, document.Instructions[1].Words.ToArray());
        CollectionAssert.AreEqual(new[] { "curl", "-f", "http://localhost/" }, document.Instructions[1].JsonArguments.ToArray());
        Assert.IsFalse(document.Instructions[2].IsJsonForm);
        CollectionAssert.AreEqual(new[] { "CMD", "curl -f http://localhost/ || exit 1" }, document.Instructions[2].Words.ToArray());
    }

    [TestMethod]
    public void SHELL_must_be_JSON_and_BuildKit_hints_at_unescaped_Windows_paths()
    {
        var document = DockerfileParser.Parse("FROM alpine\nSHELL /bin/bash -c\nSHELL [\"c:\\windows\\cmd.exe\", \"/S\", \"/C\"]\nSHELL []\n");

        Assert.HasCount(3, document.Errors);
        StringAssert.StartsWith(document.Errors[0].Message, "SHELL requires the arguments to be in JSON form");
        StringAssert.Contains(document.Errors[1].Message, "includes a file path without an escaped back-slash");
        Assert.AreEqual("SHELL requires at least one argument", document.Errors[2].Message);
    }

    [TestMethod]
    public void Deeply_nested_JSON_is_not_JSON_past_Go_limit()
    {
        var line = "CMD [\"a\", " + new string('[', 20000) + new string(']', 20000) + "]";

        var document = DockerfileParser.Parse("FROM alpine\n" + line + "\n");

        Assert.IsFalse(document.Instructions[1].IsJsonForm);
        Assert.IsEmpty(document.Errors);
    }
}
