using NewsArchive.Language;

namespace NewsArchive.Import;

/// <summary>
/// What stands above an article's body, as each extractor reads it: the headline and the standfirst. A headline
/// made up from the text is the text's, so it is never read twice.
/// </summary>
public static class ArticleLead
{
    /// <summary>For elections, the headline always: it often names the election the body only calls "the election".</summary>
    public static IReadOnlyList<string> ForElections(ParsedArticle parsed, string? standfirst) =>
        [.. OwnHeadline(parsed) is { } headline ? [headline] : Array.Empty<string>(), .. Standfirst(standfirst)];

    /// <summary>For people, the headline only when it tells someone speaking, in sentence case: "Nick Brown argues Lib
    /// Dems have lost support", an opinion piece naming its author nowhere else. Headline-ese puts a name against any
    /// noun ("Ken Nazi jibe", "Blair Labour's longest-serving leader"), so a name there with no verb of speech is read
    /// from the body alone. In title case ("Weakness Plagues British Politics") capitals say nothing of names.</summary>
    public static IReadOnlyList<string> ForPeople(ParsedArticle parsed, string? standfirst) =>
        [.. OwnHeadline(parsed) is { } headline && InSentenceCase(headline) && Speaks(headline) ? [headline] : Array.Empty<string>(), .. Standfirst(standfirst)];

    /// <summary>A word after the headline's first is a verb of speech ("argues", "says", "writes").</summary>
    private static bool Speaks(string headline) =>
        headline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(w => Vocabulary.Classify(w.TrimEnd(',', ':', ';', '.')) == WordClass.Speech);

    /// <summary>Most of the headline's longer words, after its first, start in lower case. Short words ("on", "the")
    /// are left out: title case writes them in lower case too.</summary>
    private static bool InSentenceCase(string headline)
    {
        var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(w => w.Trim('"', '\'', '‘', '’', '“', '”', '(', ')', ',', ':', ';', '.', '?', '!')).Where(w => w.Length > 3).ToList();
        return words.Count > 0 && words.Count(w => char.IsLower(w[0])) * 2 >= words.Count;
    }

    private static string? OwnHeadline(ParsedArticle parsed) =>
        parsed.HeadlineDerived || string.IsNullOrWhiteSpace(parsed.Headline) ? null : parsed.Headline;

    private static IEnumerable<string> Standfirst(string? standfirst) => standfirst is { Length: > 0 } ? [standfirst] : [];
}
