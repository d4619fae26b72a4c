using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>An article's people, and the names it turned down or vouched for, which the archive weighs
/// across articles: a name seen with "Mr" or "said" in one article is a person in the next.</summary>
public sealed record PeopleExtraction(IReadOnlyList<PersonInArticle> People, IReadOnlyCollection<string> Unconfirmed, IReadOnlyCollection<string> Confirmed)
{
    /// <summary>Full names accepted only because they open with a known given name: not enough to vouch for the
    /// name elsewhere, but they tell the archive who bears a surname (<see cref="ArchiveEvidence.Surnames"/>).</summary>
    public IReadOnlyCollection<string> Named { get; init; } = [];

    public static readonly PeopleExtraction Empty = new([], [], []);
}

/// <summary>
/// Finds the individual people an article names, with every mention, the parties and offices it gives
/// them and the words it quotes them saying. Pure: paragraphs in, people out, in order of first mention.
/// General rules over the language layer's vocabulary, no list of names.
/// </summary>
public static class PersonExtractor
{
    /// <summary>Quotes of fewer words are fragments ("a pile of pants"): left inline in the article, never listed as someone's quote.</summary>
    public const int MinQuoteWords = 4;

    public static IReadOnlyList<PersonInArticle> Extract(IReadOnlyList<string> paragraphs) => Read(paragraphs, null).People;

    /// <param name="archive">What the rest of the archive says; alone, an article is its own archive.</param>
    /// <param name="lead">What stands above the body (the headline, the standfirst): read with it, so a person
    /// named only there is found; their mentions there have paragraph -1 and their words there are no quotes.</param>
    /// <param name="setApart">The body's paragraphs set off from the text, such as pull quotes: words quoted there
    /// with no verb of speech are nobody's, and run on to nothing.</param>
    public static PeopleExtraction Read(IReadOnlyList<string> paragraphs, ArchiveEvidence? archive, IReadOnlyList<string>? lead = null,
        IReadOnlySet<int>? setApart = null)
    {
        archive ??= new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(paragraphs));
        if (lead is { Count: > 0 })
        {
            var all = Read([.. lead, .. paragraphs], archive, setApart: setApart?.Select(p => p + lead.Count).ToHashSet());
            return all with { People = [.. all.People.Select(p => Shifted(p, lead.Count))] };
        }
        var tokens = new List<Token>[paragraphs.Count];
        var spans = new List<QuoteSpan>[paragraphs.Count];
        var candidates = new List<NameCandidate>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            tokens[p] = [];
            spans[p] = [];
            Tokenizer.Tokenize(paragraphs[p], tokens[p]);
            // A paragraph after one with quotes may run on from them (see QuoteSpans.Find).
            QuoteSpans.Find(paragraphs[p], spans[p], runsOn: p > 0 && spans[p - 1].Count > 0);
            MarkQuoted(tokens[p], spans[p]);
            Nicknames.Drop(paragraphs[p], tokens[p]);
        }
        var titledCues = NameCandidates.TitledCues(paragraphs, tokens);
        for (var p = 0; p < paragraphs.Count; p++) NameCandidates.Find(paragraphs[p], p, tokens[p], candidates, titledCues);
        // "Susan Hall, the Tory candidate" then "Hall told supporters": a cue word the article writes as a person's
        // surname is that person's alone, as it is after "Ms" (a second pass, once the full names are known).
        if (NameCandidates.CueSurnames(paragraphs, tokens, candidates).Any(titledCues.Add))
        {
            candidates.Clear();
            for (var p = 0; p < paragraphs.Count; p++) NameCandidates.Find(paragraphs[p], p, tokens[p], candidates, titledCues);
        }
        var resolution = PersonResolver.Resolve(candidates, paragraphs, tokens, archive);
        var people = resolution.People;
        if (people.Count == 0) return new PeopleExtraction([], resolution.Unconfirmed, resolution.Confirmed) { Named = resolution.Named };

        var byParagraph = MentionsByParagraph(people, paragraphs.Count);
        PronounGenders.Settle(people, paragraphs, tokens, byParagraph);
        var parties = Lists<PartyMention>(people.Count);
        var roles = Lists<RoleMention>(people.Count);
        var quotes = Lists<PersonQuote>(people.Count);
        for (var p = 0; p < paragraphs.Count; p++)
            foreach (var mention in byParagraph[p])
                Affiliations.Read(paragraphs[p], tokens[p], mention, parties[mention.Person], roles[mention.Person]);
        var attribution = new QuoteAttribution(people, roles, parties);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var speakers = attribution.Attribute(text, tokens[p], spans[p], byParagraph[p], setApart?.Contains(p) == true);
            for (var s = 0; s < spans[p].Count; s++)
            {
                if (speakers[s] < 0) continue;
                var words = text[spans[p][s].Start..spans[p][s].End].Trim();
                if (Sentences.CountWords(words) >= MinQuoteWords && !QuoteSpans.IsTitle(words))
                    quotes[speakers[s]].Add(new PersonQuote(words, p) { Context = Sentences.Covering(text, spans[p][s].Start, spans[p][s].End) });
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
                Gender = people[i].Gender switch { Gender.Male => "m", Gender.Female => "f", _ => null },
            };
        }
        Array.Sort(result, static (a, b) => a.Mentions[0].Paragraph != b.Mentions[0].Paragraph
            ? a.Mentions[0].Paragraph.CompareTo(b.Mentions[0].Paragraph)
            : a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
        return new PeopleExtraction(result, resolution.Unconfirmed, resolution.Confirmed) { Named = resolution.Named };
    }

    /// <summary>A person read with the lead, their paragraphs counted from the body's first again: what the lead
    /// says has paragraph -1.</summary>
    private static PersonInArticle Shifted(PersonInArticle person, int lead)
    {
        static int Body(int paragraph, int lead) => paragraph < lead ? -1 : paragraph - lead;
        return person with
        {
            Mentions = [.. person.Mentions.Select(m => m with { Paragraph = Body(m.Paragraph, lead) })],
            Parties = [.. person.Parties.Select(p => p with { Paragraph = Body(p.Paragraph, lead) })],
            Roles = [.. person.Roles.Select(r => r with { Paragraph = Body(r.Paragraph, lead) })],
            Quotes = [.. person.Quotes.Where(q => q.Paragraph >= lead).Select(q => q with { Paragraph = q.Paragraph - lead })],
        };
    }

    private static void MarkQuoted(List<Token> tokens, List<QuoteSpan> spans)
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
