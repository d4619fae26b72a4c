using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Contests the sentence sets beside the one in view: the seat's, and the same race held before.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>How far after "the seat" a contest may be named as the one the seat was won at.</summary>
    private const int SeatAtReach = 30;

    /// <summary>How long after its polling day a contest is still "the election" of the news, not "the last" one.</summary>
    private const int JustHeldDays = 90;

    /// <summary>"the seat" of the seat's contest in view; but "Johnson had won the seat at the 2019 general election":
    /// the seat at the contest named right after it; and "At the 2019 general election Mr Brokenshire won the seat with a
    /// majority of 18,952", in a by-election's report: the seat's part of the general election named before it. Not
    /// where the sentence named another seat before it.</summary>
    private void SeatInView(ArticleSentence s, List<Placed> placed)
    {
        var text = s.Tokenised;
        var seatMatch = text.Contains("seat", StringComparison.Ordinal) ? TextCues.TheSeat().Match(text) : Match.Empty;
        if (!seatMatch.Success || !Recent(seat, s.Paragraph, SeatParagraphs)
            || placed.Any(p => p.Slug is not null && p.Position > seatMatch.Index && p.Position - (seatMatch.Index + seatMatch.Length) <= SeatAtReach)) return;
        var inView = seat!.Value.Slug;
        // "In Northfield the Liberal Democrats' Sue Bell took the seat": another seat the sentence named before is the one.
        if (placed.Any(p => p.Slug is not null && p.Position < seatMatch.Index && registry.KindOf(p.Slug) is ElectionKind.ByElection or ElectionKind.Constituency
            && registry.AreaOf(p.Slug) != registry.AreaOf(inView))) return;
        if (registry.KindOf(inView) == ElectionKind.ByElection
            && placed.LastOrDefault(p => p.Usable && !p.Earlier && !p.Before && p.Position < seatMatch.Index && registry.KindOf(p.Slug!) == ElectionKind.General) is { Slug: { } general })
            inView = registry.Register(ElectionKind.Constituency, registry.AreaOf(inView), registry.YearOf(general), registry.YearSourceOf(general), s.Source, general);
        placed.Add(new Placed(seatMatch.Index, inView));
    }

    /// <summary>"At the last general election, Damian Collins won the Folkestone & Hythe seat with 20,645 votes": a seat
    /// whose contest no word dates was fought at the general election the same sentence places, or failing that at
    /// the one in view. With neither, its year stays unknown, so nothing beside it is filed under another
    /// election.</summary>
    private Placed? SeatAtGeneralElection(ElectionAnchor anchor, ArticleSentence s, List<Placed> placed)
    {
        var general = placed.Where(p => p.Usable && !p.Earlier && !p.Before && registry.KindOf(p.Slug!) == ElectionKind.General)
            .Select(p => p.Slug).FirstOrDefault()
            ?? (Recent(parent, s.Paragraph, SeatParagraphs) && registry.KindOf(parent!.Value.Slug) == ElectionKind.General ? parent.Value.Slug : null);
        if (general is null) return anchor.OnlyAtGeneral ? null : new Placed(anchor.Position, null);
        var year = registry.YearOf(general);
        placedYears.Add((anchor.Kind, anchor.Area, year));
        return new Placed(anchor.Position, registry.Register(anchor.Kind, anchor.Area, year, registry.YearSourceOf(general), s.Source, general));
    }

    /// <summary>True when a contest is the seat's at a general election before the by-election in view.</summary>
    private bool SeatBefore(string slug, string inView) =>
        registry.KindOf(inView) == ElectionKind.ByElection && registry.KindOf(slug) == ElectionKind.Constituency && registry.AreaOf(slug) == registry.AreaOf(inView);

    /// <summary>"up from 38.1% at the last election in 2012, when Boris Johnson beat Ken Livingstone", in a report of
    /// the 2016 count: "the last election" beside a race in view (not Westminster's, which the calendar dates) is that
    /// race held before, in the year the words state or, by the calendar, the one before the race just held. Where
    /// neither settles it, the race in view stands, as for "the election".</summary>
    private Placed? EarlierContest(ElectionAnchor anchor, ArticleSentence s)
    {
        if (!anchor.Bare || !anchor.Past || !Recent(context, s.Paragraph, ContextParagraphs)) return null;
        var slug = context!.Value.Slug;
        var (kind, area, year) = (registry.KindOf(slug), registry.AreaOf(slug), registry.YearOf(slug));
        if (kind is ElectionKind.General or ElectionKind.Referendum) return null;
        var earlier = anchor.StatedYear;
        if (earlier is null && published is { } today && ElectionCalendar.LastBefore(kind, area, today) is { } last)
        {
            // A race held months ago is itself "the last election" ("Khan won the last election by 315,529 votes").
            if (last.Year == year && today.DayNumber - last.DayNumber > JustHeldDays) return new Placed(anchor.Position, slug);
            earlier = last.Year == year ? ElectionCalendar.LastBefore(kind, area, last)?.Year : last.Year;
        }
        if (earlier is not { } y || y >= year || ElectionCalendar.Knows(kind, area) && !ElectionCalendar.HeldIn(kind, area, y)) return null;
        return new Placed(anchor.Position, registry.SameContestIn(slug, y, s.Source), Before: true);
    }

    /// <summary>The year of the contest held before the one in view ("up from 61% last time"): the calendar's, or none.
    /// A by-election's seat was last fought at the general election before it.</summary>
    private int? ContestBefore(string slug) => registry.KindOf(slug) == ElectionKind.ByElection
        ? ElectionCalendar.LastBefore(ElectionKind.General, "UK", published ?? new DateOnly(registry.YearOf(slug), 1, 1))?.Year
        : ElectionCalendar.LastBefore(registry.KindOf(slug), registry.AreaOf(slug), new DateOnly(registry.YearOf(slug), 1, 1))?.Year;

    /// <summary>"Turnout was 33.5 per cent, compared with about 69 per cent two years ago", in a by-election's report: a
    /// figure told of the seat in an earlier year is its contest at the general election of that year, if one was held.</summary>
    private bool SeatFoughtAtGeneral(string slug, int year) =>
        registry.KindOf(slug) == ElectionKind.ByElection && ElectionCalendar.HeldIn(ElectionKind.General, "UK", year);

    private string SeatAtGeneral(string slug, int year, ArticleSentence s)
    {
        var general = registry.Register(ElectionKind.General, "UK", year, YearSource.Calendar, s.Source);
        return registry.Register(ElectionKind.Constituency, registry.AreaOf(slug), year, registry.YearSourceOf(general), s.Source, general);
    }

    /// <summary>"In Barnet, the Conservatives won 38 of the 63 seats", "took control of Richmond upon Thames ..., winning 39
    /// of the 54 seats", in a report of the year's council elections across England (or London's boroughs): the council
    /// the sentence (or the figure's clause) opens on or says was won, whose election is one of that round (its parent);
    /// in a report that names councils but no round, one beside the council in view, under that council's round if any.
    /// "held Wandsworth with 33 seats to Labour's 26, and kept Westminster by 41 seats to 19": of councils won, the last
    /// named before the figure.</summary>
    private string? CouncilOfRound(ArticleSentence s, string slug, int position)
    {
        if (registry.KindOf(slug) != ElectionKind.Local) return null;
        // With no round named, a council in view stands for it: "held their flagship councils of Wandsworth and
        // Westminster ... Westminster stayed blue by 41 seats to 19, while in Barnet the Tories took outright control".
        var round = NotACouncil.Contains(registry.AreaOf(slug));
        var won = ControlOf().Matches(s.Tokenised);
        // "In London, the Conservatives took Hammersmith and Fulham": a region opening the sentence is no council, the
        // one taken is. A council's clause may open on its own ("..., while in Barnet the Tories took control").
        var clauseStart = TextCues.ClauseAt(s.Tokenised, position).Start;
        var opens = (OpensInPlace().Match(s.Tokenised) is { Success: true } first ? first : OpensInPlace().Match(s.Tokenised[clauseStart..])) is { Success: true } o
            && ElectionRecogniser.CleanArea(o.Groups["area"].Value) is { } region && (!NotACouncil.Contains(region) || won.Count == 0) ? o : null;
        if ((opens ?? (FellTo().Match(s.Tokenised) is { Success: true } fell ? fell : won.LastOrDefault(c => c.Index < position) ?? won.FirstOrDefault())) is not { Success: true } m
            || ElectionRecogniser.CleanArea(m.Groups["area"].Value) is not { } area
            || NotACouncil.Contains(area) || PlaceNames.IsCountryNotGivenName(area)) return null;
        return registry.Register(ElectionKind.Local, area, registry.YearOf(slug), registry.YearSourceOf(slug), s.Source, round ? slug : registry.ParentOf(slug));
    }

    /// <summary>The contest a council named in the sentence is read against (<see cref="CouncilOfRound"/>): a council's
    /// round, or with a borough's mayor in view from an earlier sentence, a council election the article reports in the
    /// mayor's year ("In Tower Hamlets, John Biggs was re-elected. ... seizing Richmond upon Thames, where they won 39
    /// seats"). A mayor's race the sentence names itself is its own ("In Eastbrook, Jane Doe was elected mayor with 40.2%").</summary>
    private string CouncilBase(string slug, List<Placed> placed) => registry.KindOf(slug) switch
    {
        ElectionKind.Local => registry.ParentOf(slug) ?? slug,
        ElectionKind.Mayoral when !placed.Any(p => p.Slug == slug) => registry.All.Where(e => e.Kind == ElectionKind.Local && e.Year == registry.YearOf(slug))
            .OrderByDescending(e => NotACouncil.Contains(e.Area)).Select(e => e.Slug).FirstOrDefault() ?? slug,
        _ => slug,
    };

    /// <summary>The council election of a borough whose mayoral race is the figure's, where the sentence speaks of the
    /// council and the article names a round of council elections in the mayoral race's year.</summary>
    private string? CouncilOfMayoralty(ArticleSentence s, string slug) =>
        registry.KindOf(slug) == ElectionKind.Mayoral && registry.AreaOf(slug) != "London" && CouncilWord().IsMatch(s.Tokenised)
        && registry.All.Where(e => e.Kind == ElectionKind.Local && NotACouncil.Contains(e.Area) && e.Year == registry.YearOf(slug)).Select(e => e.Slug).FirstOrDefault() is { } round
            ? registry.Register(ElectionKind.Local, registry.AreaOf(slug), registry.YearOf(slug), registry.YearSourceOf(slug), s.Source, round)
            : null;

    [GeneratedRegex(@"\bcouncil(?:lors?)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilWord();

    /// <summary>"In Tower Hamlets, Lutfur Rahman was elected mayor", in a report of the year's council elections across
    /// England or London's boroughs: a council's mayor is elected on the round's polling day, so in its year. The round
    /// is the one the article has named, in one year only; with no round named, the councils it reports ("held their
    /// flagship boroughs of Wandsworth and Westminster"), all of one year, date it.</summary>
    private (int Year, YearSource Source, string? Round)? MayorOfRound(ElectionAnchor anchor)
    {
        if (anchor is not { Kind: ElectionKind.Mayoral, Future: false, Past: false }) return null;
        var locals = registry.All.Where(e => e.Kind == ElectionKind.Local).ToList();
        var rounds = locals.Where(e => NotACouncil.Contains(e.Area)).ToList();
        var dating = rounds.Count > 0 ? rounds : locals;
        if (dating is not [var first, ..] || dating.Select(e => e.Year).Distinct().Count() != 1) return null;
        return (first.Year, registry.YearSourceOf(first.Slug), rounds.Count > 0 ? first.Slug : null);
    }

    /// <summary>The seats of by-elections told in passing as held the same day as the one reported (see
    /// ElectionExtractor.SameNightByElections).</summary>
    public IReadOnlySet<string> SameNightSeats { get; init; } = new HashSet<string>();

    /// <summary>The election a later sentence has in view after this one: a council's is one of its round, which stays
    /// in view ("In Barnet, ..." says nothing of the sentences after it).</summary>
    private string ViewAfter(string slug) => registry.KindOf(slug) == ElectionKind.Local && registry.ParentOf(slug) is { } round ? round : slug;

    /// <summary>"Turnout across London was 38.9%", in a report of the round across England: a region's part of the whole.</summary>
    private string? RegionOfRound(ArticleSentence s, string slug) =>
        registry.KindOf(slug) == ElectionKind.Local && registry.AreaOf(slug) is "England" ? RegionNamed(s) : null;

    /// <summary>The nation or region (not a council) the sentence tells of: "across London", "in the North West".</summary>
    private static string? RegionNamed(ArticleSentence s) => AcrossRegion().Matches(s.Tokenised).Select(RegionName)
        .FirstOrDefault(region => NotACouncil.Contains(region) && region is not ("England" or "Britain" or "Great Britain" or "UK"));

    /// <summary>"across London", "in the North West", "across the capital" (London; not "in the capital", which
    /// places a seat's result among others: "the narrowest margin in the capital").</summary>
    [GeneratedRegex(@"\b(?:[Aa]cross|[Tt]hroughout|[Ii]n)\s+(?:the\s+)?(?<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!['’])|\b(?:[Aa]cross|[Tt]hroughout)\s+the\s+(?<region>capital)\b")]
    private static partial Regex AcrossRegion();

    private static string RegionName(Match m) => m.Groups["region"].Value is "capital" ? "London" : m.Groups["region"].Value;

    /// <summary>"Labour won 59 of London's 75 seats", "Turnout in London was 57.3%", in a report of a general election:
    /// the English region the sentence tells of, whose figures are its own, not the UK's. Not Scotland, Wales or Northern
    /// Ireland: their own parties' seats there are all they won ("the SNP won 56 of Scotland's 59 seats").</summary>
    private string? RegionOfNation(ArticleSentence s, string slug)
    {
        var kind = registry.KindOf(slug);
        if (kind is ElectionKind.EuropeanParliament or ElectionKind.Referendum && registry.AreaOf(slug) == "UK") return PartOfUkWide(s, kind);
        if (kind != ElectionKind.General) return null;
        return AcrossRegion().Matches(s.Tokenised).Concat(RegionsOwn().Matches(s.Tokenised)).Concat(RegionsVote().Matches(s.Tokenised))
            .Select(RegionName).FirstOrDefault(EnglishRegions.Contains);
    }

    /// <summary>"In London, Labour topped the poll with 36.7%", "In Lambeth, Remain took 78.6%", in a report of a vote
    /// across the UK (a European election, the EU referendum): a region's or nation's part of the whole, and in a
    /// referendum, whose count is by council area, any place the sentence opens in.</summary>
    private static string? PartOfUkWide(ArticleSentence s, ElectionKind kind)
    {
        var region = AcrossRegion().Matches(s.Tokenised).Select(RegionName)
            .FirstOrDefault(r => EnglishRegions.Contains(r) || r is "Scotland" or "Wales" or "Northern Ireland");
        if (region is not null || kind != ElectionKind.Referendum) return region;
        return OpensInPlace().Match(s.Tokenised) is { Success: true } m && ElectionRecogniser.CleanArea(m.Groups["area"].Value) is { } area
            && !NotACouncil.Contains(area) && ElectionWords.Month(area) == 0 ? area : null;
    }

    [GeneratedRegex(@"\b(?:the\s+)?(?<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|capital)['’]s\s+(?:\d[\d,]*|[a-z]+)\s+(?:(?:parliamentary|Westminster|Commons)\s+)?(?:seats|constituencies|MPs)\b")]
    private static partial Regex RegionsOwn();

    /// <summary>"14.9 per cent of the London vote", "the Tories' vote share in the capital", "won nine seats in the
    /// capital": a region's vote, or its seats (not "the narrowest margin in the capital", a seat's).</summary>
    [GeneratedRegex(@"\bthe\s+(?<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:-wide)?\s+(?:vote|poll)\b|\b(?:share|vote|votes|seats|MPs)(?:\s+[a-z]+){0,2}\s+in\s+the\s+(?<region>capital)\b")]
    private static partial Regex RegionsVote();

    /// <summary>Class: England's regions, London first.</summary>
    private static readonly HashSet<string> EnglishRegions = new(StringComparer.Ordinal)
    {
        "London", "Midlands", "North East", "North West", "South East", "South West", "East Midlands", "West Midlands", "Yorkshire",
    };

    /// <summary>Class: the nations and regions a report of the round across England names, which hold no council election
    /// of their own name.</summary>
    internal static readonly HashSet<string> NotACouncil = new(StringComparer.Ordinal)
    {
        "England", "Britain", "Great Britain", "UK", "London", "Scotland", "Wales", "Northern Ireland", "North", "South",
        "Midlands", "North East", "North West", "South East", "South West", "East Midlands", "West Midlands", "Yorkshire",
    };

    /// <summary>"In Barnet, the Conservatives won", "In Wandsworth the Tories held on", "In Richmond upon Thames they won":
    /// the place the sentence opens in, set off by a comma or followed straight by a party or a pronoun for one; and
    /// "Barnet, where ...": the place it opens on, told of in a clause of where.</summary>
    [GeneratedRegex(@"^(?:(?:But|And|Meanwhile|Elsewhere),?\s+)?(?:[Ii]n\s+" + ElectionRecogniser.Run + @"(?:\s*,|\s+(?=(?:the\s+)?(?:" + Parties.Names + @")\b|they\b|it\b))|" + ElectionRecogniser.Run + @",\s+where\b)")]
    private static partial Regex OpensInPlace();

    /// <summary>"Wandsworth, a flagship Tory council since 1978, fell to Labour", "Barnet also went to Labour": the place
    /// the sentence opens on, passed to a party.</summary>
    [GeneratedRegex(@"^(?:(?:But|And|Meanwhile|Elsewhere),?\s+)?" + ElectionRecogniser.Run + @"(?:,[^,;]{1,80},)?\s+(?:also\s+|duly\s+|finally\s+)?(?:fell|went|passed|switched|swung)\s+to\s+(?:the\s+)?(?:" + Parties.Names + @")\b")]
    private static partial Regex FellTo();

    /// <summary>"The Liberal Democrats took control of Richmond upon Thames", "Labour also gained Barnet, winning", "won
    /// Wandsworth by 35 seats to 23", "held Wandsworth with 33 seats" (or "33 councillors"): a council won, held or lost.</summary>
    [GeneratedRegex(@"\b(?:took|take|takes|taken|taking|won|win|wins|gained|gains|kept|keeps|held|holds|retained|retains|lost|loses|seized|seizing|snatched|snatching|regained|regaining|captured|capturing)\s+(?:(?:overall\s+|outright\s+)?control\s+of\s+" + ElectionRecogniser.Run + "|" + ElectionRecogniser.Run + @"(?=\s*,|\s+from\b|\s+(?:by|with)\s+\d+\s+(?:seats|councillors)\b))")]
    private static partial Regex ControlOf();
}
