using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>What a Dockerfile rule sees: the parsed file, its settings, and each RUN's shell commands (split once, shared).</summary>
public sealed class DockerfileContext(DockerfileDocument document, DockerfileSettings settings)
{
    private readonly Dictionary<Instruction, IReadOnlyList<SimpleCommand>> _commands = new(ReferenceEqualityComparer.Instance);

    public DockerfileDocument Document { get; } = document;
    public DockerfileSettings Settings { get; } = settings;

    /// <summary>Every instruction, ONBUILD triggers not included.</summary>
    public IReadOnlyList<Instruction> Instructions => Document.Instructions;

    public IEnumerable<Instruction> All(string keyword) => Document.Instructions.Where(i => i.Is(keyword));

    /// <summary>The stage the image is built from: the last one.</summary>
    public Stage? FinalStage => Document.Stages.Count == 0 ? null : Document.Stages[^1];

    /// <summary>The simple commands of a shell-form RUN (empty for exec form and other instructions).</summary>
    public IReadOnlyList<SimpleCommand> Commands(Instruction run)
    {
        if (!_commands.TryGetValue(run, out var commands))
        {
            _commands[run] = commands = RunScript.Of(run) is { } script ? ShellCommandSplitter.Split(script) : [];
        }
        return commands;
    }

    /// <summary>Every RUN with its commands, in file order.</summary>
    public IEnumerable<(Instruction Run, SimpleCommand Command)> RunCommands() =>
        All("RUN").SelectMany(run => Commands(run).Select(c => (run, c)));
}
