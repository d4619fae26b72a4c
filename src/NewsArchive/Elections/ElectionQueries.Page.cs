using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Elections;

public static partial class ElectionQueries
{
    /// <summary>Candidates the election page shows, winners and the largest votes first; in a general election the
    /// articles name hundreds. The sources page lists every one.</summary>
    public const int CandidatesShown = 20;

    /// <summary>An election as its page shows it: its first <see cref="CandidatesShown"/> candidates with every figure,
    /// candidacy and sentence of theirs, its turnout and votes cast, and one page of the articles that name it. Read
    /// from the rows put together when the archive was built (<see cref="ElectionPageRow"/>), so a race many
    /// articles report costs no more than what the page shows of it. Numbers and order are the whole race's.</summary>
    public static async Task<Detail?> GetPageAsync(ArchiveDbContext db, string slug, int page, int perPage, CancellationToken cancellationToken = default)
    {
        var election = await ElectionAsync(db, slug, cancellationToken);
        if (election is null) return null;
        var rows = await PageRowsAsync(db, election.Id, cancellationToken);
        var assembly = Assemble([.. rows.Where(r => r.Kind is not null)], [.. rows.Where(r => r.Kind is null)], election.Kind);
        return await DetailAsync(db, election, assembly, page, perPage, cancellationToken) with { CandidateCount = election.CandidateCount, Posts = assembly.Posts };
    }

    /// <summary>What the election page will read of a race, put together from every row of it: the rows of its first
    /// <see cref="CandidatesShown"/> candidates and its own turnout and votes cast. Run when the archive is built.</summary>
    internal static async Task<(IReadOnlyList<ElectionPageRow> Rows, int CandidateCount)> PageRowsAsync(ArchiveDbContext db, ElectionEntry election,
        CancellationToken cancellationToken = default)
    {
        var (figures, candidacies) = await RowsAsync(db, election.Id, cancellationToken);
        var assembly = Assemble(figures, candidacies, election.Kind);
        var rows = assembly.Placed()
            .Where(p => p.Row.CandidateRank is null or <= CandidatesShown)
            .Select(p => new ElectionPageRow
            {
                ElectionEntryId = election.Id, Position = p.Position, CandidateRank = p.Row.CandidateRank, SourceNumber = p.Row.SourceNumber,
                PersonName = p.Row.PersonName, PersonSlug = p.Row.PersonSlug, Party = p.Row.Party, Outcome = p.Row.Outcome, Kind = p.Row.Kind,
                Text = p.Row.Text, Value = p.Row.Value, Bound = p.Row.Bound, Round = p.Row.Round, Status = p.Row.Status,
                RoundFromContext = p.Row.RoundFromContext, Post = p.Row.Post, Part = p.Row.Part, OutOf = p.Row.OutOf, Curated = p.Row.Curated, ArticleSlug = p.Row.ArticleSlug,
                Headline = p.Row.Headline, PublishedOn = p.Row.PublishedOn, Paragraph = p.Row.Paragraph, Sentence = p.Row.Sentence,
            })
            .ToList();
        return (rows, assembly.Candidates.Count);
    }
}
