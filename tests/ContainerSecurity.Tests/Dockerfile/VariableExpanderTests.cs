using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class VariableExpanderTests
{
    private static readonly Dictionary<string, string?> Env = new()
    {
        ["PWD"] = "/home", ["SHELL"] = "bash", ["NULL"] = "", ["UNSET"] = null,
        ["path"] = "/usr/local/bin", ["platform"] = "linux/amd64",
    };

    // Rows from BuildKit's shell/envVarTest, with its environment PWD=/home SHELL=bash NULL="".
    [TestMethod]
    [DataRow("hello", "hello")]
    [DataRow("he'll'o", "hello")]
    [DataRow("he\\'llo", "he'llo")]
    [DataRow("abc\\tdef", "abctdef")]
    [DataRow("\"abc\\tdef\"", "abc\\tdef")]
    [DataRow("\"abc\\\\tdef\"", "abc\\tdef")]
    [DataRow("'abc\\tdef'", "abc\\tdef")]
    [DataRow("hello\\", "hello")]
    [DataRow("hello\\\\", "hello\\")]
    [DataRow("\"hel'lo\"", "hel'lo")]
    [DataRow("'hello\\'", "hello\\")]
    [DataRow("\"''\"", "''")]
    [DataRow("$.", "$.")]
    [DataRow("he$1x", "hex")]
    [DataRow("he$.x", "he$.x")]
    [DataRow("he$PWD", "he/home")]
    [DataRow("he\\$PWD", "he$PWD")]
    [DataRow("he\\\\$PWD", "he\\/home")]
    [DataRow("\"he\\$PWD\"", "he$PWD")]
    [DataRow("\"he\\\\$PWD\"", "he\\/home")]
    [DataRow("\\${}", "${}")]
    [DataRow("he${hi}xx", "hexx")]
    [DataRow("he${PWD}", "he/home")]
    [DataRow("he${XXX:-000}xx", "he000xx")]
    [DataRow("he${PWD:-000}xx", "he/homexx")]
    [DataRow("he${XXX:-$PWD}xx", "he/homexx")]
    [DataRow("he${XXX:-${PWD:-yyy}}xx", "he/homexx")]
    [DataRow("he${XXX:-${YYY:-yyy}}xx", "heyyyxx")]
    [DataRow("he${PWD?}", "he/home")]
    [DataRow("he${NULL?}", "he")]
    [DataRow("he${XXX:+${PWD}}xx", "hexx")]
    [DataRow("he${PWD:+${SHELL}}xx", "hebashxx")]
    [DataRow("he${PWD:+000}xx", "he000xx")]
    [DataRow("'he${XX}'", "he${XX}")]
    [DataRow("\"he'$PWD'\"", "he'/home'")]
    [DataRow("'\\$PWD'", "\\$PWD")]
    [DataRow("he${PWD+${PWD}:}xx", "he/home:xx")]
    [DataRow("he${XXX-x}xx", "hexxx")]
    [DataRow("he${NULL-x}xx", "hexx")]
    [DataRow("he${NULL:-x}xx", "hexxx")]
    [DataRow("he${NULL+x}xx", "hexxx")]
    [DataRow("he${NULL:+x}xx", "hexx")]
    [DataRow("he${UNSET-x}", "hex")]
    [DataRow("he${#}", "he")]
    [DataRow("${path#*/}", "usr/local/bin")]
    [DataRow("${path##*/}", "bin")]
    [DataRow("${path%/*}", "/usr/local")]
    [DataRow("${path%%/*}", "")]
    [DataRow("${platform%/*}-${platform##*/}", "linux-amd64")]
    [DataRow("${path/local/LOCAL}", "/usr/LOCAL/bin")]
    [DataRow("${path//\\//_}", "_usr_local_bin")]
    [DataRow("${path//?/x}", "xxxxxxxxxxxxxx")]
    public void Words_expand_as_BuildKit_expands_them(string word, string expected)
    {
        Assert.AreEqual(expected, VariableExpander.Expand(word, Env));
    }

    [TestMethod]
    [DataRow("he'llo")]
    [DataRow("he\\\\'llo")]
    [DataRow("\"hello")]
    [DataRow("\"hello\\\"")]
    [DataRow("'hello")]
    [DataRow("${}")]
    [DataRow("he${}xx")]
    [DataRow("he${.}")]
    [DataRow("he${XXX:YYY}")]
    [DataRow("he${XXX?}")]
    [DataRow("he${XXX:?}")]
    [DataRow("he${NULL:?}")]
    [DataRow("he${PWD")]
    [DataRow("he${PWD=000}xx")]
    [DataRow("${path/a\\b/c}")]
    public void Malformed_words_are_BuildKit_errors(string word)
    {
        Assert.ThrowsExactly<FormatException>(() => VariableExpander.Expand(word, Env));
        Assert.IsFalse(VariableExpander.TryExpand(word, Env, '\\', out var result, out var error));
        Assert.AreEqual(word, result);
        StringAssert.StartsWith(error, "failed to process");
    }

    [TestMethod]
    public void A_required_variable_reports_its_message()
    {
        VariableExpander.TryExpand("${XXX:?set XXX first}", Env, '\\', out _, out var error);

        StringAssert.EndsWith(error, "XXX: set XXX first");
    }

    [TestMethod]
    public void The_backtick_escape_escapes_instead_of_the_backslash()
    {
        Assert.AreEqual("C:\\home\\$PWD", VariableExpander.Expand("C:\\home\\`$PWD", Env, '`'));
        Assert.AreEqual("\\/home", VariableExpander.Expand("\\$PWD", Env, '`'));
    }
}
