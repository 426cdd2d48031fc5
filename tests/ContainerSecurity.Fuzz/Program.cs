using ContainerSecurity.Fuzz;
using SharpFuzz;

// build/fuzz.sh runs:  dotnet ContainerSecurity.Fuzz.dll TARGET            (under afl-fuzz, instrumented)
// To replay inputs:    dotnet ContainerSecurity.Fuzz.dll TARGET FILE...    (any exception that escapes is a bug)
// To write built seeds:  dotnet ContainerSecurity.Fuzz.dll --seeds CORPUS_DIR
if (args is ["--seeds", var corpus])
{
    Seeds.Write(corpus);
    return 0;
}
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: ContainerSecurity.Fuzz TARGET [INPUT...]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args[1..])
    {
        target(File.ReadAllBytes(file));
        Console.WriteLine($"ok {file}");
    }
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
