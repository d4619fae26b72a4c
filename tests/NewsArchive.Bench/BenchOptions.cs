namespace NewsArchive.Bench;

internal sealed record BenchOptions(string Corpus, string? Peer, string? Gold, bool Dump)
{
    public static BenchOptions? Parse(ReadOnlySpan<string> args)
    {
        string? corpus = null, peer = null, gold = null;
        var dump = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
                case "--peer" when i + 1 < args.Length: peer = args[++i]; break;
                case "--gold" when i + 1 < args.Length: gold = args[++i]; break;
                case "--dump": dump = true; break;
                default: return null;
            }
        }
        return corpus is null ? null : new BenchOptions(corpus, peer, gold, dump);
    }
}
