using NewsArchive.Bench.Corpus;

namespace NewsArchive.Bench.Gold;

/// <summary>People in the generated corpus, through the real importer, against the generator's own answer key:
/// a row beside the hand-made gold. Names there are made of syllables, so no list could know them.</summary>
internal static class SyntheticPeople
{
    public static SourceScores Measure(string corpus, int sample, string? peer, string? work)
    {
        work ??= Path.Combine(Path.GetTempPath(), $"newsarchive-gold-{Environment.ProcessId}");
        var folder = Path.Combine(work, "synthetic");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var files = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Take(sample).ToList();
        foreach (var file in files) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.Copy(Path.Combine(corpus, "articles.yml"), Path.Combine(folder, "articles.yml"));
        var key = GoldFile.Read(Path.Combine(corpus, CorpusGenerator.PeopleKey));
        var found = ArchiveReader.ImportAndRead(folder, Path.Combine(work, "synthetic.db"));
        var peerFound = peer is null ? null : PeerRunner.Run(peer, files, 1).People;
        Score ours = new(0, 0, 0);
        Score? theirs = peer is null ? null : new Score(0, 0, 0);
        foreach (var file in files.Select(Path.GetFileName))
        {
            var gold = key.GetValueOrDefault(file!) ?? [];
            ours += Scoring.Compare(found.GetValueOrDefault(file!)?.People.Select(p => p.Name) ?? [], gold);
            if (peerFound is not null) theirs = theirs! + Scoring.Compare(peerFound.GetValueOrDefault(file!) ?? [], gold);
        }
        var none = new Score(0, 0, 0);
        return new SourceScores(GoldBench.SyntheticSource, files.Count, ours, theirs, none, none, none, none, none);
    }
}
