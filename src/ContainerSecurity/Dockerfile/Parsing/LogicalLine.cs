namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>One instruction's text after BuildKit joined its continuation lines, and where each part came from.</summary>
internal sealed record LogicalLine(string Text, PositionMap Map);
