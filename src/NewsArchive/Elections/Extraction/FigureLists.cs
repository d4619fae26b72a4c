using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Figures news writes several at a time: a pair ("52-48", "52% to 48%", "306 vs. 232 electoral votes"); a list
/// matched to names "respectively" ("who gained 1716 and 1470 votes respectively"); a list that names each party
/// before its number and leaves the unit to the first ("the SNP had 40 seats, Liberal Democrats four and Labour
/// two"); and the same measure for an earlier contest ("30 seats from 10 in 2015").
/// </summary>
internal static partial class FigureLists
{
    private const string Q = NewsNumber.Pattern;

    public static void Find(string sentence, List<RawFigure> found)
    {
        if (sentence.Contains("respectively", StringComparison.Ordinal))
            foreach (Match m in Respectively().Matches(sentence)) AddList(found, m, KindOf(m.Groups["unit"].Value));
        if (PairWord().IsMatch(sentence))
            foreach (Match m in Pair().Matches(sentence))
            {
                var counted = m.Groups["unit"].Success || m.Groups["count"].Success;
                var kind = m.Groups["unit"].Success ? KindOf(m.Groups["unit"].Value) : m.Groups["count"].Success ? FigureKind.Votes : FigureKind.Share;
                var (a, b) = (Number(m.Groups["a"]), Number(m.Groups["b"]));
                // A two-way split of the vote in per cent adds up to about 100; counts need their unit, or a candidate
                // beaten by so many to so many.
                if (!counted && (a > 100 || b > 100 || a + b > 101 || a < b)) continue;
                // "voted to stay in the UK 55:45": a colon splits the whole vote in two, or it is a time ("at 10:30").
                if (m.Groups["colon"].Success && a + b < 98) continue;
                AddList(found, m, kind);
            }
    }

    /// <summary>True when a figure already read overlaps the span.</summary>
    internal static bool Taken(List<RawFigure> found, int start, int end) => found.Any(f => f.Position < end && start < f.End);

