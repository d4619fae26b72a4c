using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>An office as the text words it ("mayor of the West Midlands"), and the party it names, if any.</summary>
internal sealed record OfficePhrase(string? Office, string? Party, int Last = -1);

/// <summary>Reads offices written after a name or in a phrase before it: "Keir Starmer as the new Prime
/// Minister", "Andy Street, the Conservative mayor of the West Midlands,", "Mike German, leader of the Liberal
/// Democrats,", "the leader of the London Assembly Labour group, Len Duvall,".</summary>
internal static class Office
{
    /// <summary>"X as the new Prime Minister", "sacked X as Labour Party chairwoman", "X … as he was returned as
    /// mayor of Greater Manchester", "X is also deputy leader": an office after "as", or after "is", "was",
    /// "became" right after the name. Another name between gives the office to that one.</summary>
    public static OfficePhrase? AfterAs(string text, List<Token> tokens, int lastToken, int maxWords)
    {
        var limit = Math.Min(tokens.Count, lastToken + maxWords);
        for (var i = lastToken + 1; i < limit; i++)
        {
            if (tokens[i].Has(TokenFlags.SentenceStart) || tokens[i].Sentence != tokens[lastToken].Sentence) return null;
            if (tokens[i].Has(TokenFlags.Capitalised) && tokens[i].Class is WordClass.None or WordClass.Honorific) return null;
            var copula = i <= lastToken + 2 && tokens[i].Text(text) is "is" or "was" or "became" or "becomes" or "remains" or "remained";
            if (!tokens[i].Is(text, "as") && !copula) continue;
            var at = i + 1;
            while (copula && at < tokens.Count && tokens[at].Text(text) is "also" or "now" or "still" or "currently" or "already") at++;
            if (Read(text, tokens, at) is not { Office: not null } phrase) continue;
            // "Hale played host as the Prime Minister toured the plant": "the" office with its own verb after it, and
            // words between the name and "as", opens a clause ("as" is "while") and names someone else. ("Keir Starmer as
            // the new Prime Minister will meet" and "Clinton as Secretary of State was blamed" are theirs.)
            var after = phrase.Last + 1;
            if (!copula && i > lastToken + 1 && (tokens[at].Is(text, "the") || tokens[at].Is(text, "a")) && after < tokens.Count && tokens[after].Sentence == tokens[at].Sentence
                && tokens[after].Has(TokenFlags.Joined) && Speakers.IsVerb(text, tokens[after])) return null;
            return phrase;
        }
        return null;
    }

