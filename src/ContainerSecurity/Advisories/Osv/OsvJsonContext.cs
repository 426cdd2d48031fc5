using System.Text.Json.Serialization;

namespace ContainerSecurity.Advisories.Osv;

/// <summary>Source-generated (de)serialisation of OSV records: no reflection while reading hundreds of thousands of them.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OsvRecord))]
internal sealed partial class OsvJsonContext : JsonSerializerContext;
