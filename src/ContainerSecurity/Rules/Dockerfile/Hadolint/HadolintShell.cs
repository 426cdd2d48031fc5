using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>Small helpers that mirror hadolint's shell predicates (Hadolint.Shell) over the shared splitter's commands.</summary>
internal static class HadolintShell
{
    /// <summary>Every RUN with its commands, and (when <paramref name="onBuild"/>, as hadolint's <c>onbuild</c> rules do)
    /// every <c>ONBUILD RUN</c>, reported at the ONBUILD instruction.</summary>
    public static IEnumerable<(Instruction At, Instruction Run, IReadOnlyList<SimpleCommand> Commands)> Runs(DockerfileContext context, bool onBuild)
    {
        foreach (var instruction in context.Instructions)
        {
            if (instruction.Is("RUN"))
            {
                yield return (instruction, instruction, context.Commands(instruction));
            }
            else if (onBuild && instruction.Is("ONBUILD") && instruction.OnBuildTrigger is { } trigger && trigger.Is("RUN"))
            {
                yield return (instruction, trigger, context.Commands(trigger));
            }
        }
    }

    /// <summary>hadolint's <c>getArgsNoFlags</c>: the arguments that do not start with '-'.</summary>
    public static IEnumerable<string> ArgsNoFlags(this IEnumerable<string> arguments) => arguments.Where(a => !a.StartsWith('-'));

    /// <summary>hadolint's <c>dropFlagArg</c>: drops the separate value after each of the given options (given without dashes).</summary>
    public static List<string> DropFlagValues(this IReadOnlyList<string> arguments, params string[] names)
    {
        var kept = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            kept.Add(arguments[i]);
            var name = arguments[i].TrimStart('-');
            if (arguments[i].StartsWith('-') && !arguments[i].Contains('=') && names.Contains(name))
            {
                i++;
            }
        }
        return kept;
    }

    /// <summary>hadolint's <c>stripInstallPrefix</c>: what follows the first <c>install</c> (repeated ones dropped).</summary>
    public static IEnumerable<string> AfterInstall(this IEnumerable<string> arguments) =>
        arguments.SkipWhile(a => a != "install").SkipWhile(a => a == "install");

    /// <summary>hadolint's <c>dropQuotes</c>.</summary>
    public static string DropQuotes(string text) => text.Trim('"', '\'');

    /// <summary>hadolint's <c>archiveFileFormatExtensions</c>.</summary>
    public static readonly string[] ArchiveExtensions =
        [".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"];

    public static bool IsArchive(string path) => ArchiveExtensions.Any(e => DropQuotes(path).EndsWith(e, StringComparison.Ordinal));

    /// <summary>Whether the RUN has a <c>--mount=type=cache</c> whose target is (under) the directory.</summary>
    public static bool CachesMount(Instruction run, string directory) =>
        run.FlagValues("mount").Any(mount =>
        {
            var options = mount.Split(',').Select(o => o.Split('=', 2)).GroupBy(o => o[0].Trim(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? g.Last()[1].Trim() : "", StringComparer.OrdinalIgnoreCase);
            var target = options.GetValueOrDefault("target") ?? options.GetValueOrDefault("dst") ?? options.GetValueOrDefault("destination");
            return options.GetValueOrDefault("type") == "cache" && target is not null && target.StartsWith(directory, StringComparison.Ordinal);
        });
}
