using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class KeyValueTests
{
    // BuildKit's testfiles/env Dockerfile: the AST it prints keeps quotes and escapes.
    private const string EnvTestfile =
        "FROM ubuntu:24.04\nENV name value\nENV name=value\nENV name=value name2=value2\nENV name=\"value value1\"\nENV name=value\\ value2\n"
        + "ENV name=\"value'quote space'value2\"\nENV name='value\"double quote\"value2'\nENV name=value\\ value2 name2=value2\\ value3\n"
        + "ENV name=\"a\\\"b\"\nENV name=\"a\\'b\"\nENV name='a\\'b'\nENV name='a\\'b''\nENV name='a\\\"b'\nENV name=\"''\"\n"
        + "# don't put anything after the next line - it must be the last line of the\n# Dockerfile and it must end with \\\n"
        + "ENV name=value \\\n    name1=value1 \\\n    name2=\"value2a \\\n           value2b\" \\\n    name3=\"value3a\\n\\\"value3b\\\"\" \\\n\tname4=\"value4a\\\\nvalue4b\" \\\n";

    [TestMethod]
    public void The_env_testfile_keeps_raw_values_and_processes_quotes_as_BuildKit()
    {
        var document = DockerfileParser.Parse(EnvTestfile);

        var expected = "(from \"ubuntu:24.04\")\n(env \"name\" \"value\")\n(env \"name\" \"value\")\n(env \"name\" \"value\" \"name2\" \"value2\")\n"
            + "(env \"name\" \"\\\"value value1\\\"\")\n(env \"name\" \"value\\\\ value2\")\n(env \"name\" \"\\\"value'quote space'value2\\\"\")\n"
            + "(env \"name\" \"'value\\\"double quote\\\"value2'\")\n(env \"name\" \"value\\\\ value2\" \"name2\" \"value2\\\\ value3\")\n"
            + "(env \"name\" \"\\\"a\\\\\\\"b\\\"\")\n(env \"name\" \"\\\"a\\\\'b\\\"\")\n(env \"name\" \"'a\\\\'b'\")\n(env \"name\" \"'a\\\\'b''\")\n"
            + "(env \"name\" \"'a\\\\\\\"b'\")\n(env \"name\" \"\\\"''\\\"\")\n"
            + "(env \"name\" \"value\" \"name1\" \"value1\" \"name2\" \"\\\"value2a            value2b\\\"\" \"name3\" \"\\\"value3a\\\\n\\\\\\\"value3b\\\\\\\"\\\"\" \"name4\" \"\\\"value4a\\\\\\\\nvalue4b\\\"\")\n";
        Assert.AreEqual(expected, BuildKitAst.Dump(document));

        string[] values =
        [
            "value", "value", "value|value2", "value value1", "value value2", "value'quote space'value2", "value\"double quote\"value2",
            "value value2|value2 value3", "a\"b", "a\\'b", "'a\\'b'", "a\\b", "a\\\"b", "''",
            "value|value1|value2a            value2b|value3a\\n\"value3b\"|value4a\\nvalue4b",
        ];
        CollectionAssert.AreEqual(values, document.Instructions.Skip(1).Select(i => string.Join("|", i.KeyValues.Select(kv => kv.Value))).ToArray());
        // name='a\'b' never closes its second quote: BuildKit fails when it expands it.
        Assert.AreEqual(12, document.Errors.Single().Line);
        StringAssert.Contains(document.Errors.Single().Message, "unexpected end of statement while looking for matching single-quote");
    }

    [TestMethod]
    public void Each_pair_has_its_own_line_and_column()
    {
        var env = DockerfileParser.Parse("FROM alpine\nENV A=1 \\\n    B=\"two words\" \\\n  C=3\n").Instructions[1];

        Assert.AreEqual(new KeyValue("A", "1", "A", "1", false, 2, 5), env.KeyValues[0]);
        Assert.AreEqual(new KeyValue("B", "two words", "B", "\"two words\"", false, 3, 5), env.KeyValues[1]);
        Assert.AreEqual((4, 3), (env.KeyValues[2].Line, env.KeyValues[2].Column));
    }

    [TestMethod]
    public void The_legacy_form_takes_the_rest_of_the_line_as_the_value()
    {
        var env = DockerfileParser.Parse("FROM alpine\nENV JAVA_OPTS -Xmx1g  -Dfoo=\"bar baz\"\n").Instructions[1];

        var pair = env.KeyValues.Single();
        Assert.IsTrue(pair.IsLegacyForm);
        Assert.AreEqual("-Xmx1g  -Dfoo=\"bar baz\"", pair.RawValue);
        Assert.AreEqual("-Xmx1g  -Dfoo=bar baz", pair.Value);
    }

    [TestMethod]
    public void LABEL_keys_may_be_quoted()
    {
        var label = DockerfileParser.Parse(
            "FROM alpine\nLABEL \"com.example.vendor\"=\"ACME Incorporated\" version=1.0 description=\"This text \\\nillustrates that label-values can span multiple lines.\"\n").Instructions[1];

        CollectionAssert.AreEqual(
            new[] { "com.example.vendor=ACME Incorporated", "version=1.0", "description=This text illustrates that label-values can span multiple lines." },
            label.KeyValues.Select(kv => $"{kv.Key}={kv.Value}").ToArray());
        Assert.AreEqual("\"com.example.vendor\"", label.KeyValues[0].RawKey);
    }

    [TestMethod]
    public void ARG_names_may_have_defaults_and_variables_stay_unexpanded()
    {
        var arg = DockerfileParser.Parse("ARG VERSION=\"1.2\" TARGETARCH BASE=${REGISTRY:-docker.io}/library\nFROM alpine\n").Instructions[0];

        Assert.AreEqual(-1, arg.StageIndex);
        CollectionAssert.AreEqual(new[] { "VERSION=1.2", "TARGETARCH=", "BASE=${REGISTRY:-docker.io}/library" },
            arg.KeyValues.Select(kv => $"{kv.Key}={kv.Value}").ToArray());
        Assert.IsNull(arg.KeyValues[1].RawValue);
    }

    [TestMethod]
    [DataRow("ENV PATH", "ENV must have two arguments: write ENV PATH=<value>", 1)]
    [DataRow("ENV A=1 B", "Syntax error - can't find = in \"B\". Must be of the form: name=value", 9)]
    [DataRow("LABEL A=1 B", "Syntax error - can't find = in \"B\". Must be of the form: name=value", 11)]
    [DataRow("ENV =x", "ENV names can not be blank: write ENV <name>=<value>", 5)]
    [DataRow("ARG =x", "ARG names can not be blank: write ARG <name>=<value>", 5)]
    [DataRow("ENV", "ENV requires at least one argument: write ENV <key>=<value>", 1)]
    [DataRow("ARG", "ARG requires at least one argument: write ARG <name>[=<default>]", 1)]
    [DataRow("LABEL", "LABEL requires at least one argument: write LABEL <key>=<value>", 1)]
    public void Pairs_BuildKit_rejects_are_errors(string line, string message, int column)
    {
        var document = DockerfileParser.Parse("FROM alpine\n" + line + "\n");

        Assert.AreEqual(new DockerfileError(message, 2, column), document.Errors.Single());
    }

    [TestMethod]
    public void With_the_backtick_escape_backslashes_in_values_are_plain()
    {
        var env = DockerfileParser.Parse("# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nENV PATH=C:\\tools;C:\\bin WHO=`\"me`\"\n").Instructions[1];

        CollectionAssert.AreEqual(new[] { "PATH=C:\\tools;C:\\bin", "WHO=\"me\"" }, env.KeyValues.Select(kv => $"{kv.Key}={kv.Value}").ToArray());
    }
}
