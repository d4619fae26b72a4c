using System.Globalization;
using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Which election a sentence's own words point to: a place it names, or the race its candidates stood in.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>The one election of the article whose place the sentence names ("in Scotland" for the Scottish
    /// Parliament election), preferring those of the year in view: stronger than the election last in view.</summary>
    private string? NamedArea(ArticleSentence s, string? inView)
    {
        var named = registry.All.Where(e => e.Kind != ElectionKind.PartyLeadership && AreaWords(e.Area).Any(w => ContainsWord(s.Tokenised, w))).ToList();
        if (inView is not null && named.Any(e => e.Slug == inView)) return inView;
        if (inView is not null && named.Count > 1) named = named.Where(e => e.Year == registry.YearOf(inView)).ToList();
        return named.Count == 1 ? named[0].Slug : null;
    }

    /// <summary>The sentence places its figure in a seat that is not <paramref name="area"/>: "stand in Erewash,
    /// where ...", "In Birmingham Hodge Hill, Labour clung on", with no word of the area's name. Only "where" after the
    /// place, or the sentence opening on it ("Putney was the only seat Labour gained"), says its figures are the seat's:
    /// "amid anger over the war in Iraq" names no seat.</summary>
    private static bool OtherSeatNamed(string text, string area)
    {
        var words = area.Split(' ', '-').Where(w => w.Length > 2 && char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in SeatAfterPreposition().Matches(text))
        {
            var seat = m.Groups["seat"].Value.Split(' ');
            if (seat.Any(words.Contains) || seat.Any(w => ElectionWords.Month(w) > 0 || NotASeat.Contains(w)) || Parties.Mention().IsMatch(m.Groups["seat"].Value)) continue;
            return true;
        }
        return false;
    }

    /// <summary>The sentence names another country, and not the country of the election in view. A nation within a
    /// state is no other country: "a surge in Bloc Quebecois seats" is Canada's.</summary>
    private static bool OtherCountryNamed(string text, string country)
    {
        var named = TextCues.ForeignCountry().Matches(text).Select(m => ElectionWords.Country(m.Value))
            .Where(c => c is not null && !ElectionWords.NationsWithinStates.Contains(c)).Distinct().ToList();
        return named.Count > 0 && !named.Contains(country);
    }

    /// <summary>Class: names of wider areas, bodies and days that follow "in" without naming a seat.</summary>
    private static readonly HashSet<string> NotASeat = new(StringComparer.Ordinal)
    {
        "London", "England", "Scotland", "Wales", "Britain", "UK", "Europe", "Westminster", "Parliament", "Commons",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    [GeneratedRegex(@"\b(?:[Ii]n|for)\s+(?<seat>[A-Z][\w’'-]+(?:\s+(?:and\s+|&\s+|upon\s+)?[A-Z][\w’'-]+)*),?\s+where\b|^\W*(?:(?:But|And|Meanwhile|Elsewhere),?\s+)?[Ii]n\s+(?<seat>[A-Z][\w’'-]+(?:\s+(?:and\s+|&\s+|upon\s+)?[A-Z][\w’'-]+)*),"
        + @"|^\W*(?<seat>[A-Z][\w’'-]+(?:\s+(?:and\s+|&\s+|upon\s+)?[A-Z][\w’'-]+)*)\s+(?:was|is)\s+(?:the|one)\s+(?:[\w-]+\s+){0,3}?seats?\b")]
    private static partial Regex SeatAfterPreposition();

    private static IEnumerable<string> AreaWords(string area) => area switch
    {
        "Scotland" => ["Scotland", "Scottish"],
        "Wales" => ["Wales", "Welsh"],
        "Northern Ireland" => ["Northern Ireland"],
        "UK" => [],
        _ => [area],
    };

    private static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));
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

    /// <summary>An anchor as the rest of the article reads it, or null for an election left unread that holds its
    /// sentence.</summary>
    private ElectionAnchor? InArticlesTerms(ElectionAnchor named, ArticleSentence s, IReadOnlyList<ElectionAnchor> found)
    {
        // "lost the Copeland seat" in an article that names the Copeland by-election: that contest. Not a seat won in a
        // sentence that names a devolved parliament's election ("In the Scottish Parliament election on Thursday, the
        // Liberal Democrats took Southdale"): its seat, though the first reading knows no year of it yet.
        var anchor = named.Kind == ElectionKind.Constituency && !found.Any(a => a is { Kind: ElectionKind.DevolvedParliament, Future: false })
            && (learnedYears?.ContainsKey((ElectionKind.ByElection, named.Area)) == true || WonBetweenGenerals(named, s) || ByElectionNight(named, s))
            ? named with { Kind = ElectionKind.ByElection } : named;
        if (aboutCountry is not { } country || TextCues.UkNamed().IsMatch(s.Tokenised)) return anchor;
        // "local and European elections will be held in less than a month", in a report from Spain: Spain's,
        // and its local elections are not England's, unless a word of Westminster or a UK party says so ("the
        // Conservatives lost 1,300 seats in the local elections").
        if (anchor is { Kind: ElectionKind.EuropeanParliament, Area: "UK" } && ElectionWords.EuropeanUnion.Contains(country)) return anchor with { Area = country };
        return anchor is { Kind: ElectionKind.Local, Area: "England" } && !TextCues.Westminster().IsMatch(s.Tokenised) ? null : anchor;
    }

    /// <summary>"The Conservatives have held Boris Johnson's former seat of Uxbridge by 495 votes", in a report dated
    /// months from any general election: a seat told as won now, between general elections, is won at a by-election (not in
    /// a year the article tells of other elections: "Aberdeenshire West" at the Scottish Parliament's).</summary>
    private bool WonBetweenGenerals(ElectionAnchor seat, ArticleSentence s) =>
        seat is { StatedYear: null, YearOffset: null, Future: false, Past: false } && published is { } date
        && (TextCues.NewsPerfect().IsMatch(s.Tokenised) || s.Cues.Result && s.Cues.Now)
        && ElectionCalendar.Around(ElectionKind.General, "UK", date, MonthsFromGeneral, MonthsFromGeneral) is null && NoOtherKindIn(date.Year);

    /// <summary>"Labour's disappointment came on a night when ... the Liberal Democrats took Somerton and Frome with a
    /// majority of more than 11,000", in a report of a by-election held in a year of no general election: a seat won that
    /// night, its year untold, was won at a by-election too (as ElectionExtractor.SameNightByElections reads it when the
    /// by-election reported is named as one).</summary>
    private bool ByElectionNight(ElectionAnchor seat, ArticleSentence s) =>
        seat is { StatedYear: null, YearOffset: null, Future: false, Past: false } && published is { } date && ElectionExtractor.SameNight().IsMatch(s.Tokenised)
        && !ElectionCalendar.HeldIn(ElectionKind.General, "UK", date.Year)
        && learnedYears?.Any(l => l.Key.Item1 == ElectionKind.ByElection && l.Value == date.Year) == true && NoOtherKindIn(date.Year);

    /// <summary>The article tells of no election that year but by-elections and seats' contests: in a year of a devolved
    /// parliament's or councils' elections, a seat won may be theirs.</summary>
    private bool NoOtherKindIn(int year) =>
        learnedYears?.Where(l => l.Value == year).All(l => l.Key.Item1 is ElectionKind.ByElection or ElectionKind.Constituency) != false;

    /// <summary>How far from a general election's day a report of a seat won is still taken as that election's.</summary>
    private const int MonthsFromGeneral = 2;

    /// <summary>The election a position in the sentence belongs to: one named in its clause, else one named
    /// earlier in the sentence, else the one in view from recent sentences (in the year the clause states).</summary>
    private string? ElectionFor(ArticleSentence s, List<Placed> placed, int position, string? person, (int Start, int End)? yearWindow = null, bool resultLine = false)
    {
        var text = s.Tokenised;
        var (start, end) = TextCues.ClauseAt(text, position);
        // "won the Folkestone & Hythe seat with 20,645 votes, compared to 14,738 for the Liberal Democrat candidate at the
        // 2010 general election": the other side of a comparison is of the contest of the clause it is set against too.
        if (FigureSubjects.ComparedAt(text, position) && start > 0) start = TextCues.ClauseAt(text, start - 1).Start;
        // "took 62 seats, its best result since 1923", "41.6%, compared with 58% at the 2001 general election": a
        // contest measured against after the position is not its own.
        // "collapsed from 12.6% in 2015 to under 2%": the contest the change starts from is not the figure it ends on.
        bool Measured(Placed p) => p.Position > position
            ? (TextCues.MeasuredAgainst().IsMatch(text[position..p.Position]) || TextCues.SetAgainst().IsMatch(text[position..p.Position])) && (p.Earlier || p.Before || WithItsYear().IsMatch(text[position..Math.Min(text.Length, p.Position + 4)]))
            : ChangedTo().IsMatch(text[p.Position..position]) && ChangedFrom().IsMatch(text[start..p.Position]) || EarlierFiguresYear(text, p.Position, position);
        // "Ed Miliband's party won 232 seats, ..., and Miliband resigned, triggering a leadership contest": a contest of
        // unknown year named in a clause of its own after the figure is that clause's, and leaves the figure free.
        bool Elsewhere(Placed p) => Measured(p) || p.Slug is null && p.Position > position && KindsNamed.LaterClause().IsMatch(text[position..p.Position]);
        var clause = placed.Where(p => p.Position >= start && p.Position < end && !Elsewhere(p)).ToList();
        var inClause = clause.MinBy(p => Math.Abs(p.Position - position));
        // "Boris Johnson held Uxbridge and South Ruislip with a majority of 7,210 in the general election": the seat the
        // clause names is the part of that general election the figure is told of.
        // "…, as his Conservatives won a majority of 80 in the general election": not when the general election is named in
        // a clause of its own after the seat's.
        if (inClause?.Slug is { } nearest && clause.FirstOrDefault(p => p.Slug is { } seat && registry.ParentOf(seat) == nearest) is { } part
            && !(part.Position < position && ClauseJoined().Match(text, part.Position) is { Success: true } join && join.Index < position && inClause.Position > join.Index))
            inClause = part;
        // "gained Battersea, where X won by 2,416 votes, and Enfield Southgate, won by Y": of two seats, the one named before.
        if (inClause is { Slug: { } named, Position: var at } && at > position && registry.ParentOf(named) is { } whole
            && clause.LastOrDefault(p => p.Position < position && p.Slug is { } seat && registry.ParentOf(seat) == whole) is { } seatBefore)
            inClause = seatBefore;
        if (inClause is not null) return inClause.Usable ? HeldAgain(inClause, text, position, s.Source) : null;
        var before = placed.LastOrDefault(p => p.Position < position && !p.Earlier && !Measured(p)) ?? placed.FirstOrDefault(p => !p.Earlier && !Elsewhere(p));
        if (before is not null) return before.Usable ? HeldAgain(before, text, position, s.Source) : null;
        // A line of a list of results ("Ann Poe – 1,500") is a result by its form, with no word of one.
        if (!(s.Cues.Action || resultLine) || person is not null && unplaced.Contains(person) && KnownElection(person) is null) return null;
        var inView = Recent(context, s.Paragraph, ContextParagraphs) ? context!.Value.Slug : null;
        // "UKIP only have one seat in the Commons", with a European election last in view: the general election's.
        if (inView is not null && registry.KindOf(inView) != ElectionKind.General && TextCues.Commons().IsMatch(text)
            && Recent(parent, s.Paragraph, ContextParagraphs) && registry.KindOf(parent!.Value.Slug) == ElectionKind.General) inView = parent.Value.Slug;
        // "Kilroy-Silk will stand in Erewash, where Liz Blackman has a 6,932 majority" after a Folkestone result: a
        // seat's contest in view is not another seat's.
        // After a seat of a general election, another seat's figure is still that general election's.
        if (inView is not null && registry.KindOf(inView) is ElectionKind.Constituency or ElectionKind.ByElection && OtherSeatNamed(text, registry.AreaOf(inView)))
            inView = registry.KindOf(inView) == ElectionKind.Constituency ? registry.ParentOf(inView) : null;
        // "In Germany, Angela Merkel's CDU won 33% in 2017", in a report of Spain's election: another country's figure.
        if (inView is not null && registry.KindOf(inView) == ElectionKind.Foreign && OtherCountryNamed(text, registry.AreaOf(inView)))
            inView = null;
        // "Turnout was 45.3%, up from 38.1% at the last election, when Johnson beat Livingstone": the contest measured
        // against is not the figure's, though the sentence's candidates stood in it.
        // "Turnout was 45.3%, up from 38% in 2012, when Johnson beat Livingstone": nor is the contest whose year is set
        // against the figure after it.
        var sentences = KnownElection(s) is { } theirs && !placed.Any(p => p.Slug == theirs && Measured(p)) && !YearMeasuredAfter(text, position, registry.YearOf(theirs)) ? theirs : null;
        // "British readers may recall that Labour won its third term in 2005 on 35.2%", in a report of India's election:
        // a sentence that names the UK is not of another country's election it does not name.
        var slug = KnownElection(person) ?? sentences ?? NamedArea(s, inView) ?? (inView is { } v && BritainBesideAbroad(s, v) ? null : inView);
        if (slug is null) return person is null ? null : BodyTopic(s);
        // "Labour had won 31 council seats there", with a borough's mayor re-elected in a round of council elections in
        // view: the borough's council, elected in the same round.
        if (CouncilOfMayoralty(s, slug) is { } boroughs) slug = boroughs;
        // "In a by-election in June, Allin-Khan won 55.9%" after a general election: a contest of another kind named.
        if (KindsNamed.OnlyOthers(text, registry.KindOf(slug), position)) return null;
        // "A year later, Corbyn saw off a challenge from Owen Smith, winning 61.8%": the contest in view held again so
        // many years on, when the calendar holds it then.
        if (slug == inView && YearsOn(text[..position]) is { } on && SameContestIn(slug, registry.YearOf(slug) + on, s.Source) is { } again) slug = again;
        context = (ViewAfter(slug), s.Paragraph);
        var (from, to) = yearWindow ?? (0, text.Length);
        // "last year's record turnout of 41.1%": a year told against the article's date.
        var stated = TextCues.YearNear(TextCues.WithoutOwnYear(text[..to], from), Math.Max(position, from))
                     ?? (published is { } today && LastYear().IsMatch(text[start..position]) ? today.Year - 1 : null);
        if (stated is not { } year || year == registry.YearOf(slug) || (published is { } p && year > p.Year)
            || EarlierFiguresYear(text, text.LastIndexOf(year.ToString(CultureInfo.InvariantCulture), position, StringComparison.Ordinal), position)) return slug;
        // "who had a 10,000-vote majority in 2001": a year the election in view was not held in is another election's.
        var (kind, area) = (registry.KindOf(slug), registry.AreaOf(slug));
        // A by-election is held once: a figure of another year in its report is not its ("down from 76.5% in 2015").
        if (kind == ElectionKind.ByElection) return null;
        // A referendum asks its question once: another year's is a referendum only where the calendar holds one
        // ("Barack Obama was re-elected in 2012" after the EU referendum is not a referendum of 2012).
        var held = kind == ElectionKind.Referendum ? ElectionCalendar.ReferendumOf(area, year) is not null
            : !ElectionCalendar.Knows(kind, area) || ElectionCalendar.HeldIn(kind, area, year);
        return held ? registry.SameContestIn(slug, year, s.Source) : null;
    }

    /// <summary>"Corbyn won the Labour leadership in 2015 with 59.5%, and again in 2016 with 61.8%": "again" and a year
    /// between the contest named and the figure make it that contest held again that year, when the calendar says it
    /// was held then.
    /// "Mr Khan had been MP for Tooting since 2005, and held the seat in 2015 with a majority of 2,842": so does a year the
    /// figure's part of the sentence states after a comma.</summary>
    private string? HeldAgain(Placed named, string text, int position, SourceSentence mention)
    {
        if (named.Position >= position) return named.Slug;
        if (AgainIn().Matches(text[named.Position..position]).LastOrDefault() is { } m)
            return SameContestIn(named.Slug!, int.Parse(m.Groups["y"].Value), mention) ?? named.Slug;
        if (InYear().Matches(text, named.Position).LastOrDefault(y => y.Index < position) is { } own
            && text.LastIndexOf(',', own.Index, own.Index - named.Position) is var comma and >= 0
            && !TextCues.MeasuredAgainst().IsMatch(text[comma..own.Index]))
            return SameContestIn(named.Slug!, int.Parse(own.Groups["y"].Value), mention) ?? named.Slug;
        return named.Slug;
    }

    [GeneratedRegex(@"\bin\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex InYear();

    private static int? YearsOn(string clause) =>
        YearsLater().Match(clause) is not { Success: true } m ? null
        : m.Groups["n"].Success ? (NewsNumber.Parse(m.Groups["n"].Value) is { } n ? (int)n.Value : null) : 1;

    [GeneratedRegex(@"\b(?:(?:[Aa]|[Oo]ne)\s+year\s+later|(?<n>two|three|four|five|six|\d)\s+years\s+later|[Tt]he\s+(?:following|next)\s+year)\b")]
    private static partial Regex YearsLater();

    /// <summary>Whether the year is told after the position as one measured against ("up from 38% in 2012").</summary>
    private static bool YearMeasuredAfter(string text, int position, int year)
    {
        var at = text.IndexOf(year.ToString(System.Globalization.CultureInfo.InvariantCulture), position, StringComparison.Ordinal);
        return at > position && TextCues.MeasuredAgainst().IsMatch(text[position..at]);
    }

    [GeneratedRegex(@"\bagain\s+in\s+(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex AgainIn();

    [GeneratedRegex(@"^[^,;]{0,40}?\bto\s+(?:[a-z]+\s+){0,2}$")]
    private static partial Regex ChangedTo();

    [GeneratedRegex(@"\bfrom\b[^,;]*$")]
    private static partial Regex ChangedFrom();

    /// <summary>"turnout was about 56%, down from nearly 65% in 2019, and Reform UK still took about one in ten votes":
    /// a year (at <paramref name="at"/>) an earlier figure is told for, in a clause before the figure's, is that figure's only.</summary>
    private static bool EarlierFiguresYear(string text, int at, int position) =>
        at > 0 && at < position && FromFigureIn().IsMatch(text[..at]) && text.IndexOf(',', at, position - at) >= 0;

    [GeneratedRegex(@"\b(?:from|than|compared\s+(?:with|to))\s+(?:[a-z]+\s+){0,2}\d[\d,.]*(?:\s?%|\s+per\s+cent|\s+seats|\s+votes)?(?:\s+(?:in|at)(?:\s+the)?)?\s*$")]
    private static partial Regex FromFigureIn();

    /// <summary>A contest measured against is one named with its year ("compared with 58% at the 2001 general
    /// election", "up from 66.1% at last year's general election"): "20,645 votes against 14,738 for Roe in the Wigan
    /// by-election" is that by-election's own.</summary>
    [GeneratedRegex(@"(?:19|20)\d\d(?:\s+\S*)?$|\b(?:[Ll]ast|[Pp]revious)\s+(?:year|month|week|\p{Lu}\p{Ll}+)['’]s\s+\S*$")]
    private static partial Regex WithItsYear();

    /// <summary>A clause of its own joined on with a comma: ", as", ", while", ", whereas".</summary>
    [GeneratedRegex(@",\s+(?:as|while|whereas|when)\s")]
    private static partial Regex ClauseJoined();
}
