namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>A builder flag word as <c>extractBuilderFlags</c> returns it, and where it starts in the line.</summary>
internal sealed record RawFlag(string Text, int Offset);

/// <summary>An instruction line split as BuildKit's <c>splitCommand</c> does; offsets are in the joined line.</summary>
internal sealed record CommandLine(string Keyword, int KeywordOffset, IReadOnlyList<RawFlag> Flags, string Arguments, int ArgumentsOffset);
