using NewsArchive.Articles;
using NewsArchive.People;

using NewsArchive.Language;

namespace NewsArchive.Elections;

/// <summary>
/// Gathers each article's elections, candidacies and figures into one entry per election slug. Figures
/// from different articles are all kept, side by side, even when they disagree. Pure: no database.
/// </summary>
public sealed class ElectionDirectory(PeopleDirectory people, FigureCuration curation)
{
    private readonly Dictionary<string, ElectionEntry> _bySlug = new(StringComparer.Ordinal);

    public int FiguresLeftOut { get; private set; }

    /// <summary>Adds one article's elections, candidacies and figures.</summary>
    /// <returns>Every entry the article named or added to, so an import that streams can take their new rows
    /// (an election of unknown year is renamed here, so the extraction's slugs alone would not find it).</returns>
    public IReadOnlyCollection<ElectionEntry> Add(Article article, ElectionExtraction extraction)
    {
        var touched = new HashSet<ElectionEntry>(ReferenceEqualityComparer.Instance);
        FiguresLeftOut += extraction.LeftOut.Count;
        // An election of unknown year (0) is the article's own: another article's may well be another election.
        var own = extraction.Elections.Where(e => e.Year == 0)
            .ToDictionary(e => e.Slug, e => e with { Slug = $"{e.Slug}-in-{article.Slug}", Id = $"{e.Id}.{article.Slug}" }, StringComparer.Ordinal);
        string SlugOf(string slug) => own.TryGetValue(slug, out var e) ? e.Slug : slug;
        foreach (var election in extraction.Elections.Select(e => own.GetValueOrDefault(e.Slug) ?? e))
        {
            var entry = EntryFor(election);
            touched.Add(entry);
            foreach (var mention in election.Mentions)
                entry.Coverage.Add(new ElectionCoverage { Article = article, Paragraph = mention.Paragraph, Sentence = mention.Sentence });
        }
        foreach (var candidacy in extraction.Candidacies)
        {
            if (!_bySlug.TryGetValue(SlugOf(candidacy.ElectionSlug), out var entry)) continue;
            touched.Add(entry);
            var person = candidacy.Candidate is null ? null : people.Find(candidacy.Candidate);
            foreach (var source in candidacy.Sources)
                entry.Candidacies.Add(new CandidacyEntry
                {
                    Person = person, Party = candidacy.Party, Outcome = candidacy.Outcome, Post = candidacy.Post,
                    Article = article, Paragraph = source.Paragraph, Sentence = source.Sentence,
                });
        }
        foreach (var figure in extraction.Figures)
        {
            if (!_bySlug.TryGetValue(SlugOf(figure.ElectionSlug), out var entry)) continue;
            touched.Add(entry);
            if (curation.ShouldDrop(entry.Slug, figure.Value.Text))
            {
                FiguresLeftOut++;
                continue;
            }
            var person = figure.Candidate is null ? null : people.Find(figure.Candidate);
            // A candidate's figure whose person the archive does not keep has no one to stand beside; it is never
            // the election's own figure (votes cast), which names nobody.
            if (figure.Candidate is not null && person is null && figure.Party is null)
            {
                FiguresLeftOut++;
                continue;
            }
            entry.Figures.Add(new FigureEntry
            {
                Person = person, Party = figure.Party,
                Kind = figure.Kind, Value = figure.Value.Value, Bound = figure.Value.Bound, Text = figure.Value.Text,
                OutOf = figure.OutOf, Round = figure.Round, Status = figure.Status, RoundFromContext = figure.RoundFromContext, Post = figure.Post, Part = figure.Part,
                Article = article, Paragraph = figure.Source.Paragraph, Sentence = figure.Source.Sentence,
            });
        }
        AttachCurated(article, touched);
        return touched;
    }

    public IReadOnlyList<ElectionEntry> Finish() =>
        _bySlug.Values.OrderByDescending(e => e.Year).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();

    private ElectionEntry EntryFor(Election election)
    {
        if (!_bySlug.TryGetValue(election.Slug, out var entry))
        {
            entry = new ElectionEntry
            {
                Slug = election.Slug, DemocracyClubId = election.Id, Name = election.Name, Kind = election.Kind,
                Area = election.Area, Year = election.Year,
            };
            _bySlug[election.Slug] = entry;
        }
        // A dated identifier from one article beats a year-only one from another.
        if (election.PollDate is { } poll && entry.PollDate is null)
        {
            entry.PollDate = poll;
            entry.DemocracyClubId = election.Id;
        }
        entry.ParentSlug ??= election.ParentSlug;
        entry.VotingSystem ??= election.VotingSystem;
        return entry;
    }

    /// <summary>Figures an editor attached, when this article holds the sentence they name.</summary>
    private void AttachCurated(Article article, HashSet<ElectionEntry> touched)
    {
        foreach (var attach in curation.Attaches.Where(a => a.File == article.FileName))
        {
            if (!_bySlug.TryGetValue(attach.ElectionSlug, out var entry)) continue;
            touched.Add(entry);
            var paragraph = article.Paragraphs.FirstOrDefault(p => p.Text.Contains(attach.Sentence, StringComparison.Ordinal));
            if (paragraph is null) continue;
            attach.Matched = true;
            var person = attach.Person is null ? null : people.Find(attach.Person);
            if (attach.Person is not null && person is null && attach.Party is null) continue;
            entry.Figures.Add(new FigureEntry
            {
                Person = person, Party = attach.Party,
                Kind = attach.Kind, Value = attach.Value.Value, Bound = attach.Value.Bound, Text = attach.Value.Text,
                Article = article, Paragraph = paragraph.Position, Sentence = attach.Sentence, Curated = true,
            });
        }
    }
}
