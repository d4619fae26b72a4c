using System.Text.RegularExpressions;

using NewsArchive.People;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Finds the elections an article mentions and the results it states. Pure: paragraphs, the people the
/// person extractor found, and the article's date in; elections, candidacies, figures and the figures left
/// out (with reasons) come back. A figure is kept only when its sentence ties it to one candidate or party
/// in one election.
/// </summary>
public static partial class ElectionExtractor
{
    /// <param name="lead">The headline and standfirst, read before the body (see <see cref="ArticleSentence.Split"/>).</param>
    /// <param name="captions">The paragraphs that are a picture's caption: read, but never the source of a candidacy,
    /// nor of a figure the body also gives (see <see cref="ArticleReading"/>).</param>
    /// <param name="archiveParties">By name key, the party the archive's other articles give a person: the party of one
    /// this article gives none ("David Cameron had 331 seats").</param>
    public static ElectionExtraction Extract(IReadOnlyList<string> paragraphs, IReadOnlyList<PersonInArticle> people, DateOnly? published,
        IReadOnlyList<string>? lead = null, IReadOnlySet<int>? captions = null, IReadOnlyDictionary<string, string>? archiveParties = null)
    {
        var sentences = ArticleSentence.Split(paragraphs, people, lead);
        if (sentences.Count == 0) return ElectionExtraction.Empty;
        var anchors = sentences
            .Select(s => ElectionRecogniser.Find(s.Tokenised, position => TextCues.YearNear(s.Tokenised, position, ElectionRecogniser.YearReach)))
            .ToList();
        PlaceInSectionsCountry(sentences, anchors);
        PlaceInArticlesCountry(sentences, anchors);
        // Worked out only when a UK reading or a party's figure asks for it: most articles never do.
        var abroad = new Lazy<string?>(() => Abroad(sentences));
        PlaceUkReadingsAbroad(abroad, anchors);
        PlaceInPartysContest(sentences, anchors);
        PlaceInArticlesMayoralty(anchors);
        PlaceInArticlesByElection(sentences, anchors);
        var sameNight = SameNightByElections(sentences, anchors);
        OfficeHoldersElectedIn(sentences, anchors, people);
        SeatsOfGeneralElection(anchors);
        NameByElectionsInFull(sentences, anchors);
        SettleLondonRounds(anchors, published);
        AddImpliedGeneralElection(sentences, anchors, published);
        OrganisationElections.InArticle(sentences, anchors, i => position => TextCues.YearNear(sentences[i].Tokenised, position, ElectionRecogniser.YearReach));
        var reportsNow = published is not null && sentences
            // "The Conservatives kept Old Bexley and Sidcup in the early hours of this morning": a seat held or taken is a result too.
            .Where((s, i) => s.Cues.Now && (s.Cues.Result && (anchors[i].Count > 0 || TextCues.UnnamedResult().IsMatch(s.Tokenised))
                || OfficeElections.SeatsHeld(s.Tokenised).Any()))
            .Any();
        // Read twice: the first reading learns who stood where from sentences that name the election, so the
        // second can place a caption or aside about a known candidate in that candidate's election.
        // An article that names a general election anywhere is about general elections.
        var namesGeneral = anchors.Any(a => a.Any(x => x.Kind == ElectionKind.General && x.Explicit && !x.Bare));
        // An article whose only general elections named are one other country's reports from that country.
        var countries = anchors.SelectMany(a => a).Where(x => x.Kind == ElectionKind.Foreign).Select(x => x.Area).Distinct().ToList();
        var aboutCountry = !namesGeneral && countries is [var only] ? only : null;
        // Read over every sentence only if a rule asks, once for both readings: most articles never need it.
        var aboutWestminster = new Lazy<bool>(() => AboutWestminster(sentences));
        // One language layer: the party the people reading gives a person is the candidate's, when it gives one only.
        var parties = people.Where(p => p.Parties.Select(x => x.Party).Distinct().Count() == 1).ToDictionary(p => p.Name, p => p.Parties[0].Party, StringComparer.Ordinal);
        foreach (var person in people.Where(p => p.Parties.Count == 0))
            if (archiveParties?.GetValueOrDefault(PersonName.Key(person.Name)) is { } party) parties[person.Name] = party;
        var first = new ArticleReading(sentences, published, reportsNow, known: null, learnedYears: null, namesGeneral, aboutCountry, aboutWestminster, captions) { Abroad = new Lazy<bool>(() => abroad.Value is not null), StatedParties = parties, SameNightSeats = sameNight };
        for (var i = 0; i < sentences.Count; i++) first.Read(i, anchors[i]);
        // The first reading also learns the year of each contest an article dates somewhere, so the second can
        // place the same contest where another sentence names it without a year ("a referendum" then "this referendum").
        var second = new ArticleReading(sentences, published, reportsNow, first.KnownCandidates(), ElectionYears.OneYearEach(first.PlacedYears), namesGeneral, aboutCountry, aboutWestminster, captions) { Abroad = new Lazy<bool>(() => abroad.Value is not null), StatedParties = parties, SameNightSeats = sameNight };
        for (var i = 0; i < sentences.Count; i++) second.Read(i, anchors[i]);
        return second.Finish();
    }

