using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

public static partial class ElectionExtractor
{
    /// <summary>
    /// "Khan won last year's mayoral election", "the mayoral race of 2016": a mayoral election named without its place
    /// is the one mayoralty's the article names ("The Mayor of London, Sadiq Khan, ...", "the London mayoral race").
    /// An article that names no mayoralty, or several, leaves it unread: a borough's mayor is as likely as the capital's.
    /// One that names none but the London Assembly's election names London's.
    /// </summary>
    private static void PlaceInArticlesMayoralty(List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        static bool Unplaced(ElectionAnchor a) => a.Area == OfficeElections.MayoraltyInView;
        if (!anchors.Any(a => a.Any(Unplaced))) return;
        var named = anchors.SelectMany(a => a).Where(a => a.Kind == ElectionKind.Mayoral && !Unplaced(a)).Select(a => a.Area).Distinct().ToList();
        // "the pain of Susan Hall's defeat in the mayoral race", in a report of the London Assembly's election: London's
        // mayor is elected with its assembly, the one assembly of its kind.
        if (named.Count == 0 && anchors.Any(a => a.Any(x => x.Kind == ElectionKind.DevolvedParliament && x.Area == "London"))) named = ["London"];
        var place = named is [var only] ? only : null;
        for (var i = 0; i < anchors.Count; i++)
            if (anchors[i].Any(Unplaced))
                anchors[i] = [.. anchors[i].Where(a => !Unplaced(a) || place is not null).Select(a => Unplaced(a) ? a with { Area = place! } : a)];
    }

    /// <summary>
    /// "The Conservatives kept Old Bexley and Sidcup ... The by-election was called after ...": a by-election named bare,
    /// with no seat in its sentence, is the one seat's the article says was held, kept or taken ("the seat of X"), or
    /// whose by-election it names. An article that names no such seat, or several, leaves it unread.
    /// </summary>
    private static void PlaceInArticlesByElection(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        static bool Unplaced(ElectionAnchor a) => a.Area == OfficeElections.ByElectionInView;
        if (!anchors.Any(a => a.Any(Unplaced))) return;
        var named = anchors.SelectMany(a => a).Where(a => a.Kind == ElectionKind.ByElection && !Unplaced(a)).Select(a => a.Area)
            .Concat(sentences.SelectMany(s => OfficeElections.SeatsHeld(s.Tokenised)).Select(ElectionRecogniser.CleanArea)).OfType<string>()
            .Distinct().ToList();
        var place = named is [var only] ? only : null;
        for (var i = 0; i < anchors.Count; i++)
        {
            if (anchors[i].Any(Unplaced))
                anchors[i] = [.. anchors[i].Where(a => !Unplaced(a) || place is not null).Select(a => Unplaced(a) ? a with { Area = place! } : a)];
            // The sentence that says the seat was held names the contest too, so what it and the sentences after it tell is its.
            else if (place is not null && !anchors[i].Any(a => a.Kind == ElectionKind.ByElection)
                && OfficeElections.SeatsHeld(sentences[i].Tokenised).FirstOrDefault() is { } held && ElectionRecogniser.CleanArea(held) == place)
                anchors[i] = [.. anchors[i].Append(new ElectionAnchor(sentences[i].Tokenised.IndexOf(held, StringComparison.Ordinal), ElectionKind.ByElection, place, true, null))
                    .OrderBy(a => a.Position)];
        }
    }

    /// <summary>
    /// "on a night when his party lost two other by-elections. In Selby and Ainsty, ...", "It was a different story
    /// elsewhere. In Somerton and Frome the Liberal Democrats' Sarah Dyke took the seat by more than 11,000 votes": in an
    /// article about a by-election, a seat won with no year, in a sentence that (or whose sentence before) speaks of
    /// other by-elections, the same night or elsewhere, is another by-election of the same day, in the article's year.
    /// Not one with no such word, which may be the seat's last general election. Returns the seats so read.
    /// </summary>
    private static HashSet<string> SameNightByElections(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        var seats = new HashSet<string>(StringComparer.Ordinal);
        var held = anchors.SelectMany(a => a).Where(a => a.Kind == ElectionKind.ByElection && a.Area != OfficeElections.ByElectionInView).Select(a => a.Area).FirstOrDefault();
        if (held is null) return seats;
        bool Undated(ElectionAnchor a) => a is { Kind: ElectionKind.Constituency, StatedYear: null, YearOffset: null, Future: false, Past: false } && a.Area != held;
        for (var i = 0; i < anchors.Count; i++)
            if (anchors[i].Any(Undated) && (SameNight().IsMatch(sentences[i].Tokenised) || i > 0 && SameNight().IsMatch(sentences[i - 1].Tokenised)))
            {
                seats.UnionWith(anchors[i].Where(Undated).Select(a => a.Area));
                anchors[i] = [.. anchors[i].Select(a => Undated(a) ? a with { Kind = ElectionKind.ByElection, OnlyAtGeneral = false, YearOffset = 0 } : a)];
            }
        return seats;
    }

    /// <summary>Class: words of other contests held alongside the one reported ("two other by-elections", "on a night
    /// when", "the same day", "elsewhere").</summary>
    [GeneratedRegex(@"\bother\s+(?:\w+\s+)?by-elections\b|\bby-elections\s+(?:held\s+)?on\s+the\s+same\b|\bon\s+a\s+night\s+when\b|\bthe\s+same\s+(?:day|night)\b|\b[Ee]lsewhere\b")]
    internal static partial Regex SameNight();

    /// <summary>"Damian Collins won the Folkestone & Hythe seat with 20,645 votes, compared to 14,738 for the Liberal Democrat
    /// candidate at the 2010 general election": a seat's contest the sentence gives no year of, in a sentence that names a
    /// general election with its year, is that general election's part (however far along the sentence the year is
    /// written), not a contest dated by the article's day.</summary>
    private static void SeatsOfGeneralElection(List<IReadOnlyList<ElectionAnchor>> anchors)
    {
        static bool Undated(ElectionAnchor a) => a is { Kind: ElectionKind.Constituency, StatedYear: null, YearOffset: null, Future: false, OnlyAtGeneral: false };
        for (var i = 0; i < anchors.Count; i++)
            if (anchors[i].Any(Undated) && anchors[i].Where(a => a is { Kind: ElectionKind.General, Area: "UK", StatedYear: not null }).Select(a => a.StatedYear).Distinct().Count() == 1)
                anchors[i] = [.. anchors[i].Select(a => Undated(a) ? a with { OnlyAtGeneral = true } : a)];
    }
}
