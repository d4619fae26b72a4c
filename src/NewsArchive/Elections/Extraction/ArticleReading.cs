using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The extractor's walk through one article, sentence by sentence, remembering the election in
/// view, the last party named and the last sentence's subject, which later sentences lean on.</summary>
internal sealed partial class ArticleReading(
    IReadOnlyList<ArticleSentence> sentences,
    DateOnly? published,
    bool reportsNow,
    IReadOnlyDictionary<string, string>? known,
    IReadOnlyDictionary<(ElectionKind, string), int>? learnedYears,
    bool namesGeneralElection = false,
    string? aboutCountry = null,
    Lazy<bool>? aboutWestminster = null,
    IReadOnlySet<int>? captions = null)
{
    /// <summary>True for an article about one other country that never uses a word only the UK's politics has: a
    /// party's share or seats there is not the UK's general election of that year.</summary>
    public Lazy<bool> Abroad { get; init; } = new(() => false);

    /// <summary>The one party the article's people reading ties each person to ("Siân Berry of the Green party", "his
    /// Conservative rival, Zac Goldsmith"): a candidate's party where no sentence of the results says it.</summary>
    public IReadOnlyDictionary<string, string> StatedParties { get; init; } = new Dictionary<string, string>();

    private const int ContextParagraphs = 20;
    private const int SeatParagraphs = 12;
    private const int PartyParagraphs = 3;

    private readonly ElectionRegistry registry = new();
    private readonly Candidacies candidacies = new(captions);
    private readonly List<ElectionFigure> figures = [];
    private readonly List<LeftOutFigure> leftOut = [];
    private readonly Dictionary<string, string> anchored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> inView = new(StringComparer.Ordinal);

    /// <summary>Candidates of an election whose year the article does not settle: what they win later is not
    /// filed under the election then in view.</summary>
    private readonly HashSet<string> unplaced = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> articleLabels = Labels(sentences);
    private readonly HashSet<string> calledParties = CalledParties.Of(sentences.Select(s => s.Tokenised));
    private readonly Lazy<bool> aboutWestminster = aboutWestminster ?? new(() => false);
    private readonly ElectionYears years = new(published, reportsNow, learnedYears, aboutWestminster,
        published is null ? ElectionYears.ToldYears(sentences.Select(s => s.Tokenised)) : null);
    private readonly List<(ElectionKind Kind, string Area, int Year)> placedYears = [];
    private (string Slug, int Paragraph)? context;
    private string? bodyTopic;
    private (string Slug, int Paragraph)? bodyInView;
    private (int Sentence, int Paragraph)? lastTurnout;
    private (string Slug, int Paragraph)? seat;
    private (string Slug, int Paragraph)? parent;
    private (string Party, int Paragraph)? lastParty;
    private (string Slug, CountRound Round, FigureStatus Status, int Sentence)? lastRound;
    private string? lastSubject;
    private (RawFigure Raw, IReadOnlyList<string> Names, int Sentence)? lastForeign;
    private (ArticleSentence Sentence, RawFigure Raw, string? Person, string? Party)? lastOwned;
    /// <summary>The party (an acronym: another country's parties are mostly not in the party table) a sentence of
    /// this paragraph opened on.</summary>
    private (string Name, int Paragraph, int Sentence)? foreignSubject;

    /// <summary>An election named at a position of the sentence. Slug null: named, but its year is unknown, so
    /// nothing near it may be attached to any other election. Ahead: still to come, so no result is its. Earlier: a
    /// contest the sentence measures against ("its best result since 1923", "up from 59.4% in 2001"): the election
    /// of what its own clause says, never of the rest of the sentence or of later sentences.
    /// Before: the race in view held before ("the last election"), measured against like Earlier, but the election of
    /// what follows it ("at the last election, when Johnson beat Livingstone").</summary>
    private sealed record Placed(int Position, string? Slug, bool Ahead = false, bool Earlier = false, bool Before = false)
    {
        public bool Usable => Slug is not null && !Ahead;
    }

    /// <summary>Each contest this reading placed in a year, for the next reading's <see cref="ElectionYears"/>.</summary>
    public IReadOnlyList<(ElectionKind Kind, string Area, int Year)> PlacedYears => placedYears;

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
        SeatInView(s, placed);
        placed.Sort((a, b) => a.Position.CompareTo(b.Position));

        var labels = s.Labels.GroupBy(l => l.Person).ToDictionary(g => g.Key, g => g.First().Party);
        string? PartyOf(string person) => labels.GetValueOrDefault(person) ?? articleLabels.GetValueOrDefault(person) ?? StatedParties.GetValueOrDefault(person);
        var subject = SentenceSubjects.StartsWithPronoun().IsMatch(text) ? lastSubject : null;

        // "under the supplementary vote", "elected using first-past-the-post": the system a contest is held by. One
        // offered, debated or turned down ("was offered the alternative vote and turned it down") is no contest's.
        foreach (Match m in TextCues.VotingSystem().Matches(text))
            if (TextCues.SystemUsed().IsMatch(text[..m.Index]) && ElectionFor(s, placed, m.Index, null) is { } slug)
                registry.SetVotingSystem(slug, TextCues.SystemName(m.Groups["system"].Value));

        var partyWon = s.Cues.Party ? TextCues.PartyWon().Matches(text).Concat(OfficeElections.HeldConstituency().Matches(text).Where(m => m.Groups["party"].Success)) : [];
        foreach (Match m in partyWon)
            if (ElectionFor(s, placed, m.Index, null) is { } slug)
                candidacies.Add(slug, null, Parties.Canonical(m.Groups["party"].Value), Outcome.Elected, s.Source);

        if (SentenceCues.HasAny(text, "voted", "won", "prevailed", "triumphed", "carried")) SideWinners(s, placed);

        foreach (var statement in s.Candidates)
        {
            // "Turnout was 45.3%, up from 38% in 2012, when Johnson beat Livingstone": a race told as the one measured
            // against is not the one the sentences after it report. So is "when he beat Zac Goldsmith five years ago".
            var inView = context;
            var slug = ElectionFor(s, placed, statement.Position, statement.Candidate);
            var yearsAgo = FigureReader.YearsAgoWhen(text[..statement.Position]) ?? FigureReader.YearsAgoAfterName(text, statement.Position);
            if (FigureReader.ToldOfEarlierYear(text[..statement.Position]) || yearsAgo is not null) context = inView;
            // "turnout ..., up from 38 per cent four years ago, when Boris Johnson was re-elected": the race in view so many
            // years before, whose candidate does not make the sentence's figures that race's (so is not "seen").
            if (slug is not null && yearsAgo is { } years) slug = SameContestIn(slug, registry.YearOf(slug) - years, s.Source);
            if (slug is null)
            {
                if (placed.Any(p => p.Slug is null)) unplaced.Add(statement.Candidate);
                continue;
            }
            if (registry.KindOf(slug) == ElectionKind.Referendum) continue; // A referendum has sides, not candidates.
            if (yearsAgo is null) Seen(statement.Candidate, slug, placed.Count > 0);
            var outcome = statement.ByPlace && !SingleWinner(registry.KindOf(slug)) ? null : statement.Outcome;
            var nameEnd = text.IndexOf('⟧', statement.Position) + 1;
            candidacies.Add(slug, statement.Candidate, PartyOf(statement.Candidate), outcome, s.Source,
                PostOf(index, slug, statement.Position, nameEnd > statement.Position ? nameEnd : statement.Position, figure: false));
        }

        var raws = WithElidedSeats(index, s, WithRankedTurnouts(index, s));
        if (raws.Any(r => r.Kind == FigureKind.Turnout)) lastTurnout = (index, s.Paragraph);
        for (var k = 0; k < raws.Count; k++)
        {
            // A year stated beside one figure ("down from 57 per cent in 2016") is not the year of its neighbours; but a
            // pair's is both numbers' ("beat Ken Livingstone by 51.5% to 48.5% on the final count in 2012").
            var (first, last) = (k, k);
            while (first > 0 && SameList(raws[first - 1], raws[k])) first--;
            while (last + 1 < raws.Count && SameList(raws[last + 1], raws[k])) last++;
            var window = (first == 0 ? 0 : TextCues.AfterOwnYear(text, raws[first - 1].End), last + 1 < raws.Count ? raws[last + 1].Position : text.Length);
            ReadFigure(index, s, placed, raws[k], window, subject, PartyOf);
        }

        YearsMentioned(s, placed);
        Remember(index, s, found, placed, subject, [.. raws.Select(r => r.Kind).Distinct()]);
    }

    private static bool SameList(RawFigure a, RawFigure b) => a.ListIndex >= 0 && b.ListIndex >= 0 && a.ListStart == b.ListStart && a.ListCount == b.ListCount;

    /// <summary>Settles each anchor's year and registers it; an anchor whose year is unknown stays in the sentence
    /// as unplaced, so that what is said beside it is not filed under another election.</summary>
    private List<Placed> Place(ArticleSentence s, IReadOnlyList<ElectionAnchor> found)
    {
        var placed = new List<Placed>();
        var seatsOfUnknownYear = new List<ElectionAnchor>();
        foreach (var named in found)
        {
            if (InArticlesTerms(SameContestsYear(named, found), s, found) is not { } anchor)
            {
                placed.Add(new Placed(named.Position, null));
                continue;
            }
            // An office or body named without an election word is an election only beside a word that one was decided.
            if (!anchor.Explicit && !s.Cues.Result && !TextCues.TookOffice().IsMatch(s.Tokenised)) continue;
            if (EarlierContest(anchor, s) is { } earlier)
            {
                placed.Add(earlier);
                continue;
            }
            // "the election" in an article about another election is that one, unless it gave seats in the Commons
            // ("the election delivered a 12-seat majority").
            if (anchor.Bare && Recent(context, s.Paragraph, ContextParagraphs) && registry.KindOf(context!.Value.Slug) is not ElectionKind.General
                && !TextCues.Commons().IsMatch(s.Tokenised)
                && !(TextCues.SeatMajority().IsMatch(s.Tokenised) && registry.KindOf(context.Value.Slug) is ElectionKind.EuropeanParliament or ElectionKind.Referendum))
            {
                // After a seat's result, "a hung parliament" or "the election" is the general election the seat was part of.
                var inView = registry.KindOf(context.Value.Slug) == ElectionKind.Constituency ? registry.ParentOf(context.Value.Slug) ?? context.Value.Slug : context.Value.Slug;
                // "Boris Johnson, who won a second term in 2012", in a report of 2016's race: that race held in the year
                // stated, or, where it was not held then, no election the figures beside it are filed under.
                if (anchor.StatedYear is { } stated && stated != registry.YearOf(inView)) inView = SameContestIn(inView, stated, s.Source);
                placed.Add(new Placed(anchor.Position, inView));
                continue;
            }
            var (year, source) = anchor.OnlyAtGeneral ? (null, default) : years.Of(anchor, s);
            if (year is null && anchor.Kind == ElectionKind.Constituency && !anchor.Future)
            {
                seatsOfUnknownYear.Add(anchor);
                continue;
            }
            string? roundSlug = null;
            if (year is null && MayorOfRound(anchor) is { } round) (year, source, roundSlug) = round;
            if (year is null)
            {
                // "the election" that is not Westminster's is the one in view; other elections of unknown year
                // stay in the sentence, so nothing beside them is filed under another.
                if (anchor.Bare && Recent(context, s.Paragraph, ContextParagraphs)) placed.Add(new Placed(anchor.Position, context!.Value.Slug));
                else if (!anchor.Future && !anchor.Bare && !anchor.AnyOne) placed.Add(new Placed(anchor.Position, null));
                continue;
            }
            var ahead = years.IsAhead(anchor, year.Value);
            var parentSlug = anchor.Kind == ElectionKind.Constituency && parent is { } pa && registry.YearOf(pa.Slug) == year ? pa.Slug : roundSlug;
            if (!ahead) placedYears.Add((anchor.Kind, anchor.Area, year.Value));
            // "Turnout was 45.8%, down from 56% at the general election": the contest measured against is its own
            // figure's only, never the turnout's before it.
            // Nor is the one a majority overturned was won at ("overturning a majority of 23,015 from last year's general
            // election", in a by-election's report).
            var measured = anchor.StatedYear is null && TextCues.ComparedAt().IsMatch(s.Tokenised[..anchor.Position])
                || TextCues.MajorityOverturned().IsMatch(s.Tokenised[..anchor.Position]);
            placed.Add(new Placed(anchor.Position, registry.Register(anchor.Kind, anchor.Area, year.Value, source, s.Source, parentSlug), ahead, Earlier: measured || anchor.Measured));
        }
        foreach (var seatAnchor in seatsOfUnknownYear)
            if (SeatAtGeneralElection(seatAnchor, s, placed) is { } seatPlaced) placed.Add(seatPlaced);
        if (placed.Count == 0) YearOfGeneralElection(s, placed);
        if (s.Cues.Digit && Recent(context, s.Paragraph, ContextParagraphs))
            foreach (var (year, position) in TextCues.PastResults(s.Tokenised))
                if (SameContestIn(context!.Value.Slug, year, s.Source) is { } earlier) placed.Add(new Placed(position, earlier, Earlier: true));
        return placed;
    }

    /// <summary>"In the 2016 US election, Clinton won the popular vote but lost the Electoral College": a contest named
    /// again in its sentence with no word of its time is the one the sentence dates. Not one told as still to come, as
    /// past, or as one of many ("won the 2015 election and hope to win the next").</summary>
    private static ElectionAnchor SameContestsYear(ElectionAnchor named, IReadOnlyList<ElectionAnchor> found) =>
        named is { StatedYear: null, Future: false, Past: false, Indefinite: false, Bare: false, YearOffset: null, Month: null }
        && found.Where(a => a != named && a.Kind == named.Kind && a.Area == named.Area && a.StatedYear is not null && !a.Measured).Select(a => a.StatedYear).Distinct().ToList() is [var year]
            ? named with { StatedYear = year } : named;

    /// <summary>"the worst result since 1935": the contest in view, held in another year, when the calendar says
    /// such a contest was held then.</summary>
    private string? SameContestIn(string slug, int year, SourceSentence mention)
    {
        var (kind, area) = (registry.KindOf(slug), registry.AreaOf(slug));
        if (!ElectionCalendar.HeldIn(kind, area, year) || year == registry.YearOf(slug)) return null;
        return published is { } p && year > p.Year ? null : registry.SameContestIn(slug, year, mention);
    }

    /// <summary>The body's election the article opens on, for a candidate's figure in a sentence that names no
    /// election ("Scott Heath beat Danish Khan by 1983 to 1593 votes"), unless the sentence is about Westminster
    /// or another country. It is never the election in view: a turnout or a party's figure needs its own.</summary>
    private string? BodyTopic(ArticleSentence s) =>
        bodyTopic is not null && !TextCues.Westminster().IsMatch(s.Tokenised) && !TextCues.ForeignCountry().IsMatch(s.Tokenised) ? bodyTopic : null;

    private void Seen(string person, string slug, bool named) => (named ? anchored : inView).TryAdd(person, slug);

    private bool EarlierRoundInView(string slug, int paragraph) =>
        Recent(context, paragraph, ContextParagraphs) && context!.Value.Slug != slug && registry.KindOf(context.Value.Slug) == registry.KindOf(slug)
        && registry.AreaOf(context.Value.Slug) == registry.AreaOf(slug) && registry.YearOf(context.Value.Slug) > registry.YearOf(slug);

    public ElectionExtraction Finish()
    {
        var elections = registry.Build(published, reportsNow);
        var general = elections.FirstOrDefault(e => e.Kind == ElectionKind.General && e.YearSource != YearSource.Stated && e.Year == published?.Year);
        if (general is not null)
        {
            // "the incoming Labour Government": after a general election reported now, the party that won it.
            foreach (var s in sentences)
                foreach (Match m in TextCues.GovernmentChange().Matches(s.Tokenised))
                    if (m.Groups["party"].Success)
                        candidacies.Add(general.Slug, null, Parties.Canonical(m.Groups["party"].Value), Outcome.Elected, s.Source);
        }
        // An election of unknown year is kept only for the figures attached to it (YearSource.Unknown).
        var figured = figures.Select(f => f.ElectionSlug).ToHashSet(StringComparer.Ordinal);
        var kept = elections.Where(e => e.Year != 0 || figured.Contains(e.Slug)).ToList();
        var slugs = kept.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        // A figure the article states twice (a pull quote repeating its sentence) is one figure, kept where first stated
        // in the body: a caption repeats the story beside its picture ("Sian Berry came third ahead of ..."), and is
        // the source only of a figure the body does not give (a chart's caption: "With 49 of the 73 results declared ...").
        static object Key(ElectionFigure f) => (f.ElectionSlug, f.Candidate, f.Party, f.Kind, f.Value.Value, f.Value.Bound, f.Status, f.Round);
        bool InCaption(ElectionFigure f) => captions?.Contains(f.Source.Paragraph) == true;
        var inBody = figures.Where(f => !InCaption(f)).Select(Key).ToHashSet();
        var once = figures.Where(f => !InCaption(f) || !inBody.Contains(Key(f))).DistinctBy(Key).ToList();
        return new(kept, candidacies.Build().Where(c => slugs.Contains(c.ElectionSlug)).ToList(), once, leftOut);
    }

    private static bool SingleWinner(ElectionKind kind) =>
        kind is ElectionKind.Mayoral or ElectionKind.ByElection or ElectionKind.Constituency or ElectionKind.PartyLeadership;

    [GeneratedRegex(@"\b[Ll]ast\s+year(?:['’]s)?\s+(?:[^\s,;]+\s+){0,4}$")]
    private static partial Regex LastYear();

    private static bool Recent<T>((T, int Paragraph)? seen, int paragraph, int within) =>
        seen is { } v && paragraph - v.Paragraph <= within;

    private static Dictionary<string, string> Labels(IReadOnlyList<ArticleSentence> sentences)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (person, party) in sentences.SelectMany(s => s.Labels)) labels.TryAdd(person, party);
        return labels;
    }
}
