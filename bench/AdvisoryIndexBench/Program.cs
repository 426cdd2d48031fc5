using AdvisoryIndexBench;

// build/bench-advisories.sh drives these steps, each in its own process so that start-up, JIT and peak memory are the step's own.
return args switch
{
    ["generate", var zip, var names] => ExportGenerator.Run(zip, names),
    ["build", var zip, var index] => BuildMeasurement.Run(zip, index),
    ["find", var index, var names] => FindMeasurement.Run(index, names, runs: 2),
    ["find", var index, var names, var runs] => FindMeasurement.Run(index, names, int.Parse(runs)),
    ["match", var index, var names] => MatchMeasurement.Run(index, names, runs: 3),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: AdvisoryIndexBench generate <all.zip> <names.txt>   a Debian-like 300,000-record OSV export and 1,000 names to look up
               AdvisoryIndexBench build <all.zip> <index>           the index built from the export
               AdvisoryIndexBench find <index> <names.txt> [runs=2] open + Find for each name, runs times in this process
               AdvisoryIndexBench match <index> <names.txt>         open + VulnerabilityMatcher.Match of 1,000 Debian 12 packages, 3 runs
        """);
    return 2;
}
