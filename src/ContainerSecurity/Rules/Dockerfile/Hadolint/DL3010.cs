using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3010: COPY of an archive that a later RUN of the same stage extracts: ADD extracts it in one layer.</summary>
public sealed class DL3010 : IDockerfileRule
{
    private static readonly HashSet<string> Decompressors = ["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"];

    public RuleInfo Info { get; } = new("DL3010", DiagnosticLevel.Note, "Use ADD for extracting archives into an image",
        "Replace the COPY and the extracting RUN with ADD archive.tar.gz /dest/, which extracts local tar archives.") { Equivalent = "hadolint DL3010" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var archives = new List<(Instruction Copy, string Name)>();
            var extracted = new HashSet<Instruction>();
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Is("COPY") && instruction.Flag("from") is null)
                {
                    var (sources, target) = CopyArguments.Of(instruction);
                    if (target is not null && HadolintShell.IsArchive(target))
                        archives.Add((instruction, Basename(target)));
                    else
                        archives.AddRange(sources.Select(Basename).Where(HadolintShell.IsArchive).Distinct().Select(s => (instruction, s)));
                }
                else if (instruction.Is("RUN"))
                {
                    foreach (var command in context.Commands(instruction).Where(c => IsTarExtract(c) || Decompressors.Contains(c.Name)))
                    {
                        var arguments = command.Arguments.ArgsNoFlags().Select(Basename).ToHashSet();
                        extracted.UnionWith(archives.Where(a => arguments.Contains(a.Name)).Select(a => a.Copy));
                    }
                }
            }
            foreach (var copy in stage.Instructions.Where(extracted.Contains))
            {
                yield return new DockerfileHit(copy, $"Use ADD for extracting archives into an image: a later RUN extracts what this COPY adds. {Info.Fix}");
            }
        }
    }

    private static bool IsTarExtract(SimpleCommand command) =>
        command.Name == "tar" && command.Arguments.Any(a => a is "--extract" or "--get" || (a.StartsWith('-') && a.Contains('x')));

    private static string Basename(string path)
    {
        var text = HadolintShell.DropQuotes(path);
        return text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
    }
}
