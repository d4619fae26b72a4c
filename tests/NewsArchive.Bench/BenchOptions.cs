namespace NewsArchive.Bench;

/// <param name="Work">Where the peer's plain copies of Markdown articles are written (the system temp folder when null).</param>
internal sealed record BenchOptions(string Corpus, string? Peer, string? Gold, bool Dump, int? Sample = null, string? Work = null)
{
    public static BenchOptions? Parse(ReadOnlySpan<string> args)
    {
        string? corpus = null, peer = null, gold = null, work = null;
        var dump = false;
        int? sample = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
                case "--peer" when i + 1 < args.Length: peer = args[++i]; break;
                case "--gold" when i + 1 < args.Length: gold = args[++i]; break;
                case "--work" when i + 1 < args.Length: work = args[++i]; break;
                case "--dump": dump = true; break;
                case "--sample" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: sample = n; i++; break;
                default: return null;
            }
        }
        return corpus is null ? null : new BenchOptions(corpus, peer, gold, dump, sample, work);
    }
}
