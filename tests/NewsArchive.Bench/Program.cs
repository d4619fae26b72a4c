using NewsArchive.Bench;

// Benchmarks over a folder of plain-text articles. Directories come from arguments, never from code.
if (args.Length == 0 || args[0] != "people")
{
    Console.Error.WriteLine("usage: people --corpus DIR [--peer DIR] [--gold FILE] [--dump]");
    return 2;
}
var options = BenchOptions.Parse(args.AsSpan(1));
if (options is null)
{
    Console.Error.WriteLine("usage: people --corpus DIR [--peer DIR] [--gold FILE] [--dump]");
    return 2;
}
return PeopleBench.Run(options, Console.Out);
