using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The majority a by-election's winner overturned: the seat's at the general election before.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>"The Liberal Democrats have overturned a Labour majority of nearly 9,000 to win the Hartleigh by-election",
    /// "..., overturning Jane Doe's 23,015 majority": the majority overturned is the one the seat gave at the last general
    /// election before the by-election (or the one the sentence names), and is the party's or person's named with it.
    /// Only for the by-election the sentence or the report is about, in the year the article reports, and when no
    /// other seat is named. True when it was kept.</summary>
    private bool OverturnedMajority(int index, ArticleSentence s, List<Placed> placed, RawFigure raw, int clauseStart, Func<string, string?> partyOf)
    {
        var text = s.Tokenised;
        if (raw.Kind != FigureKind.Majority || published is not { } today || LeftOutRules.PreviousMajorityAt(text, clauseStart, raw) is not (>= 0 and var told)) return false;
        var inView = context;
        var byElection = ElectionFor(s, placed, raw.Position, null);
        context = inView;
        // "overturned a Tory majority of 20,137 in Selby and Ainsty", "... to win Selby and Ainsty": in a report of a
        // by-election of the year, the seat named with the majority is the one it was overturned in.
        // Not a month, a region or a party ("in May", "in London").
        var seatNamed = SeatOverturned().Match(text, raw.End) is { Success: true } named && named.Groups["seat"].Value is var words
            && !words.Split(' ').Any(w => ElectionWords.Month(w) > 0 || NotASeat.Contains(w)) && !NotACouncil.Contains(words) && !Parties.Mention().IsMatch(words) ? words : null;
        string area;
        if (seatNamed is not null && registry.All.Any(e => e.Kind == ElectionKind.ByElection && e.Year == today.Year)) area = seatNamed;
        else if (byElection is null || registry.KindOf(byElection) != ElectionKind.ByElection || registry.YearOf(byElection) != today.Year
            || OtherSeatNamed(text, registry.AreaOf(byElection))) return false;
        else area = registry.AreaOf(byElection);
        // The owner is named between the verb and the number ("a Labour majority of", "Jane Doe's").
        var (start, length) = (told, raw.Position - told);
        string? person = null, party = null;
        if (ArticleSentence.PersonToken().Match(text, start, length) is { Success: true } token) person = s.PersonAt(token);
        else if (Parties.Mention().Match(text, start, length) is { Success: true } partyNamed) party = Parties.Canonical(partyNamed.Groups["party"].Value);
        if (person is null && party is null) return false;
        var stated = placed.FirstOrDefault(p => p.Position > raw.End && p.Slug is { } earlier && registry.KindOf(earlier) == ElectionKind.General
            && WonAt().IsMatch(text[raw.End..p.Position]))?.Slug;
        var year = stated is null ? ElectionCalendar.LastBefore(ElectionKind.General, "UK", today)?.Year : registry.YearOf(stated);
        if (year is not { } y) return false;
        var general = stated ?? registry.Register(ElectionKind.General, "UK", y, YearSource.Calendar, s.Source);
        var seat = registry.Register(ElectionKind.Constituency, area, y, registry.YearSourceOf(general), s.Source, general);
        Keep(index, s, raw, seat, FigureStatus.Result, person, party ?? (person is null ? null : partyOf(person)), partyOf, null);
        return true;
    }

    /// <summary>"of 20,137 in Selby and Ainsty", "of 20,137 to win Selby and Ainsty": the seat named right after the majority.</summary>
    [GeneratedRegex(@"\G\s*(?:votes\s+)?(?:in|to\s+(?:win|take|gain|capture))\s+(?<seat>\p{Lu}[\w’'-]+(?:\s+(?:and\s+|upon\s+|&\s+)?\p{Lu}[\w’'-]+){0,4})")]
    private static partial Regex SeatOverturned();

    /// <summary>"of 9,000 from the 2001 general election", "at the 2019": the contest the majority was won at, named next.</summary>
    [GeneratedRegex(@"^\s*(?:votes\s+)?(?:(?:won|set)\s+)?(?:from|at|in)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?$")]
    private static partial Regex WonAt();
}
