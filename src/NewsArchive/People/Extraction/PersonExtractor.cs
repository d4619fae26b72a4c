using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>
/// Finds the individual people an article names, with every mention, the parties and offices it gives
/// them and the words it quotes them saying. Pure: paragraphs in, people out, in order of first mention.
/// General rules over a small lexicon (titles, offices, parties, cue words), no list of names.
/// </summary>
public static class PersonExtractor
{
    public static IReadOnlyList<PersonInArticle> Extract(IReadOnlyList<string> paragraphs)
    {
        var tokens = new List<NameToken>[paragraphs.Count];
        var spans = new List<QuoteSpan>[paragraphs.Count];
        var candidates = new List<NameCandidate>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            tokens[p] = [];
            spans[p] = [];
            NameTokenizer.Tokenize(paragraphs[p], tokens[p]);
            QuoteSpans.Find(paragraphs[p], spans[p]);
            MarkQuoted(tokens[p], spans[p]);
            NameCandidates.Find(paragraphs[p], p, tokens[p], candidates);
        }
        var people = PersonResolver.Resolve(candidates);
        if (people.Count == 0) return [];

        var byParagraph = MentionsByParagraph(people, paragraphs.Count);
        var parties = Lists<PartyMention>(people.Count);
        var roles = Lists<RoleMention>(people.Count);
        var quotes = Lists<PersonQuote>(people.Count);
        var attribution = new QuoteAttribution();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            foreach (var mention in byParagraph[p])
                Affiliations.Read(text, tokens[p], mention, parties[mention.Person], roles[mention.Person]);
            var speaker = attribution.Speaker(text, tokens[p], spans[p], byParagraph[p]);
            if (speaker is not { } who) continue;
            foreach (var span in spans[p])
            {
                var words = text[span.Start..span.End].Trim();
                if (words.Length > 0) quotes[who].Add(new PersonQuote(words, p));
            }
        }

        var result = new PersonInArticle[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            var mentions = people[i].Mentions;
            var named = new NameMention[mentions.Count];
            var aliases = new List<string>();
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                var surface = paragraphs[mention.Paragraph][mention.Start..mention.End];
                named[m] = new NameMention(mention.Paragraph, mention.Start, mention.End - mention.Start, surface);
                if (!aliases.Contains(surface)) aliases.Add(surface);
            }
            result[i] = new PersonInArticle
            {
                Name = people[i].Name,
                Mentions = named,
                Aliases = aliases,
                Parties = parties[i],
                Roles = roles[i],
                Quotes = quotes[i],
            };
        }
        Array.Sort(result, static (a, b) => a.Mentions[0].Paragraph != b.Mentions[0].Paragraph
            ? a.Mentions[0].Paragraph.CompareTo(b.Mentions[0].Paragraph)
            : a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
        return result;
    }

    private static void MarkQuoted(List<NameToken> tokens, List<QuoteSpan> spans)
    {
        if (spans.Count == 0) return;
        var span = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            while (span < spans.Count && spans[span].End <= token.Start) span++;
            if (span == spans.Count) return;
            if (token.Start >= spans[span].Start)
            {
                token.Flags |= TokenFlags.InQuote;
                tokens[t] = token;
            }
        }
    }

    private static List<ResolvedMention>[] MentionsByParagraph(List<ResolvedPerson> people, int paragraphs)
    {
        var byParagraph = Lists<ResolvedMention>(paragraphs);
        foreach (var person in people)
            foreach (var mention in person.Mentions)
                byParagraph[mention.Paragraph].Add(mention);
        foreach (var list in byParagraph)
            list.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return byParagraph;
    }

    private static List<T>[] Lists<T>(int count)
    {
        var lists = new List<T>[count];
        for (var i = 0; i < count; i++) lists[i] = [];
        return lists;
    }
}
