using System.Collections.Immutable;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// Which ARG and ENV values are in scope where, following BuildKit: ARGs before the first FROM (meta ARGs) are only
/// visible to FROM lines unless a stage redeclares them with a bare <c>ARG NAME</c>; an ARG default is used unless a
/// build argument overrides it; defaults and ENV values are expanded with what is in scope at that point; ENV wins
/// over an ARG of the same name; a stage built <c>FROM</c> an earlier stage inherits that stage's ENVs.
/// </summary>
public sealed class VariableScopes
{
    // Immutable maps share structure, so a scope per instruction costs little even for thousands of instructions.
    private static readonly ImmutableDictionary<string, string?> Empty = ImmutableDictionary<string, string?>.Empty;

    private readonly Dictionary<Instruction, IReadOnlyDictionary<string, string?>> _before = new(ReferenceEqualityComparer.Instance);

    private VariableScopes(IReadOnlyDictionary<string, string?> globalArgs, IReadOnlyList<StageVariables> stages)
    {
        GlobalArgs = globalArgs;
        Stages = stages;
    }

    /// <summary>The meta ARGs after every ARG before the first FROM.</summary>
    public IReadOnlyDictionary<string, string?> GlobalArgs { get; }

    public IReadOnlyList<StageVariables> Stages { get; }

    /// <summary>The variables an instruction can expand (before its own effect); FROM sees the meta ARGs.</summary>
    public IReadOnlyDictionary<string, string?> At(Instruction instruction) =>
        _before.TryGetValue(instruction, out var scope) ? scope : GlobalArgs;

    public static VariableScopes Compute(DockerfileDocument document, IReadOnlyDictionary<string, string>? buildArgs = null)
    {
        buildArgs ??= new Dictionary<string, string>();
        var escape = document.EscapeChar;
        var before = new List<(Instruction, IReadOnlyDictionary<string, string?>)>();
        var global = Empty;
        foreach (var arg in document.MetaArgs)
        {
            before.Add((arg, global));
            foreach (var pair in arg.KeyValues)
                global = global.SetItem(pair.Key, ArgValue(pair, buildArgs, global, inherited: null, escape));
        }

        var stages = new List<StageVariables>();
        var envByStageName = new Dictionary<string, ImmutableDictionary<string, string?>>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in document.Stages)
        {
            before.Add((stage.From, global));
            var args = Empty;
            var env = envByStageName.GetValueOrDefault(stage.BaseImage, Empty);
            var scope = env;
            foreach (var instruction in stage.Instructions)
            {
                before.Add((instruction, scope));
                foreach (var pair in instruction.KeyValues)
                {
                    if (instruction.Is("ARG"))
                    {
                        var value = ArgValue(pair, buildArgs, scope, global, escape);
                        args = args.SetItem(pair.Key, value);
                        if (!env.ContainsKey(pair.Key))
                            scope = scope.SetItem(pair.Key, value);
                    }
                    else if (instruction.Is("ENV"))
                    {
                        var key = Expand(pair.RawKey, scope, escape);
                        var value = Expand(pair.RawValue ?? "", scope, escape);
                        env = env.SetItem(key, value);
                        scope = scope.SetItem(key, value);
                    }
                }
            }
            if (stage.Name is { } name)
                envByStageName.TryAdd(name, env);
            stages.Add(new StageVariables(stage.Index, Expand(stage.BaseImage, global, escape), args, env));
        }

        var scopes = new VariableScopes(global, stages);
        foreach (var (instruction, scope) in before)
            scopes._before[instruction] = scope;
        return scopes;
    }

    internal static IReadOnlyDictionary<string, string?> Combine(
        IReadOnlyDictionary<string, string?> args, IReadOnlyDictionary<string, string?> env)
    {
        var combined = new Dictionary<string, string?>(args);
        foreach (var (name, value) in env)
            combined[name] = value;
        return combined;
    }

    private static string? ArgValue(
        KeyValue pair,
        IReadOnlyDictionary<string, string> buildArgs,
        IReadOnlyDictionary<string, string?> scope,
        IReadOnlyDictionary<string, string?>? inherited,
        char escape)
    {
        if (buildArgs.TryGetValue(pair.Key, out var fromCommandLine))
            return fromCommandLine;
        if (pair.RawValue is { } defaultValue)
            return Expand(defaultValue, scope, escape);
        return inherited is not null && inherited.TryGetValue(pair.Key, out var meta) ? meta : null;
    }

    private static string Expand(string word, IReadOnlyDictionary<string, string?> scope, char escape)
    {
        VariableExpander.TryExpand(word, scope, escape, out var result, out _);
        return result;
    }
}
