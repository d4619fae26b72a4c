using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

internal sealed partial class ArticleReading
{
    /// <summary>"In 2010, voter turnout was at 65%": in an article about Westminster or general elections, a result
    /// or a turnout told in a year the calendar holds a general election in, in a sentence naming no election, another country
    /// or a body's vote, is that general election's. So in a by-election's report, where it is the seat's at that election.</summary>
    private void YearOfGeneralElection(ArticleSentence s, List<Placed> placed)
    {
        var text = s.Tokenised;
        // Cheapest first: the article-wide reading is made only for a sentence that could use it.
        var turnout = text.Contains("turnout", StringComparison.OrdinalIgnoreCase);
        // A by-election in view is a Westminster seat's: "Mr Johnson had held the seat in 2019 with a majority of 7,210".
        var byElection = Recent(context, s.Paragraph, ContextParagraphs) && registry.KindOf(context!.Value.Slug) == ElectionKind.ByElection;
        if (!s.Cues.Digit || s.Figures.Count == 0 && !turnout || !StatedYear().IsMatch(text) || !(namesGeneralElection || byElection || aboutWestminster.Value)) return;
        if (TextCues.ForeignCountry().IsMatch(text) || TextCues.Organisation().IsMatch(text)) return;
        foreach (Match m in StatedYear().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].Value);
            // "since the council was created in 1964": a year told of a body's founding is no general election's.
            if (TextCues.FoundedBefore().IsMatch(text[..m.Groups["y"].Index])) continue;
            if (!ElectionCalendar.HeldIn(ElectionKind.General, "UK", year) || published is { } p && year > p.Year) continue;
            // The year must be told of the result: "since its inception in 1950" far after "53% of the vote" is not.
            // So may a turnout, told without a figure ("a 4% difference in turnout between the young and old in 1987").
            if (!s.Figures.Any(f => Math.Abs(f.Position - m.Index) <= YearReach)
                && !(turnout && TurnoutWord().Matches(text).Any(t => Math.Abs(t.Index - m.Index) <= YearReach))) continue;
            placedYears.Add((ElectionKind.General, "UK", year));
            var earlier = TextCues.MeasuredAgainst().IsMatch(text[TextCues.ClauseAt(text, m.Index).Start..m.Index]);
            var general = registry.Register(ElectionKind.General, "UK", year, YearSource.Stated, s.Source);
            // In a by-election's report, the year is the seat's contest at that general election ("down from 76.5% in 2015").
            var slug = byElection
                ? registry.Register(ElectionKind.Constituency, registry.AreaOf(context!.Value.Slug), year, YearSource.Stated, s.Source, general) : general;
            placed.Add(new Placed(m.Groups["y"].Index, slug, Earlier: earlier));
        }
    }

    /// <summary>How near a result a year stated with it stands, in characters ("In 2010, voter turnout was at 65%").</summary>
    private const int YearReach = 60;

    [GeneratedRegex(@"\b[Tt]urnout\b")]
    private static partial Regex TurnoutWord();

    /// <summary>"In 2010", "in 1987": a year a sentence places what it tells in.</summary>
    [GeneratedRegex(@"\b[Ii]n\s+(?<y>(?:19|20)\d\d)\b(?!\s*(?:per|%))")]
    private static partial Regex StatedYear();

    /// <summary>A general election no sentence names: "the SDP gained 25% of the vote in 1983" (a national party's
    /// share or seats in a year the calendar holds one), and a member's majority ("the MP, who has a 6,932
    /// majority"), which is from the last general election before the article (of unknown year when undated).</summary>
    private string? ImpliedGeneralElection(ArticleSentence s, RawFigure raw, string? subject, string? party, List<Placed> placed)
    {
        // "who has a 19,000 majority, has said he will stand down at the next election": a majority a member has now is
        // the last election's, whatever election ahead the sentence names.
        if (placed.Count > 0 && !(raw.Kind == FigureKind.Majority && placed.All(p => p.Ahead) && MajorityHeld().IsMatch(s.Tokenised)) || subject is null) return null;
        var text = s.Tokenised;
        var stated = TextCues.YearNear(text, raw.Position);
        if (stated is { } y && (!ElectionCalendar.HeldIn(ElectionKind.General, "UK", y) || (published is { } p && y > p.Year))) return null;
        if (raw.Kind is FigureKind.Share or FigureKind.Seats && party is not null && UkParty().IsMatch(party) && stated is { } year && !Abroad.Value)
            return registry.Register(ElectionKind.General, "UK", year, YearSource.Calendar, s.Source);
        // "The Liberal Democrats have had their number of MPs slashed from 57 to just eight", a week after polling day:
        // a party's MPs told with no word of their time, soon after a general election, are that election's.
        if (raw.Kind == FigureKind.Seats && party is not null && UkParty().IsMatch(party) && stated is null && !Abroad.Value
            && published is { } on && ElectionCalendar.LastBefore(ElectionKind.General, "UK", on) is { } polled && on <= polled.AddDays(JustAfterDays)
            && MembersOfParliament().IsMatch(text) && !TextCues.FutureTense().IsMatch(text))
            return registry.Register(ElectionKind.General, "UK", polled.Year, YearSource.Calendar, s.Source);
        if (raw.Kind != FigureKind.Majority || !TextCues.MemberMajority().IsMatch(text)) return null;
        var held = stated ?? (published is { } date ? ElectionCalendar.LastBefore(ElectionKind.General, "UK", date)?.Year : 0);
        return held is { } last ? registry.Register(ElectionKind.General, "UK", last, last == 0 ? YearSource.Unknown : YearSource.Calendar, s.Source) : null;
    }

    /// <summary>A majority a member holds now: "who has a 19,000 majority", "has a majority of 6,932".</summary>
    [GeneratedRegex(@"\b(?:has|holds|enjoys|sits\s+on)\s+an?\s+(?:(?:\w+\s+)?\d[\d,]*\s+majority|majority\s+of\s+\d)")]
    private static partial Regex MajorityHeld();

    /// <summary>How long after a general election a party's MPs, with no word of their time, are still its result.</summary>
    private const int JustAfterDays = 42;

    /// <summary>A party's members of the Commons, by name: narrower than <see cref="TextCues.Westminster"/>, which any
    /// party's name satisfies.</summary>
    [GeneratedRegex(@"\bMPs\b|\bMembers of Parliament\b")]
    private static partial Regex MembersOfParliament();

    /// <summary>Parties that stand across Great Britain, whose share in a general election's year is that election's.</summary>
    [GeneratedRegex(@"^(?:Labour|Conservative|Liberal Democrats|Green Party|UKIP|Reform UK|Brexit Party|SDP|Social Democratic Party|BNP|SNP|Plaid Cymru)$")]
    private static partial Regex UkParty();
}
