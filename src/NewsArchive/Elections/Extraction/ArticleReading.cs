using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The extractor's walk through one article, sentence by sentence, remembering the election in
/// view, the last party named and the last sentence's subject, which later sentences lean on.</summary>
internal sealed partial class ArticleReading(
    IReadOnlyList<ArticleSentence> sentences,
    DateOnly? published,
    bool reportsNow,
    IReadOnlyDictionary<string, string>? known)
{
    private const int ContextParagraphs = 20;
    private const int SeatParagraphs = 12;
    private const int PartyParagraphs = 3;

    private readonly ElectionRegistry registry = new();
    private readonly Candidacies candidacies = new();
    private readonly List<ElectionFigure> figures = [];
    private readonly List<LeftOutFigure> leftOut = [];
    private readonly Dictionary<string, string> anchored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> inView = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> articleLabels = Labels(sentences);
    private (string Slug, int Paragraph)? context;
    private (string Slug, int Paragraph)? seat;
    private (string Slug, int Paragraph)? parent;
    private (string Party, int Paragraph)? lastParty;
    private (string Slug, CountRound Round, int Sentence)? lastRound;
    private string? lastSubject;

    private sealed record Placed(int Position, string? Slug);

    /// <summary>The first election this reading saw each person stand in: one a sentence names if any,
    /// else one in view from earlier sentences.</summary>
    public IReadOnlyDictionary<string, string> KnownCandidates()
    {
        var known = new Dictionary<string, string>(anchored, StringComparer.Ordinal);
        foreach (var (person, slug) in inView) known.TryAdd(person, slug);
        return known;
    }

    public void Read(int index, IReadOnlyList<ElectionAnchor> found)
    {
        var s = sentences[index];
        var text = s.Tokenised;
        var placed = Place(s, found);
        var seatMatch = text.Contains("seat", StringComparison.Ordinal) ? TextCues.TheSeat().Match(text) : Match.Empty;
        if (seatMatch.Success && Recent(seat, s.Paragraph, SeatParagraphs)) placed.Add(new Placed(seatMatch.Index, seat!.Value.Slug));
        placed.Sort((a, b) => a.Position.CompareTo(b.Position));

        var labels = s.Labels.GroupBy(l => l.Person).ToDictionary(g => g.Key, g => g.First().Party);
        string? PartyOf(string person) => labels.GetValueOrDefault(person) ?? articleLabels.GetValueOrDefault(person);
        var subject = TextCues.StartsWithPronoun().IsMatch(text) ? lastSubject : null;

        foreach (Match m in TextCues.VotingSystem().Matches(text))
            if (ElectionFor(s, placed, m.Index, null) is { } slug) registry.SetVotingSystem(slug, TextCues.SystemName(m.Groups["system"].Value));

        var partyWon = s.Cues.Party ? TextCues.PartyWon().Matches(text).Concat(ElectionRecogniser.HeldConstituency().Matches(text)) : [];
        foreach (Match m in partyWon)
            if (ElectionFor(s, placed, m.Index, null) is { } slug)
                candidacies.Add(slug, null, Parties.Canonical(m.Groups["party"].Value), Outcome.Elected, s.Source);

        foreach (var statement in s.Candidates)
        {
            if (ElectionFor(s, placed, statement.Position, statement.Candidate) is not { } slug) continue;
            Seen(statement.Candidate, slug, placed.Count > 0);
            var outcome = statement.ByPlace && !SingleWinner(registry.KindOf(slug)) ? null : statement.Outcome;
            candidacies.Add(slug, statement.Candidate, PartyOf(statement.Candidate), outcome, s.Source);
        }

        var unplaced = found.Any(a => !a.Future) && placed.Count == 0;
        var raws = s.Figures;
        for (var k = 0; k < raws.Count; k++)
        {
            // A year stated beside one figure ("down from 57 per cent in 2016") is not the year of its neighbours.
            var window = (k == 0 ? 0 : raws[k - 1].End, k + 1 < raws.Count ? raws[k + 1].Position : text.Length);
            ReadFigure(index, s, placed, raws[k], window, subject, unplaced, PartyOf);
        }

        Remember(s, placed, subject);
    }

    private void ReadFigure(int index, ArticleSentence s, List<Placed> placed, RawFigure raw, (int Start, int End) yearWindow, string? subject, bool unplaced, Func<string, string?> partyOf)
    {
        var text = s.Tokenised;
        var (clauseStart, _) = TextCues.ClauseAt(text, raw.Position);
        void Leave(LeftOutReason reason) => leftOut.Add(new LeftOutFigure(raw.Value.Text, reason, s.Source));

        if (LeftOutRules.Judge(text, raw, clauseStart) is { } judged)
        {
            Leave(judged);
            return;
        }
        string? person = null, party = null;
        var winnerOnly = raw.Kind is FigureKind.Majority or FigureKind.MarginPoints;
        if (raw.Kind == FigureKind.Seats)
        {
            party = Owners.Party(text, raw, clauseStart, winnerOnly: false);
            if (party is null && TextCues.PartyAnaphor().IsMatch(text[clauseStart..raw.Position]) && Recent(lastParty, s.Paragraph, PartyParagraphs))
                party = lastParty!.Value.Party;
        }
        else if (raw.Kind != FigureKind.Turnout)
        {
            person = Owners.Person(s, raw, clauseStart, winnerOnly);
            if (person is null && subject is not null && !ArticleSentence.PersonToken().IsMatch(text[clauseStart..raw.Position])) person = subject;
            if (person is null) party = Owners.Party(text, raw, clauseStart, winnerOnly);
        }
        var slug = ElectionFor(s, placed, raw.Position, person, yearWindow);
        if (slug is null)
        {
            Leave(unplaced ? LeftOutReason.ElectionYearUnknown : LeftOutReason.NoElection);
            return;
        }
        if (raw.Kind != FigureKind.Turnout && person is null && party is null)
        {
            Leave(LeftOutReason.NoCandidateOrParty);
            return;
        }
        if (person is not null) Seen(person, slug, placed.Count > 0);

        party ??= person is null ? null : partyOf(person);
        var round = TextCues.RoundNear(text, raw.Position);
        var fromContext = false;
        if (raw.Kind is FigureKind.Votes or FigureKind.Share)
        {
            if (round == CountRound.NotStated && lastRound is { } last && last.Slug == slug && index - last.Sentence <= 2)
            {
                round = last.Round;
                fromContext = true;
            }
            if (round != CountRound.NotStated) lastRound = (slug, round, index);
        }
        var outcome = raw.Kind is FigureKind.Majority or FigureKind.MarginPoints ? Outcome.Elected : (Outcome?)null;
        if (person is not null || party is not null) candidacies.Add(slug, person, person is null ? party : partyOf(person), outcome, s.Source);
        figures.Add(new ElectionFigure
        {
            ElectionSlug = slug,
            Candidate = person,
            Party = party,
            Kind = raw.Kind,
            Value = raw.Value,
            OutOf = raw.Kind == FigureKind.Seats ? FigureReader.SeatsInBody(text) : null,
            Round = round,
            RoundFromContext = fromContext,
            Source = s.Source,
        });
    }

    /// <summary>Settles each anchor's year and registers it; anchors without a year stay unplaced.</summary>
    private List<Placed> Place(ArticleSentence s, IReadOnlyList<ElectionAnchor> found)
    {
        var placed = new List<Placed>();
        if (found.Count == 0) return placed;
        var decided = s.Cues.Result;
        var now = decided && s.Cues.Now;
        var action = s.Cues.Action;
        foreach (var anchor in found)
        {
            if (anchor.Future || (!anchor.Explicit && !action)) continue;
            var (year, source) = YearOf(anchor, now, decided);
            if (year is null || (published is { } p && year > p.Year)) continue;
            var parentSlug = anchor.Kind == ElectionKind.Constituency && parent is { } pa && registry.YearOf(pa.Slug) == year ? pa.Slug : null;
            placed.Add(new Placed(anchor.Position, registry.Register(anchor.Kind, anchor.Area, year.Value, source, s.Source, parentSlug)));
        }
        return placed;
    }

    private (int? Year, YearSource Source) YearOf(ElectionAnchor anchor, bool now, bool decided)
    {
        if (anchor.StatedYear is { } stated) return (stated, YearSource.Stated);
        if (published is null || anchor.Past) return (null, YearSource.Stated);
        if (now) return (published.Value.Year, YearSource.ReportedAsNow);
        return reportsNow && decided ? (published.Value.Year, YearSource.ArticleContext) : (null, YearSource.Stated);
    }

    /// <summary>The election a position in the sentence belongs to: one named in its clause, else one named
    /// earlier in the sentence, else the one in view from recent sentences (in the year the clause states).</summary>
    private string? ElectionFor(ArticleSentence s, List<Placed> placed, int position, string? person, (int Start, int End)? yearWindow = null)
    {
        var text = s.Tokenised;
        var (start, end) = TextCues.ClauseAt(text, position);
        var inClause = placed.Where(p => p.Position >= start && p.Position < end).MinBy(p => Math.Abs(p.Position - position));
        if (inClause is not null) return inClause.Slug;
        var before = placed.LastOrDefault(p => p.Position < position) ?? placed.FirstOrDefault();
        if (before is not null) return before.Slug;
        if (!s.Cues.Action) return null;
        var slug = KnownElection(person) ?? KnownElection(s);
        if (slug is null && Recent(context, s.Paragraph, ContextParagraphs)) slug = context!.Value.Slug;
        if (slug is null) return null;
        context = (slug, s.Paragraph);
        var (from, to) = yearWindow ?? (0, text.Length);
        var stated = TextCues.YearNear(text[..to], Math.Max(position, from));
        return stated is { } year && year != registry.YearOf(slug) && (published is null || year <= published.Value.Year)
            ? registry.SameContestIn(slug, year, s.Source)
            : slug;
    }

    // The first reading may have learned an election from a later sentence than this one; until this reading
    // has registered it too, it is not known here.
    private string? KnownElection(string? person) =>
        person is not null && known?.GetValueOrDefault(person) is { } slug && registry.Contains(slug) ? slug : null;

    /// <summary>The one election every known candidate named in the sentence stood in, if they agree.</summary>
    private string? KnownElection(ArticleSentence s)
    {
        var slugs = s.People.Select(KnownElection).Where(slug => slug is not null).Distinct().ToList();
        return slugs.Count == 1 ? slugs[0] : null;
    }

    private void Seen(string person, string slug, bool named) => (named ? anchored : inView).TryAdd(person, slug);

    private void Remember(ArticleSentence s, List<Placed> placed, string? subject)
    {
        foreach (var p in placed)
        {
            if (p.Slug is null) continue;
            context = (p.Slug, s.Paragraph);
            var kind = registry.KindOf(p.Slug);
            if (kind is ElectionKind.Constituency or ElectionKind.ByElection) seat = (p.Slug, s.Paragraph);
            if (kind is ElectionKind.DevolvedParliament or ElectionKind.General) parent = (p.Slug, s.Paragraph);
        }
        var parties = s.Cues.Party ? Parties.Mention().Matches(s.Tokenised) : null;
        if (parties is { Count: > 0 }) lastParty = (Parties.Canonical(parties[^1].Groups["party"].Value), s.Paragraph);
        var first = ArticleSentence.PersonToken().Match(s.Tokenised);
        lastSubject = subject ?? (first.Success && Subject().IsMatch(s.Tokenised[..first.Index]) ? s.PersonAt(first) : null);
    }

    public ElectionExtraction Finish()
    {
        var elections = registry.Build(published);
        var general = elections.FirstOrDefault(e => e.Kind == ElectionKind.General && e.YearSource != YearSource.Stated && e.Year == published?.Year);
        if (general is not null)
        {
            // "the incoming Labour Government": after a general election reported now, the party that won it.
            foreach (var s in sentences)
                foreach (Match m in TextCues.GovernmentChange().Matches(s.Tokenised))
                    if (m.Groups["party"].Success)
                        candidacies.Add(general.Slug, null, Parties.Canonical(m.Groups["party"].Value), Outcome.Elected, s.Source);
        }
        return new(elections, candidacies.Build(), figures, leftOut);
    }

    private static bool SingleWinner(ElectionKind kind) =>
        kind is ElectionKind.Mayoral or ElectionKind.ByElection or ElectionKind.Constituency or ElectionKind.PartyLeadership;

    private static bool Recent<T>((T, int Paragraph)? seen, int paragraph, int within) =>
        seen is { } v && paragraph - v.Paragraph <= within;

    private static Dictionary<string, string> Labels(IReadOnlyList<ArticleSentence> sentences)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (person, party) in sentences.SelectMany(s => s.Labels)) labels.TryAdd(person, party);
        return labels;
    }

    [GeneratedRegex(@"^\W*(?:(?:But|And|However|Meanwhile|Now|Then|So|Also),?\s+)?$")]
    private static partial Regex Subject();
}