    /// <summary>", the Conservative mayor of the West Midlands,", ", leader of the Liberal Democrats,".</summary>
    public static OfficePhrase? InApposition(string text, List<Token> tokens, int lastToken)
    {
        var next = lastToken + 1;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[lastToken].Sentence) return null;
        var gap = text.AsSpan(tokens[lastToken].After, tokens[next].Start - tokens[lastToken].After);
        if (gap is not ", ") return null;
        var phrase = Read(text, tokens, next);
        if (phrase?.Office is null) return null;
        // "Echoing Condoleezza Rice, the prime minister said": an office with its verb right after it is the
        // sentence's subject, not a description of the name before the comma.
        var after = phrase.Last + 1;
        return after < tokens.Count && tokens[after].Sentence == tokens[next].Sentence && tokens[after].Has(TokenFlags.Joined)
            && Speakers.IsVerb(text, tokens[after]) ? null : phrase;
    }

    /// <summary>"the leader of the London Assembly Labour group, Len Duvall,": the office in a phrase that ends
    /// in a comma right before the name.</summary>
    public static OfficePhrase? InPhraseBefore(string text, List<Token> tokens, int first)
    {
        if (first < 2 || tokens[first].Has(TokenFlags.Joined) || text.AsSpan(tokens[first - 1].After, tokens[first].Start - tokens[first - 1].After) is not ", ")
            return null;
        // Back to a "the" opening a phrase with an office in it that runs up to the comma.
        for (var start = first - 2; start >= 0 && first - start <= 12 && tokens[start].Sentence == tokens[first].Sentence; start--)
        {
            if (!tokens[start].Is(text, "the") && !tokens[start].Is(text, "The")) continue;
            if (Read(text, tokens, start) is { Office: not null } phrase && phrase.Last == first - 1) return phrase;
        }
        return null;
    }

    /// <summary>"Mayor" after a place ("London Mayor"): a capitalised word the vocabulary does not know as a title,
    /// party or office.</summary>
    public static bool IsPlaceBefore(string text, List<Token> tokens, int head) =>
        head > 0 && tokens[head - 1].Has(TokenFlags.Capitalised) && tokens[head - 1].Class is WordClass.None or WordClass.Common or WordClass.Cue;

    /// <summary>Reads "[the|a|new|next] [Party words] office words [of|for [the] Capitalised words]" from
    /// <paramref name="at"/>. The office must hold an office word (never only a description).</summary>
    /// <summary>"the Tory candidate": the party of a phrase with no office in it, and the party's last word.</summary>
    public static (string? Party, int Last) PartyOnly(string text, List<Token> tokens, int at) =>
        Read(text, tokens, at) is { Office: null, Party: { } party } phrase ? (party, phrase.Last) : (null, -1);

    private static OfficePhrase? Read(string text, List<Token> tokens, int at)
    {
        var i = at;
        while (i < tokens.Count && (tokens[i].Is(text, "the") || tokens[i].Is(text, "The") || tokens[i].Is(text, "a") || tokens[i].Is(text, "new") || tokens[i].Is(text, "next")
               || tokens[i].Is(text, "current") || tokens[i].Is(text, "then")))
            i++;
        string? party = null;
        var partyStart = i;
        while (i < tokens.Count && (tokens[i].Class == WordClass.Party || tokens[i].Is(text, "Party")))
        {
            if (tokens[i].Has(TokenFlags.Possessive)) { i++; break; }
            i++;
        }
        if (i > partyStart) party = Parties.Canonical(text[tokens[partyStart].Start..tokens[i - 1].End]);
        // "the Green party leader": the party's name with "party" in lower case.
        if (i > partyStart && i + 1 < tokens.Count && tokens[i].Is(text, "party") && tokens[i].Has(TokenFlags.Joined) && !tokens[i - 1].Has(TokenFlags.Possessive)) i++;
        var first = i;
        var hasOffice = false;
        // "the Lord Chancellor", "the Lord Chief Justice": a peer's title that opens an office's name.
        if (i + 1 < tokens.Count && tokens[i].Is(text, "Lord") && tokens[i + 1].Class is WordClass.Role or WordClass.RoleModifier && tokens[i + 1].Has(TokenFlags.Joined)) i++;
        while (i < tokens.Count && tokens[i].Class is WordClass.Role or WordClass.RoleModifier && (i == first || tokens[i].Has(TokenFlags.Joined)))
        {
            hasOffice |= tokens[i].Class == WordClass.Role;
            i++;
        }
        if (!hasOffice) return party is null ? null : new OfficePhrase(null, party, i - 1);
        var last = i - 1;
        // "of the West Midlands", "for Hartlepool", "of the Labour Party": the office's place or body; twice in
        // "Secretary of State for Justice".
        for (var part = 0; part < 2 && i + 1 < tokens.Count && (tokens[i].Is(text, "of") || tokens[i].Is(text, "for")) && tokens[i].Has(TokenFlags.Joined); part++)
        {
            var j = tokens[i + 1].Is(text, "the") ? i + 2 : i + 1;
            var tail = j;
            while (tail < tokens.Count && tokens[tail].Has(TokenFlags.Capitalised) && tokens[tail].Has(TokenFlags.Joined) && tokens[tail].Class != WordClass.Honorific) tail++;
            // "MP for Bethnal Green and Bow", "for Uxbridge and South Ruislip": a seat's name of two parts joined by "and",
            // not a second person ("for Hartlepool and Jane Doe", "and Mr Roe") nor an office ("and Mayor").
            if (tail > j && tail + 1 < tokens.Count && tokens[tail].Is(text, "and") && tokens[tail].Has(TokenFlags.Joined) && tokens[tail + 1].Has(TokenFlags.Capitalised)
                && tokens[tail + 1].Has(TokenFlags.Joined) && tokens[tail + 1].Class is not (WordClass.Honorific or WordClass.Role or WordClass.Party)
                && !GivenNames.IsGivenName(tokens[tail + 1].Text(text).ToString()))
                for (tail++; tail < tokens.Count && tokens[tail].Has(TokenFlags.Capitalised) && tokens[tail].Has(TokenFlags.Joined) && tokens[tail].Class != WordClass.Honorific;) tail++;
            if (tail < tokens.Count && tokens[tail].Is(text, "group") && tokens[tail].Has(TokenFlags.Joined)) tail++;
            if (tail == j) break;
            tail = PortfolioEnd(text, tokens, tail);
            last = tail - 1;
            // A party's word the table does not know ("of the Liberals") opens the name: "for Bethnal Green" is a place.
            for (var p = j; p < tail && party is null; p++)
                if (Parties.NameAt(text, tokens[p].Start) is { } name) party = Parties.Canonical(name);
                else if (tokens[p].Class == WordClass.Party && (p == j || tokens[p - 1].Class == WordClass.Party)) party = Parties.Canonical(tokens[p].Text(text).ToString());
            i = tail;
        }
        return new OfficePhrase(text[tokens[first].Start..tokens[last].End], party, last);
    }

    /// <summary>"for Business, Innovation and Skills", "for Culture, Media and Sport": an office's portfolio of several
    /// parts, listed with commas and closed by "and". Past the list's end, or <paramref name="tail"/> when no such
    /// list follows (", Tessa Jowell," is in apposition). A name may follow the last part with no comma ("and Skills
    /// Sajid Javid"): of three or more capitalised words there, the last two are the name's.</summary>
    public static int PortfolioEnd(string text, List<Token> tokens, int tail)
    {
        var k = tail;
        // A part is no given name: "the Secretary of State for Health, Andy Burnham and Chancellor Alistair Darling" names two.
        while (k < tokens.Count && !tokens[k].Has(TokenFlags.Joined) && tokens[k].Has(TokenFlags.Capitalised) && tokens[k].Sentence == tokens[tail - 1].Sentence
               && text.AsSpan(tokens[k - 1].After, tokens[k].Start - tokens[k - 1].After) is ", " && !GivenNames.IsGivenName(tokens[k].Text(text).ToString()))
        {
            var m = k + 1;
            while (m < tokens.Count && tokens[m].Has(TokenFlags.Capitalised) && tokens[m].Has(TokenFlags.Joined)) m++;
            if (m + 1 < tokens.Count && tokens[m].Is(text, "and") && tokens[m].Has(TokenFlags.Joined) && tokens[m + 1].Has(TokenFlags.Capitalised) && tokens[m + 1].Has(TokenFlags.Joined))
            {
                var n = m + 2;
                while (n < tokens.Count && tokens[n].Has(TokenFlags.Capitalised) && tokens[n].Has(TokenFlags.Joined)) n++;
                return n - (m + 1) >= 3 ? n - 2 : n;
            }
            k = m;
        }
        return tail;
    }
}
