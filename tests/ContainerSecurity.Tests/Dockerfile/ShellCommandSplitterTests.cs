using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class ShellCommandSplitterTests
{
    private static string Names(string script) => string.Join(" ; ", ShellCommandSplitter.Split(script).Select(c => c.Name));

    [TestMethod]
    [DataRow("a && b || c ; d | e & f", "a ; b ; c ; d ; e ; f")]
    [DataRow("a\nb\n\nc", "a ; b ; c")]
    [DataRow("a |& b ; c;;d", "a ; b ; c ; d")]
    [DataRow("(a; b) && { c; d; }", "a ; b ; c ; d")]
    [DataRow("cd /x && (make || exit 1)", "cd ; make ; exit")]
    [DataRow("echo $(whoami) `id -u` $(echo $(date))", "whoami ; id ; date ; echo ; echo")]
    [DataRow("echo \"$(a) `b`\" '$(not) `run`'", "a ; b ; echo")]
    [DataRow("diff <(sort a) <(sort b)", "sort ; sort ; diff")]
    [DataRow("x=$(curl -s y | jq .)", "curl ; jq ; ")]
    [DataRow("if [ -f x ]; then apk add a; elif b; then c; else d; fi", "[ ; apk ; b ; c ; d")]
    [DataRow("while read l; do echo $l; done < file", "read ; echo")]
    [DataRow("for p in a b; do pip install $p; done", "pip")]
    [DataRow("for ((i=0; i<3; i++)); do echo $i; done; (( n++ ))", "echo")]
    [DataRow("case $A in amd64) curl x;; arm64|aarch64) wget y ;; *) exit 1;; esac", "curl ; wget ; exit")]
    [DataRow("f() { echo in f; }; function g { h; }; f", "echo ; h ; f")]
    [DataRow("[[ -n $X && $Y < 3 ]] && echo ok", "[[ ; echo")]
    [DataRow("! grep -q x f && echo missing", "grep ; echo")]
    [DataRow("a # comment && b\nc", "a ; c")]
    [DataRow("echo a\\\nb && c", "echo ; c")]
    public void Scripts_split_into_simple_commands(string script, string names)
    {
        Assert.AreEqual(names, Names(script));
    }

    [TestMethod]
    public void Quotes_and_backslashes_keep_separators_inside_words()
    {
        var command = ShellCommandSplitter.Split("echo 'single && quoted' \"double ; \\\"quoted\\\"\" back\\&slash $'x'").Single();

        CollectionAssert.AreEqual(new[] { "single && quoted", "double ; \"quoted\"", "back&slash", "$x" }, command.Arguments.ToArray());
        CollectionAssert.AreEqual(new[] { "echo", "'single && quoted'", "\"double ; \\\"quoted\\\"\"", "back\\&slash", "$'x'" }, command.RawWords.ToArray());
    }

    [TestMethod]
    public void The_apt_get_example_gives_subcommand_flags_and_packages()
    {
        var command = ShellCommandSplitter.Split("apt-get -yq install --no-install-recommends a=1 b").Single();

        Assert.IsTrue(command.IsAptGet());
        Assert.AreEqual("install", command.Subcommand);
        Assert.AreEqual("apt-get install", command.Invocation);
        Assert.IsTrue(command.HasFlag("-y"));
        Assert.IsTrue(command.HasFlag("-q"));
        Assert.IsTrue(command.HasFlag("--no-install-recommends"));
        Assert.IsTrue(command.HasFlag("--yes", "-y"));
        Assert.IsFalse(command.HasFlag("--assume-yes"));
        CollectionAssert.AreEqual(new[] { "a=1", "b" }, command.PackageArguments().ToArray());
    }

    [TestMethod]
    public void Leading_assignments_are_not_the_name()
    {
        var command = ShellCommandSplitter.Split("DEBIAN_FRONTEND=noninteractive TZ=\"Etc/UTC\" apt-get install -y x").Single();

        Assert.AreEqual("apt-get", command.Name);
        CollectionAssert.AreEqual(new[] { "DEBIAN_FRONTEND=noninteractive", "TZ=\"Etc/UTC\"" }, command.Assignments.ToArray());
        CollectionAssert.AreEqual(new[] { "x" }, command.PackageArguments().ToArray());
        Assert.AreEqual("DEBIAN_FRONTEND=noninteractive TZ=\"Etc/UTC\" apt-get install -y x", command.Text);
    }

    [TestMethod]
    public void Sudo_stays_the_name_and_Unwrap_looks_through_it()
    {
        var command = ShellCommandSplitter.Split("sudo -u root -E env LANG=C apt-get install -y curl").Single();

        Assert.IsTrue(command.IsSudo());
        Assert.AreEqual("sudo", command.Name);
        var inner = command.Unwrap();
        Assert.IsTrue(inner.IsAptGet());
        Assert.AreEqual("install", inner.Subcommand);
        CollectionAssert.AreEqual(new[] { "LANG=C" }, inner.Assignments.ToArray());
        CollectionAssert.AreEqual(new[] { "curl" }, inner.PackageArguments().ToArray());
        Assert.AreSame(inner, inner.Unwrap());
    }

    [TestMethod]
    public void Cd_then_make()
    {
        var commands = ShellCommandSplitter.Split("cd /x && make");

        Assert.HasCount(2, commands);
        Assert.IsTrue(commands[0].IsCd());
        Assert.AreEqual("/x", commands[0].Arguments.Single());
        Assert.AreEqual("make", commands[1].Name);
    }

    [TestMethod]
    public void Redirections_are_not_arguments()
    {
        var command = ShellCommandSplitter.Split("curl -fsSL https://x/install.sh 2>&1 >/dev/null | sh").First();

        CollectionAssert.AreEqual(new[] { "-fsSL", "https://x/install.sh" }, command.Arguments.ToArray());
        CollectionAssert.AreEqual(new[] { "2>&:1", ">:/dev/null" }, command.Redirections.Select(r => $"{r.Operator}:{r.Target}").ToArray());
    }

    [TestMethod]
    public void Heredoc_bodies_in_a_script_are_not_commands()
    {
        var commands = ShellCommandSplitter.Split("cat <<-'EOF' > /etc/app.conf\n\tnot && a command\n\tEOF\necho after");

        Assert.HasCount(2, commands);
        var heredoc = commands[0].Redirections[0];
        Assert.AreEqual(("<<-", "EOF", "not && a command\n"), (heredoc.Operator, heredoc.Target, heredoc.HeredocBody));
        Assert.AreEqual("echo", commands[1].Name);
    }

    [TestMethod]
    public void A_RUN_with_heredocs_splits_the_script_BuildKit_runs()
    {
        var document = DockerfileParser.Parse("""
            FROM debian
            RUN <<EOF
            apt-get update
            apt-get install -y curl && rm -rf /var/lib/apt/lists/*
            EOF
            RUN cat <<EOF > /etc/motd && chmod 644 /etc/motd
            hello && not a command
            EOF
            RUN ["/bin/bash", "-o", "pipefail", "-c", "curl -s x | tar xz"]
            RUN ["apk", "add", "git"]
            ONBUILD RUN npm ci
            """);

        string Invocations(int i) => string.Join(" ; ", ShellCommandSplitter.Split(document.Instructions[i]).Select(c => c.Invocation));
        Assert.AreEqual("apt-get update ; apt-get install ; rm /var/lib/apt/lists/*", Invocations(1));
        Assert.AreEqual("cat ; chmod 644", Invocations(2));
        Assert.AreEqual("curl x ; tar xz", Invocations(3));
        Assert.AreEqual("apk add", Invocations(4));
        Assert.AreEqual("npm ci", Invocations(5));
        Assert.AreEqual("cat <<EOF > /etc/motd && chmod 644 /etc/motd\nhello && not a command\nEOF", RunScript.Of(document.Instructions[2]));
    }

    [TestMethod]
    [DataRow("echo \"unterminated && rm -rf /")]
    [DataRow("echo 'unterminated")]
    [DataRow("echo $(unclosed && more")]
    [DataRow("echo `unclosed")]
    [DataRow("echo ${unclosed")]
    [DataRow("((((((")]
    [DataRow(")))) ;;; &&& |||")]
    [DataRow("cat <<EOF")]
    [DataRow("")]
    public void Malformed_scripts_give_what_can_be_read(string script)
    {
        var commands = ShellCommandSplitter.Split(script);

        Assert.IsTrue(commands.All(c => c.Text.Length > 0));
    }

    [TestMethod]
    public void Hostile_nesting_stays_fast()
    {
        var scripts = new[]
        {
            string.Concat(Enumerable.Repeat("$(", 50_000)),
            string.Concat(Enumerable.Repeat("\"$(", 50_000)),
            new string('(', 100_000),
            string.Concat(Enumerable.Repeat("`", 100_001)),
            string.Concat(Enumerable.Repeat("a && ", 50_000)),
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();

        foreach (var script in scripts)
            ShellCommandSplitter.Split(script);

        Assert.IsLessThan(5000, watch.ElapsedMilliseconds);
    }
}