    /// <summary>
    /// An article that names no election but reports a result as happening now alongside a change of
    /// national government ("the incoming Labour Government") is reporting a general election.
    /// </summary>
    /// <summary>"ousted in the 2015 Presidential elections" in an article about one other country (see
    /// <see cref="MainCountry"/>) that names no general election of the UK: that country's. An election named only by
    /// its year ("the 2016 elections") asks more: the country named at least twice, in an article not about Westminster.
    /// In any other article such an election is left unread.</summary>
    private static void PlaceInArticlesCountry(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        static bool Unplaced(ElectionAnchor a) => a.Area is ForeignElections.ArticlesCountry or ForeignElections.ArticlesCountryByYear;
        if (!anchors.Any(a => a.Any(Unplaced))) return;
        var general = anchors.Any(a => a.Any(x => x.Kind == ElectionKind.General && x.Explicit && !x.Bare));
        var main = general ? null : MainCountry(sentences);
        var country = main?.Country;
        var byYear = main is { Count: >= 2 } && !AboutWestminster(sentences) ? main.Value.Country : null;
        string? Area(ElectionAnchor a) => a.Area == ForeignElections.ArticlesCountryByYear ? byYear : country;
        for (var i = 0; i < anchors.Count; i++)
            if (anchors[i].Any(Unplaced))
                anchors[i] = [.. anchors[i].Where(a => !Unplaced(a) || Area(a) is not null).Select(a => Unplaced(a) ? a with { Area = Area(a)! } : a)];
    }

    /// <summary>The one other country an article names, or the one it names at least three times as often as any
    /// other ("Clinton and Trump" in an article that names the US eight times and Uruguay once), with how often.</summary>
    private static (string Country, int Count)? MainCountry(IReadOnlyList<ArticleSentence> sentences)
    {
        var counts = sentences.SelectMany(s => TextCues.ForeignCountry().Matches(s.Tokenised)).Select(m => ElectionWords.Country(m.Value))
            .OfType<string>().GroupBy(c => c).Select(g => (Country: g.Key, Count: g.Count())).OrderByDescending(c => c.Count).ToList();
        return counts switch
        {
            [var only] => only,
            [var first, var second, ..] when first.Count >= 3 * second.Count => first,
            _ => null,
        };
    }

    /// <summary>How many sentences back a contest named without its party may take the party from.</summary>
    private const int PartyReach = 4;

