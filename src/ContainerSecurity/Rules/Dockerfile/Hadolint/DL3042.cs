using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3042: pip keeps its download cache in the layer unless told not to.</summary>
public sealed class DL3042 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3042", DiagnosticLevel.Warning, "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
        "Add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use RUN --mount=type=cache,target=/root/.cache/pip.") { Equivalent = "hadolint DL3042" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var noCacheStages = new HashSet<int>();
        foreach (var instruction in context.Instructions)
        {
            if (instruction.Is("ENV") && instruction.KeyValues.FirstOrDefault(kv => kv.Key == "PIP_NO_CACHE_DIR") is { } setting)
            {
                if (HadolintShell.DropQuotes(setting.Value ?? "").ToLowerInvariant() is "" or "0" or "false" or "off" or "no")
                    noCacheStages.Remove(instruction.StageIndex);
                else
                    noCacheStages.Add(instruction.StageIndex);
            }
        }
        foreach (var (at, run, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (noCacheStages.Contains(at.StageIndex) || HadolintShell.CachesMount(run, "/root/.cache/pip") || HadolintShell.CachesMount(run, "~/.cache/pip"))
                continue;
            if (commands.FirstOrDefault(c => IsPipInstall(c) && !c.HasFlag("no-cache-dir") && !c.Assignments.Any(a => a.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal))) is { } command)
            {
                yield return new DockerfileHit(at, $"Avoid use of cache directory with pip: '{command.Text}'. {Info.Fix}");
            }
        }
    }

    private static bool IsPipInstall(SimpleCommand command)
    {
        var arguments = command.Arguments;
        var pip = command.Program.StartsWith("pip", StringComparison.Ordinal) && command.Program is not ("pipenv" or "pipx") && arguments.Contains("install");
        var pythonModule = command.Program.StartsWith("python", StringComparison.Ordinal)
            && Enumerable.Range(0, Math.Max(0, arguments.Count - 2)).Any(i => arguments[i] == "-m" && arguments[i + 1] == "pip" && arguments[i + 2] == "install");
        return pip || pythonModule;
    }
}
