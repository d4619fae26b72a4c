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
    /// where ...", with no word of the area's name. Only "where" after the place says its figures are the seat's:
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

    /// <summary>Class: names of wider areas, bodies and days that follow "in" without naming a seat.</summary>
    private static readonly HashSet<string> NotASeat = new(StringComparer.Ordinal)
    {
        "London", "England", "Scotland", "Wales", "Britain", "UK", "Europe", "Westminster", "Parliament", "Commons",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    [GeneratedRegex(@"\b(?:[Ii]n|for)\s+(?<seat>[A-Z][\w’'-]+(?:\s+(?:and\s+|&\s+|upon\s+)?[A-Z][\w’'-]+)*),?\s+where\b")]
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
    private ElectionAnchor? InArticlesTerms(ElectionAnchor named, ArticleSentence s)
    {
        // "lost the Copeland seat" in an article that names the Copeland by-election: that contest.
        var anchor = named.Kind == ElectionKind.Constituency && learnedYears?.ContainsKey((ElectionKind.ByElection, named.Area)) == true
            ? named with { Kind = ElectionKind.ByElection } : named;
        if (aboutCountry is not { } country || TextCues.UkNamed().IsMatch(s.Tokenised)) return anchor;
        // "local and European elections will be held in less than a month", in a report from Spain: Spain's,
        // and its local elections are not England's, unless a word of Westminster or a UK party says so ("the
        // Conservatives lost 1,300 seats in the local elections").
        if (anchor is { Kind: ElectionKind.EuropeanParliament, Area: "UK" } && ElectionWords.EuropeanUnion.Contains(country)) return anchor with { Area = country };
        return anchor is { Kind: ElectionKind.Local, Area: "England" } && !TextCues.Westminster().IsMatch(s.Tokenised) ? null : anchor;
    }
}