    /// <summary>"there was a brand new leadership battle between Corbyn and Owen Smith": a party's contest named
    /// without its party is the one party's whose contest the article names elsewhere, or else the one party the
    /// nearest sentence before that names any names ("Labour also had a leadership crisis of their own."). Otherwise it is left unread.</summary>
    private static void PlaceInPartysContest(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        static bool Unplaced(ElectionAnchor a) => a.Area == LeadershipContests.PartyInView;
        if (!anchors.Any(a => a.Any(Unplaced))) return;
        var named = anchors.SelectMany(a => a).Where(a => a.Kind == ElectionKind.PartyLeadership && !Unplaced(a) && a.Topic is null)
            .Select(a => a.Area).Distinct().ToList();
        for (var i = 0; i < anchors.Count; i++)
        {
            if (!anchors[i].Any(Unplaced)) continue;
            // The nearest of the few sentences before that names a party, in this paragraph or the one before.
            List<string> before = [];
            for (var j = i - 1; j >= Math.Max(0, i - PartyReach) && sentences[j].Paragraph >= sentences[i].Paragraph - 1 && before.Count == 0; j--)
                before = Parties.NamedIn(sentences[j].Tokenised);
            var party = named is [var only] ? only : before is [var one] ? one : null;
            anchors[i] = [.. anchors[i].Where(a => !Unplaced(a) || party is not null).Select(a => Unplaced(a) ? a with { Area = party! } : a)];
        }
    }

    private static void AddImpliedGeneralElection(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors, DateOnly? published)
    {
        if (published is null) return;
        // "The party took Chelsea and Fulham for the first time, Ben Coleman winning by just 152 votes", "Nationally, Labour
        // won 411 seats", in an article of the days just after a general election that names no other election or office
        // ("re-elected mayor of Exeter"): that general election's results, sentence by sentence, wherever the article
        // first names it.
        if (GeneralElectionJustHeld(published.Value) is { } polled
            && anchors.All(a => a.All(x => x.OnlyAtGeneral || x is { Kind: ElectionKind.General, StatedYear: null })))
        {
            for (var i = 0; i < sentences.Count; i++)
                if (sentences[i].Cues.Result && anchors[i].All(x => x.OnlyAtGeneral) && !OtherOffice().IsMatch(sentences[i].Tokenised))
                    anchors[i] = [.. anchors[i], new ElectionAnchor(0, ElectionKind.General, "UK", Explicit: true, StatedYear: null) { CalendarYear = polled.Year }];
            return;
        }
        if (anchors.Any(a => a.Any(x => x.Explicit))) return;
        if (!sentences.Any(s => SentenceCues.HasAny(s.Tokenised, "overnment", "Prime Minister") && TextCues.GovernmentChange().IsMatch(s.Tokenised))) return;
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Tokenised;
            var result = TextCues.UnnamedResult().Match(text);
            if (!result.Success || !sentences[i].Cues.Now) continue;
            anchors[i] = [new ElectionAnchor(result.Index, ElectionKind.General, "UK", Explicit: true, StatedYear: null)];
            return;
        }
    }

    /// <summary>How many days after a general election's polling day an article that names no election is read as its
    /// results report: the Friday's and the weekend's papers.</summary>
    private const int JustHeldDays = 3;

    /// <summary>Class: offices and bodies other than the Commons a result may be told of ("a third term as mayor").</summary>
    [GeneratedRegex(@"\b(?:[Mm]ayor(?:al|alty)?|[Cc]ouncil(?:lor)?s?|[Pp]residen(?:t|cy|tial)|[Aa]ssembly|MSPs?|MEPs?|[Ll]eadership)\b")]
    private static partial Regex OtherOffice();

    private static DateOnly? GeneralElectionJustHeld(DateOnly published) =>
        ElectionCalendar.DatesOf(ElectionKind.General, "UK").Where(d => d <= published && published.DayNumber - d.DayNumber <= JustHeldDays)
            .Select(d => (DateOnly?)d).FirstOrDefault();

    /// <summary>An article about Westminster: at least three of its sentences name Parliament, the government or a
    /// UK party, at least twice as many as name another country or a body's own vote (a union, a club).</summary>
    private static bool AboutWestminster(IReadOnlyList<ArticleSentence> sentences)
    {
        int westminster = 0, other = 0;
        foreach (var s in sentences)
        {
            if (TextCues.Westminster().IsMatch(s.Tokenised)) westminster++;
            if (TextCues.ForeignCountry().IsMatch(s.Tokenised) || TextCues.Organisation().IsMatch(s.Tokenised)) other++;
        }
        return westminster >= 3 && westminster >= 2 * other;
    }
}
