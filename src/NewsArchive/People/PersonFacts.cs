namespace NewsArchive.People;

/// <summary>
/// Who a person is, as their page and the people API open: the other names articles write them by, and their
/// parties and roles, each with how many sentences state it and the earliest of those sentences. Put together when
/// the archive is built and kept in <see cref="Data.StoredSection"/>: read per visit, a party's and a role's count
/// was a count over every sentence stating it, thousands for the person in most articles, and one query per value.
/// </summary>
/// <param name="Parties">The editors' party (with no source) first, then each party in ordinal order.</param>
/// <param name="Roles">In ordinal order, short forms beside a longer office left out, each office in one case.</param>
/// <param name="Articles">How many articles name the person, and <paramref name="QuotedArticles"/> quote them: the
/// page's two lists are paged from them, and counted per visit they were 13% of the uncached page's time at 100,000
/// articles, counting 6,909 and 4,037 rows for the person in most articles.</param>
public sealed record PersonFacts(IReadOnlyList<string> Aliases, IReadOnlyList<PersonQueries.Fact> Parties, IReadOnlyList<PersonQueries.Fact> Roles,
    int Articles, int QuotedArticles)
{
    public static readonly PersonFacts None = new([], [], [], 0, 0);

    /// <summary>A party or a role as one sentence states it, the earliest sentences of each value first.</summary>
    public sealed record Stated(string Value, int StatedIn, PersonQueries.Source Source);

    /// <param name="editorParty">The party curation.yml gives the person, if any.</param>
    /// <param name="parties">Each party's sentences, as <see cref="Stated"/> says.</param>
    /// <param name="roles">Each role's sentences, likewise.</param>
    public static PersonFacts Of(IReadOnlyList<string> aliases, string? editorParty, IEnumerable<Stated> parties, IEnumerable<Stated> roles,
        int articles, int quotedArticles)
    {
        var partyFacts = Facts(parties);
        if (editorParty is not null) partyFacts.Insert(0, new PersonQueries.Fact(editorParty, null));
        return new PersonFacts(aliases, partyFacts, OneCaseEach(WithoutShortForms(Facts(roles))), articles, quotedArticles);
    }

    /// <summary>Each distinct value in ordinal order, its sentences in the order given (the earliest first), at most
    /// <see cref="PersonQueries.SourcesPerFact"/> of them.</summary>
    private static List<PersonQueries.Fact> Facts(IEnumerable<Stated> stated) =>
        stated.GroupBy(s => s.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Take(PersonQueries.SourcesPerFact).Select(s => new PersonQueries.Fact(s.Value, s.Source, s.StatedIn)))
            .ToList();

    /// <summary>"mayor" beside "Mayor of London" is the same office written short: the short form is not listed as a
    /// role of its own. A short form with no longer office beside it stays ("mayor" alone, "Chancellor").</summary>
    private static List<PersonQueries.Fact> WithoutShortForms(List<PersonQueries.Fact> roles)
    {
        var offices = roles.Select(r => r.Value).Where(v => v.Contains(" of ", StringComparison.Ordinal)).ToList();
        return roles.Where(r => !offices.Any(o => o.StartsWith(r.Value + " of ", StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>"Prime Minister" and "prime minister" are one office: listed once, in the form the most sentences
    /// write (capitals on a tie), with the sentences of every form.</summary>
    private static List<PersonQueries.Fact> OneCaseEach(List<PersonQueries.Fact> roles) =>
        roles.GroupBy(r => r.Value, StringComparer.OrdinalIgnoreCase).SelectMany(office =>
        {
            var forms = office.GroupBy(r => r.Value, StringComparer.Ordinal).Select(f => (f.Key, f.First().StatedIn)).ToList();
            var written = forms.OrderByDescending(f => f.StatedIn).ThenBy(f => char.IsUpper(f.Key[0]) ? 0 : 1).First().Key;
            var total = forms.Sum(f => f.StatedIn);
            return office.OrderBy(r => r.Source?.PublishedOn).Take(PersonQueries.SourcesPerFact).Select(r => r with { Value = written, StatedIn = total });
        }).ToList();
}