    /// <summary>After each figure, the parties a list names with their numbers, and the earlier contest's figure.</summary>
    public static void Continue(string sentence, List<RawFigure> found)
    {
        foreach (var figure in found.Where(f => f.Kind is FigureKind.Seats or FigureKind.Share or FigureKind.Votes or FigureKind.Turnout).ToList())
        {
            var at = figure.End;
            for (var m = ListItem().Match(sentence, at); m.Success && m.Index == at; m = ListItem().Match(sentence, at))
            {
                var number = m.Groups["number"];
                var party = m.Groups["party"].Success ? ElectionWords.RonOr(Parties.Canonical(m.Groups["party"].Value)) : null;
                // "40 per cent, and Mr Bailey on 893,051, or 35.3 per cent": a count is no share.
                if (figure.Kind is FigureKind.Share or FigureKind.Turnout && NewsNumber.FromMatch(m).Value > 100) break;
                if (Taken(found, number.Index, number.Index + number.Length))
                {
                    // "had 55.2 per cent to the Conservative's 44.8 per cent": read on its own already, the party is still its.
                    var alone = found.FindIndex(f => f.Position == number.Index && f.Kind == figure.Kind && f is { ListParty: null, ListIndex: < 0, Side: null });
                    if (party is null || alone < 0) break;
                    found[alone] = found[alone] with { ListParty = party };
                }
                else found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(m), number.Index, number.Index + number.Length)
                    { ListParty = party, Side = m.Groups["side"].Success ? m.Groups["side"].Value : null });
                at = m.Index + m.Length;
            }
            // "50 seats were won by Labour, 4 by the Conservatives and 3 by the Greens": the verb written once, each
            // later number's party after its "by".
            var won = WonBy().Match(sentence, figure.End);
            for (var by = won.Index + won.Length; won.Success && won.Index == figure.End;)
            {
                var m = ByItem().Match(sentence, by);
                var number = m.Groups["number"];
                if (!m.Success || m.Index != by || Taken(found, number.Index, number.Index + number.Length)) break;
                found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(m), number.Index, number.Index + number.Length)
                    { ListParty = Parties.Canonical(m.Groups["party"].Value) });
                by = m.Index + m.Length;
            }
            // "17.4 million votes for Leave and 16.1 million for Remain": the next number, told with its own "for".
            var own = OwnFor().Match(sentence, figure.End);
            var next = own.Success && own.Index == figure.End ? NextFor().Match(sentence, own.Index + own.Length) : Match.Empty;
            if (next.Success && next.Index == own.Index + own.Length && !Taken(found, next.Groups["number"].Index, next.Index + next.Length))
                found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(next), next.Groups["number"].Index, next.Index + next.Length)
                {
                    Side = next.Groups["side"].Success ? next.Groups["side"].Value : null,
                    ListParty = next.Groups["party"].Success ? Parties.Canonical(next.Groups["party"].Value) : null,
                });
            ComparedAfter(sentence, figure, found);
            // "won 11,189 votes, 51.5% of the total, with Labour's Daniel Francis second on 6,711": the runner-up's, in
            // the unit of the winner's count when it is over 100.
            var second = RunnerUpAfter().Match(sentence, figure.End);
            if (second.Success && second.Index == figure.End && figure.Kind is FigureKind.Votes or FigureKind.Share
                && !found.Any(f => f.Position == second.Groups["n"].Index))
            {
                var value = NewsNumber.FromMatch(second);
                var kind = value.Value > 100 ? FigureKind.Votes : second.Groups["pc"].Success ? FigureKind.Share : figure.Kind;
                if (kind == FigureKind.Votes || value.Value <= 100)
                    found.Add(new RawFigure(kind, value, second.Groups["n"].Index, second.Index + second.Length));
            }
            // "52% voted Leave and 48% Remain": the other side's number, told after the first side's with its side after it.
            var side = SideItem().Match(sentence, figure.End);
            if (figure.Side is not null && side.Success && side.Index == figure.End && !found.Any(f => f.Position == side.Groups["n"].Index))
                found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(side), side.Groups["n"].Index, side.Index + side.Length) { Side = ElectionWords.SideName(side.Groups["side"].Value) });
            if (figure.Kind == FigureKind.Turnout) TurnoutParts(sentence, figure, found);
            var lastYear = FromLastYear().Match(sentence, figure.End);
            if (lastYear.Success && lastYear.Index == figure.End)
            {
                // "Turnout was 38%, up from 33% last year", "the turnout of 47.5% is up on last year's 45.5%": the same
                // measure, a per cent first read as a share too.
                var number = lastYear.Groups["n"];
                var overlapping = found.FindAll(f => f.Position < lastYear.Index + lastYear.Length && number.Index < f.End);
                if (figure.Kind == FigureKind.Turnout && overlapping is [{ Kind: FigureKind.Share, ListIndex: < 0 } share] && share.Position == number.Index) found.Remove(share);
                if (overlapping.Count == 0 || !Taken(found, number.Index, lastYear.Index + lastYear.Length))
                    found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(lastYear), number.Index, lastYear.Index + lastYear.Length) { LastYear = true, Total = figure.Total });
            }
            var earlier = FromEarlier().Match(sentence, figure.End);
            if (earlier.Success && earlier.Index == figure.End)
            {
                // "turnout was 66.1%, up from 65.1% in 2010": the earlier per cent is a turnout too, not a party's share.
                // So is "up from 37% four years ago", "up from 61% last time".
                int? year = earlier.Groups["year"].Success ? int.Parse(earlier.Groups["year"].Value) : null;
                int? ago = earlier.Groups["ago"].Success ? (int?)NewsNumber.Parse(earlier.Groups["ago"].Value)?.Value : null;
                var lastTime = earlier.Groups["last"].Success;
                // A share read first may start at its qualifier ("nearly 70 per cent").
                var read = found.FindIndex(f => f.Position == earlier.Groups["n"].Index || earlier.Groups["q"].Success && f.Position == earlier.Groups["q"].Index);
                if (read < 0)
                    found.Add(new RawFigure(figure.Kind, NewsNumber.FromMatch(earlier), earlier.Groups["n"].Index, earlier.Index + earlier.Length)
                        { EarlierYear = year, YearsBefore = ago, LastTime = lastTime, Total = figure.Total });
                else if (figure.Kind == FigureKind.Turnout && found[read].Kind == FigureKind.Share)
                    found[read] = found[read] with { Kind = FigureKind.Turnout, EarlierYear = year, YearsBefore = ago, LastTime = lastTime };
                else if (year is null && found[read].Kind == figure.Kind)
                    found[read] = found[read] with { YearsBefore = ago, LastTime = lastTime };
            }
        }
        found.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>After a turnout, the turnouts of parts of the electorate told with it: "Turnout last year was 42% (60%
    /// undergraduates, 22% post grads)"; and of others, each named before its number: "Edinburgh had 22% of their
    /// students voting and Sheffield had 24%", "the highest turnout, at 51%, followed by Medicine with 39%".</summary>
    private static void TurnoutParts(string sentence, RawFigure figure, List<RawFigure> found)
    {
        var at = figure.End;
        var open = OpenParts().Match(sentence, at);
        if (open.Success && open.Index == at)
        {
            at = open.Index + open.Length;
            for (var m = Part().Match(sentence, at); m.Success && m.Index == at; m = Part().Match(sentence, at))
            {
                if (!AddTurnout(found, m)) break;
                at = m.Index + m.Length;
            }
        }
        at = figure.End;
        for (var m = NamedTurnout().Match(sentence, at); m.Success && m.Index == at; m = NamedTurnout().Match(sentence, at))
        {
            if (Parties.Mention().IsMatch(m.Groups["name"].Value) || !AddTurnout(found, m)) break;
            at = m.Index + m.Length;
        }
    }

    /// <summary>Adds a turnout of a list, in place of the share its per cent was first read as ("and Bristol had 21%"
    /// in a sentence that speaks of voters).</summary>
    private static bool AddTurnout(List<RawFigure> found, Match m)
    {
        var number = m.Groups["n"];
        var overlapping = found.FindAll(f => f.Position < number.Index + number.Length && number.Index < f.End);
        if (overlapping is [{ Kind: FigureKind.Share, ListIndex: < 0 } share] && share.Position == number.Index) found.Remove(share);
        else if (overlapping.Count > 0) return false;
        found.Add(new RawFigure(FigureKind.Turnout, NewsNumber.FromMatch(m), number.Index, m.Index + m.Length));
        return true;
    }

    private static void AddList(List<RawFigure> found, Match m, FigureKind kind)
    {
        var numbers = m.Groups["n"].Captures;
        var count = numbers.Count;
        for (var i = 0; i < count; i++)
        {
            var n = numbers[i];
            if (Taken(found, n.Index, n.Index + n.Length)) return;
        }
        // A pair's side is the one named before its result word ("Leave beat Remain by 52-48": Leave's is the first
        // number); its people and parties are read in FigureSubjects.InList.
        var start = m.Index;
        for (var i = 0; i < count; i++)
        {
            var n = numbers[i];
            var value = NewsNumber.Parse(n.Value)!;
            found.Add(new RawFigure(kind, value, n.Index, n.Index + n.Length) { ListIndex = i, ListCount = count, ListStart = start, ListFirst = numbers[0].Index });
        }
    }

    private static decimal Number(Group g) => NewsNumber.Parse(g.Value)?.Value ?? 0;

    private static FigureKind KindOf(string unit) => unit.Trim().ToLowerInvariant() switch
    {
        "seats" or "seat" => FigureKind.Seats,
        "per cent" or "percent" or "%" or "per cent of the vote" => FigureKind.Share,
        _ => FigureKind.Votes,
    };

    /// <summary>A number of a list, with its scale ("10.7m and 6.8m votes", "10.7 million and 6.8 million").</summary>
    private const string Num = @"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:\s?(?:million|m|bn|billion)\b)?";

    /// <summary>"162, 139, and 60 votes respectively", "35% and 32% respectively", "43 and 37 votes, respectively".</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>" + Num + @")\s?(?:%|per cent)?(?:\s*,\s*(?<n>" + Num + @")\s?(?:%|per cent)?)*\s*,?\s+and\s+(?<n>" + Num + @")\s?(?<unit>%|per cent|votes|seats)?\s*(?<unit>votes|seats|per cent|%)?\s*(?:of the vote\s*)?(?:in the first round\s*)?,?\s*respectively\b")]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\d(?:\s?(?:m|million)\b)?\s*(?:%|per cent|\s+votes|\s+seats)?\s*(?:-|–|to|vs\.?|versus|:)\s*\d")]
    private static partial Regex PairWord();

    /// <summary>"52-48", "52% to 48%", "55:45", "by 52 per cent to 48 per cent", "306 vs. 232 electoral votes", "leads
    /// the popular vote, 59,942,917 to 59,704,842", "beat RON by 2,310 votes to 406", "beat Jo Bloggs 1,200 to 900",
    /// "beat Jo Bloggs to the post, 1,650 votes to 1,320", "by 50.65% to 49.35%", "by 10.7m votes to 6.8m", "the gap
    /// was tighter, at 40.0% to 35.3%", a restatement of counts ("..., or 51.5% to 48.5%"). A pair needs a word of a
    /// result before it, so that a range or a score is not one; "from 45% to 42%" is a change, not a pair.</summary>
    [GeneratedRegex(@"\b(?:margin|by|won|win|winning|voted|vote|result|split|lost|losing|beat|beating|defeated|rejected|backed|approved|majority|gap|lead|led)\b(?:[^.;:\d]|(?<=\s)(?:19|20)\d\d(?=\s)){0,40}?(?<![\d.,£$])(?<!\bfrom\s+)(?<n>(?<a>\d{1,3}(?:\.\d{1,2})?))\s?(?:%|per cent)?\s*(?:-|–|to|vs\.?|versus|(?<colon>:))\s*(?<n>(?<b>\d{1,3}(?:\.\d{1,2})?))(?![\d,])(?:\s?(?:%|per cent))?(?:\s+(?<unit>votes|seats))?(?!\s*(?:years|year-old|months|days|per cent of (?!the vote)))|(?<n>(?<a>\d{1,3}(?:,\d{3})+|\d{3,}))\s*(?:vs\.?|versus|to)\s*(?<n>(?<b>\d{1,3}(?:,\d{3})+|\d{3,}))\s+(?:(?:electoral(?:\s+college)?|Electoral\s+College)\s+)?(?<unit>votes|seats)\b"
        + @"|(?<=,\s+or\s+)(?<n>(?<a>\d{1,2}(?:\.\d{1,2})?))\s?(?:%|per\s+cent)\s+to\s+(?<n>(?<b>\d{1,2}(?:\.\d{1,2})?))\s?(?:%|per\s+cent)"
        + @"|\b(?:popular\s+)?(?<count>vote),?\s+(?<n>(?<a>\d{1,3}(?:,\d{3}){2,}))\s*(?:vs\.?|versus|to)\s*(?<n>(?<b>\d{1,3}(?:,\d{3}){2,}))(?!\d|,\d)"
        + @"|\b(?:" + Owners.Beat + @")\s+(?:(?:[^\s,;.\d]+\s+){1,4}?by\s+(?:(?:just|only)\s+)?|(?:RON\b|" + ArticleSentence.Person + @")[^.;\d]{0,80}?,\s*)(?<n>(?<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+\s?(?:m|million)\b)?))\s+(?<unit>votes|seats)\s+to\s+(?<n>(?<b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+\s?(?:m|million)\b)?))(?![\d,]|\s?(?:%|per cent))"
        + @"|\b(?:" + Owners.Beat + @")\s+(?:[^\s,;.\d]+\s+){1,4}?(?:by\s+)?(?<n>(?<a>\d{1,3}(?:,\d{3})+|\d{3,}))(?:\s+(?<unit>seats|votes))?\s+to\s+(?<n>(?<b>\d{1,3}(?:,\d{3})+|\d{2,}))(?<count>)(?![\d,]|\s?(?:%|per cent|seats|votes))")]
    private static partial Regex Pair();

    /// <summary>The next item of a list after a figure, the body it is of named or not ("11 of the 25 seats on the London
    /// Assembly, the Conservatives eight"): ", Liberal Democrats four", " and Labour two", " compared with
    /// Labour's 232", after "11 of the 25 seats"; and " to the Conservatives' 198" after "won 356 seats" (" to RON's
    /// 1,002" after "won with 2,345 votes", " to Labour candidate Danny Beales' 13,470" after "took 13,965 votes", " of the
    /// vote to the Conservative's 44.8" after "55.2 per cent"), where
    /// "to" needs the possessive (without it, "to" is a change: "fell from 40 seats to Labour..."); and a person's, after
    /// a comma or "and" (", Ann Poe 1,100 and Dan Webb 800"), whose owner is then read as any figure's; and a party's
    /// after "with" (", with the Conservatives taking eight", ", with the Conservatives reduced to 11") or "leaving"
    /// (", leaving Labour on 25"). A count may name the round it was reached in ("2,045 votes in
    /// the final round to Sara Mills' 1,730"), and a rival may stand in apposition after "while" (", while his closest
    /// rival, Ellie Shaw, received 2,065"), and a referendum side's (" and Remain 16,141,241" after "Leave won 17,410,742
    /// votes"). A change told after the unit does not end the list ("eight seats, down one, while
    /// the Greens kept three and the Liberal Democrats two"), nor does no change ("11 of the 25 seats, unchanged from 2021,
    /// and the Conservatives with eight"), nor a record it sets ("37 seats, its worst result since devolution, while the
    /// Conservatives won 15").</summary>
    [GeneratedRegex(@"\G(?:\s+(?:(?:out\s+)?of\s+(?:the\s+|a\s+possible\s+|[A-Z][\w’'-]*['’]s\s+)?\d+\s+(?:(?:parliamentary|council|constituency|list|top-up)\s+)?|(?:constituency|list|top-up)\s+)?(?:seats|per cent|votes|councillors|MPs|MSPs|AMs|MEPs)(?:\s+(?:on|in)\s+the\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|assembly|parliament|council)){0,3})?(?:\s+in\s+the\s+(?:first|second|third|fourth|fifth|final|last)\s+round)?|%)?(?:\s+of\s+the\s+(?:vote|poll|total))?(?:\s*,\s*(?:(?:up|down)\s+(?:by\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|unchanged(?:\s+(?:from|on|since)\s+(?:19|20)\d\d)?)(?=\s*,))?(?:\s*,\s*(?:its|their)\s+(?:worst|best|lowest|highest|biggest|smallest|poorest|strongest|weakest)\s+[^,;\d]{1,60}(?=\s*,))?(?:\s*,\s*(?:leaving\s+(?=(?:the\s+)?(?:" + Parties.Names + @")\s+(?:with|on)\s))?|\s*,?\s+and\s+|\s*;\s*|\s*,?\s+(?:while|whereas)\s+(?:(?:his|her|their)\s+(?:(?:closest|nearest|main|only)\s+)?(?:rival|opponent|challenger)\s*,\s*)?|\s*,?\s+(?:compared\s+(?:to|with)|against|versus|vs\.?)\s+|\s*,?\s+with\s+(?=(?:the\s+)?(?:" + Parties.Names + @")\s+(?:taking|winning|securing|on|(?:reduced|cut|down)\s+to)\s)|\s+to\s+(?=(?:the\s+)?(?:" + Parties.Names + "|" + ElectionWords.Sides + "|" + ElectionWords.Ron + @")['’])|\s+to\s+(?<rival>(?:(?:" + Parties.Names + @")\s+)?(?:candidate|rival|challenger|opponent)\s+)?(?=" + ArticleSentence.Person + @"['’]))(?:the\s+)?(?:(?<party>" + Parties.Names + "|" + ElectionWords.Ron + @")|(?<side>Leave|Remain|Yes|No)(?=['’]s|\s+(?:on\s+|with\s+)?\d)|(?<=,\s*|\sand\s+|\sto\s+|\sto\s+\k<rival>)" + ArticleSentence.Person + @"(?=(?:['’]s?)?(?:,?\s+(?:won|took|got|polled|received)\s+|\s+(?:on\s+|with\s+)?)\d))(?:['’]s|(?<=s)['’]|(?<=⟧)['’])?(?:,?\s+(?:won|took|got|gained|secured|polled|received|kept|held|retained)\s+(?:(?:only|just)\s+)?|\s+(?:on\s+|with\s+|taking\s+|winning\s+|securing\s+|(?:reduced|cut|down)\s+to\s+)?(?:(?:only|just)\s+)?)(?!(?:19|20)\d\d\s+\p{Ll})(?<number>" + Q + @")(?:\s?(?:per cent|%))?(?!\s*(?:seats|votes)?\s*(?:more|fewer|years))")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\G(?:\s+(?:seats|votes))?\s+(?:were|was)\s+(?:won|taken|captured|gained|secured)\s+by\s+(?:the\s+)?(?:" + Parties.Names + @")\b")]
    private static partial Regex WonBy();

    [GeneratedRegex(@"\G(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?<number>" + Q + @")\s+by\s+(?:the\s+)?(?<party>" + Parties.Names + @")\b")]
    private static partial Regex ByItem();

    private const string ForOwner = @"\s+for\s+(?:the\s+)?(?:(?<side>Leave|Remain|Yes|No)\b|(?<party>" + Parties.Names + @")\b)";

    [GeneratedRegex(@"\G(?:\s?(?:%|per cent))?(?:\s+votes)?" + ForOwner)]
    private static partial Regex OwnFor();

    [GeneratedRegex(@"\G\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?<number>" + Q + @")(?:\s?(?:%|per cent))?(?:\s+votes)?" + ForOwner)]
    private static partial Regex NextFor();

    /// <summary>The runner-up told after the winner's figure: ", with Labour's Daniel Francis second on 6,711", ", with Ann
    /// Poe in second place with 30%", ", with Labour's Daniel Francis, a Bexley councillor, on 6,711". The person is the
    /// number's owner (read as any figure's).</summary>
    [GeneratedRegex(@"\G(?:\s+(?:votes|per cent)|%)?(?:\s+of\s+the\s+(?:vote|total))?\s*,?\s+with\s+(?:the\s+)?(?:(?:" + Parties.Names + @")(?:['’]s)?\s+(?:(?:" + Parties.Roles + @")\s+)?)?" + ArticleSentence.Person + @"(?:,\s[^,;\d]{1,50},)?\s+(?:(?:second|third|in\s+second(?:\s+place)?|runner-up)\s+)?(?:on|with)\s+(?:(?:just|only)\s+)?" + Q + @"(?<pc>\s?(?:%|per cent))?")]
    private static partial Regex RunnerUpAfter();

    /// <summary>After a side's number and its side, the other side's number with its side after it: "52% voted Leave and 48%
    /// Remain", "17.4 million voted to leave, while 16.1 million voted to remain".</summary>
    [GeneratedRegex(@"\G(?:\s?(?:%|per cent))?\s+(?:(?:people|voters)\s+)?(?:who\s+)?voted\s+(?:(?:to|for)\s+)?(?:the\s+)?[""“‘']?(?:Leave|Remain|Yes|No|leave|remain)[""”’']?\s*(?:,\s*and|,|and|while|whereas|with)\s+" + Q + @"(?:\s?(?:%|per cent))?\s+(?:(?:people|voters)\s+)?(?:(?:who\s+)?voted\s+(?:(?:to|for)\s+)?(?:the\s+)?)?[""“‘']?(?<side>Leave|Remain|Yes|No|leave|remain)\b")]
    private static partial Regex SideItem();

    /// <summary>"(" after a turnout, before the parts of the electorate it is told for.</summary>
    [GeneratedRegex(@"\G\s*\(")]
    private static partial Regex OpenParts();

    /// <summary>One part of the electorate and its turnout: "60% undergraduates", ", 22% post grads", "and 24% of
    /// postgraduates", "undergraduates 60%".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:,|;|and)\s*)?(?:" + Q + @"\s?(?:%|per\s+cent)\s+(?:(?:of|among|for)\s+)?(?:the\s+)?(?:[A-Za-z][\w'’-]*\s*){1,3}?|(?:[A-Za-z][\w'’-]*\s+){1,3}?(?:at\s+|on\s+)?" + Q + @"\s?(?:%|per\s+cent))(?=\s*(?:[,;)]|and\b))")]
    private static partial Regex Part();

    /// <summary>The next turnout of a list, its owner named before it: " and Sheffield had 24%", ", followed by Medicine
    /// with 39%", " and Natural Sciences with 37%"; past the turnout's own words ("of their students voting").</summary>
    [GeneratedRegex(@"\G(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:students|members|voters|undergraduates|postgraduates)(?:\s+(?:voting|voted|turned\s+out))?)?(?:\s*,\s*(?:and\s+|while\s+|whereas\s+|followed\s+by\s+)?|\s+(?:and|while|whereas)\s+|\s*,?\s+followed\s+by\s+)(?:the\s+)?(?<name>\p{Lu}[\w'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\w'’&-]*){0,3})\s+(?:had|has|saw|with|on|at|came\s+(?:in\s+)?(?:second|third|fourth|fifth|last)\s+with)\s+(?:(?:just|only|a\s+mere)\s+)?" + Q + @"\s?(?:%|per\s+cent)(?!\s+of\s+the\s+vote)")]
    private static partial Regex NamedTurnout();

    /// <summary>"up from 33% last year", ", compared with 45.47% last year", "is up on last year's 45.5%", "8,012 students
    /// voted, up from 7,100 last year", "a slight decrease from last year's 46%", "higher than last year's turnout of
    /// 41%": the same measure in the same contest a year before the article.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:seats|per cent|votes)|%|\s+(?:students|people|voters|members)\s+(?:voted|took\s+part))?\s*[,–—]?\s+(?:(?:is|was|are|were)\s+)?(?:(?:up|down)\s+(?:from|on)|(?:an?\s+)?(?:[a-z]+\s+)?(?:increase|decrease|rise|fall|drop|improvement)\s+(?:from|on)|(?:higher|lower|more|fewer|less)\s+than|compared\s+(?:with|to)|against)\s+(?:last\s+year['’]s\s+(?:record\s+)?(?:turnout\s+(?:of\s+)?)?" + Q + @"|(?:a\s+)?" + Q + @"(?:\s?(?:per cent|%|seats|votes))?\s+(?:last\s+year|the\s+year\s+before|the\s+previous\s+year)\b)")]
    private static partial Regex FromLastYear();

    /// <summary>"30 seats from 10 in 2015", "up from 35% in 2016", "compared with 58% at the 2001 general election" (or
    /// "against"), "a turnout of 46.2% — up from 39.8% in 2015", "up from 37% four years ago", "up from 61% last time",
    /// "down from 76.5% at last year's general election" (placed by the election named): the same measure in an earlier
    /// contest.</summary>
    [GeneratedRegex(@"\G(?:\s+(?:seats|per cent|votes)|%|\s+(?:students|people|voters|members)\s+(?:voted|took\s+part))?(?:\s+of\s+the\s+(?:vote|poll))?\s*[,–—]?\s+(?:(?:(?:up|down)\s+)?from|compared\s+(?:with|to)|against)\s+(?:a\s+)?" + Q + @"(?:\s?(?:per cent|%|seats|votes))?(?=(?:\s+(?:at|in)\s+the\s+(?:last|previous)\s+(?:[\w-]+\s+)?election)?\s+(?:in|at)\s+(?:the\s+)?(?<year>(?:19|20)\d\d)\b|\s+(?<ago>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+(?:ago|before|earlier)\b|\s+(?<last>last\s+time|(?:at|in)\s+the\s+(?:last|previous)\s+(?:[\w-]+\s+)?election)\b|\s+(?:at|in)\s+last\s+\w+['’]s\s+(?:[\w-]+\s+)?elections?\b)")]
    private static partial Regex FromEarlier();
}
