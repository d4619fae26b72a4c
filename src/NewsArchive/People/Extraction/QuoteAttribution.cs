using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Gives each paragraph's quotes to the person who says them: "Mr Khan said:", "he warned",
/// "said Mr Bailey", or the speaker of the paragraph before when a quote runs on. A speaker who is not a
/// named person ("a source said", "Labour MP said") keeps the quote from anyone.</summary>
internal sealed class QuoteAttribution
{
    private int? carried;
    private int? lastSubject;

    /// <summary>The person speaking this paragraph's quotes, or null.</summary>
    public int? Speaker(string text, List<NameToken> tokens, List<QuoteSpan> spans, List<ResolvedMention> mentions)
    {
        int? speaker = null;
        var verb = FirstSpeechVerb(tokens);
        if (verb >= 0) speaker = Subject(text, tokens, mentions, verb);
        else if (spans.Count > 0 && StartsWithQuote(text, spans)) speaker = carried;

        var endsIntroducing = verb >= 0 && text.TrimEnd().EndsWith(':');
        carried = spans.Count > 0 || endsIntroducing ? speaker : null;
        foreach (var mention in mentions)
        {
            if (tokens[mention.FirstToken].Has(TokenFlags.InQuote)) continue;
            lastSubject = mention.Person;
            break;
        }
        return spans.Count > 0 ? speaker : null;
    }

    private static int FirstSpeechVerb(List<NameToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Class == WordClass.Speech && !tokens[i].Has(TokenFlags.InQuote)) return i;
        return -1;
    }

    private int? Subject(string text, List<NameToken> tokens, List<ResolvedMention> mentions, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && IsFiller(text, tokens[k])) k--;
        if (k >= 0)
        {
            foreach (var mention in mentions)
                if (mention.LastToken == k) return mention.Person;
            if (tokens[k].Class == WordClass.Pronoun) return Pronoun(tokens, mentions, k);
        }
        var after = verb + 1;
        if (after < tokens.Count && tokens[after].Class == WordClass.Pronoun) return Pronoun(tokens, mentions, after);
        foreach (var mention in mentions)
            if (mention.FirstToken == after || mention.FirstToken == after + 1 && tokens[after].Class == WordClass.Honorific)
                return mention.Person;
        return null;
    }

    private int? Pronoun(List<NameToken> tokens, List<ResolvedMention> mentions, int pronoun)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstToken >= pronoun) break;
            if (!tokens[mention.FirstToken].Has(TokenFlags.InQuote)) return mention.Person;
        }
        return carried ?? lastSubject;
    }

    private static bool StartsWithQuote(string text, List<QuoteSpan> spans)
    {
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        return spans[0].Start == first + 1;
    }

    private static bool IsFiller(string text, in NameToken token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return word is "also" or "tonight" or "today" or "yesterday" or "then" or "later" or "last" or "night" or "has"
            or "had" or "have" or "was" or "once" or "earlier" or "this" or "morning" or "afternoon" or "evening"
            or "previously" or "recently" or "just" or "again" or "already" or "repeatedly" or "simply" or "reportedly"
            or "told" or "week" or "always" or "now" or "privately" or "publicly" or "repeatedly" or "angrily";
    }
}
