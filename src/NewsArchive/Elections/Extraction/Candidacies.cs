using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Candidacies gathered across an article's sentences: one row per election and candidate (or party),
/// with every sentence that supports it. The first stated outcome, party and post stand. A picture's caption is no
/// sentence of a candidacy: it says who is in the picture ("Count Binface poses for a photograph after ... Sadiq Khan
/// was re-elected"), and the body it illustrates states who stood and won.</summary>
internal sealed class Candidacies(IReadOnlySet<int>? captions = null)
{
    private readonly Dictionary<(string Slug, string Key), Candidacy> rows = [];
    private readonly List<(string Slug, string Key)> order = [];

    public void Add(string slug, string? candidate, string? party, Outcome? outcome, SourceSentence source, string? post = null)
    {
        if (captions?.Contains(source.Paragraph) == true) return;
        var key = (slug, candidate ?? "party:" + party);
        if (!rows.TryGetValue(key, out var row))
        {
            order.Add(key);
            rows[key] = new Candidacy { ElectionSlug = slug, Candidate = candidate, Party = party, Outcome = outcome, Post = post, Sources = [source] };
            return;
        }
        rows[key] = row with
        {
            Party = row.Party ?? party,
            Outcome = row.Outcome ?? outcome,
            Post = row.Post ?? post,
            Sources = row.Sources.Contains(source) ? row.Sources : [.. row.Sources, source],
        };
    }

    /// <summary>The candidates the article has said won the race so far.</summary>
    public IReadOnlyList<string> ElectedIn(string slug) =>
        order.Where(k => k.Slug == slug).Select(k => rows[k]).Where(r => r.Outcome == Outcome.Elected && r.Candidate is not null).Select(r => r.Candidate!).ToList();

    /// <summary>Whether the article has said so far that the party won the race, with no candidate named.</summary>
    public bool PartyElectedIn(string slug, string party) =>
        order.Where(k => k.Slug == slug).Select(k => rows[k]).Any(r => r.Outcome == Outcome.Elected && r.Candidate is null && r.Party == party);

    /// <summary>The candidates the article has said were beaten in the race so far.</summary>
    public IReadOnlyList<string> DefeatedIn(string slug) =>
        order.Where(k => k.Slug == slug).Select(k => rows[k]).Where(r => r.Outcome == Outcome.Defeated && r.Candidate is not null).Select(r => r.Candidate!).ToList();

    public IReadOnlyList<Candidacy> Build() => order.Select(key => rows[key]).ToList();
}
