using NewsArchive.Bench;
using NewsArchive.Bench.Corpus;
using NewsArchive.Bench.Gold;
using NewsArchive.Bench.Pages;

// Benchmarks of the archive. Directories come from arguments, never from code.
const string Usage = """
    usage:
      people   --corpus DIR [--peer DIR] [--gold FILE] [--sample N] [--dump] [--work DIR]   (.txt and .md files)
      gold     --gold DIR [--half tune|untouched|fresh|both|all] [--bbc DIR] [--felix DIR] [--seeds DIR] [--written DIR] [--peer DIR] [--synthetic DIR [--sample N]] [--report FILE] [--errors] [--work DIR]
      read     --file ARTICLE_OR_FOLDER [--vouch "NAME,NAME"]   (people, quotes, elections and figures of an article, or of every article in a folder)
      generate [--count N] [--seed S] --out DIR
      import   --corpus DIR [--db FILE | --postgres CONNECTION]   (or --work DIR --sizes 10000,50000,100000 [--seed S])
      real     --corpus DIR[,DIR...] [--peer DIR] [--work DIR]   (import and extraction speed on folders of real articles, .txt or .md)
      search   --db FILE [--queries N]             (or --postgres CONNECTION: the archive an import built there)
      pages    --db FILE [--key answers-people.tsv] [--web DLL] [--work DIR] [--duration SECONDS] [--connections N] [--uncached] [--compressed]
      balanced --postgres CONNECTION --corpus DIR [--key answers-people.tsv] [--keep-archive] [--web DLL] [--work DIR] [--duration SECONDS] [--connections N]
      all      [--peer DIR] [--real DIR[,DIR...]] [--postgres CONNECTION] [--sizes 10000,50000,100000] [--pages-size N] [--sample N] [--work DIR] [--duration SECONDS] [--report FILE]
    """;
try
{
    return args.FirstOrDefault() switch
    {
        "people" => BenchOptions.Parse(args.AsSpan(1)) is { } options ? PeopleBench.Run(options, Console.Out) : throw new UsageException("bad people options"),
        "gold" => GoldBench.Run(Args.Parse(args.AsSpan(1), ["gold", "half", "bbc", "felix", "seeds", "written", "peer", "work", "synthetic", "sample", "report"], ["errors"]), Console.Out),
        "read" => ReadBench.Run(Args.Parse(args.AsSpan(1), ["file", "vouch"]), Console.Out),
        "generate" => CorpusGenerator.Run(Args.Parse(args.AsSpan(1), ["count", "seed", "out"]), Console.Out),
        "import" => ImportBench.Run(Args.Parse(args.AsSpan(1), ["corpus", "db", "postgres", "sizes", "work", "seed", "queries"], ["result"]), Console.Out),
        "real" => RealTextBench.Run(Args.Parse(args.AsSpan(1), ["corpus", "peer", "work"]), Console.Out),
        "search" => SearchBench.Run(Args.Parse(args.AsSpan(1), ["db", "postgres", "queries"], ["result"]), Console.Out),
        "pages" => PagesBench.Run(Args.Parse(args.AsSpan(1), ["db", "key", "web", "work", "duration", "connections"], ["uncached", "compressed"]), Console.Out),
        "balanced" => BalancedBench.Run(Args.Parse(args.AsSpan(1), ["postgres", "corpus", "key", "web", "work", "duration", "connections"], ["keep-archive"]), Console.Out),
        "all" => AllBench.Run(Args.Parse(args.AsSpan(1), ["postgres", "peer", "real", "sizes", "pages-size", "work", "seed", "queries", "sample", "duration", "web", "report"]), Console.Out),
        _ => throw new UsageException("unknown verb"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}
