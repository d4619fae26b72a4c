using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Reads the party and office an article gives a person from the words around a mention:
/// "Tory Zac Goldsmith", "Labour’s shadow home secretary Nick Thomas-Symonds", "Sadiq Khan (Labour)",
/// "Keir Starmer as the new Prime Minister", "Andy Street, the Conservative mayor of the West Midlands,",
/// "the leader of the London Assembly Labour group, Len Duvall,". Offices only: "candidate" or "opponent"
/// describe a person and are never a role.</summary>
internal static partial class Affiliations
{
    private const int MaxLabelWords = 8;
    private const int MaxWordsToRoleAfter = 10;

    public static void Read(string text, List<Token> tokens, in ResolvedMention mention, List<PartyMention> parties, List<RoleMention> roles)
    {
        var labelEnd = mention.FirstToken;
        while (labelEnd > 0 && tokens[labelEnd - 1].Class is WordClass.Honorific or WordClass.NameTitle && tokens[labelEnd].Has(TokenFlags.Joined))
            labelEnd--;
        var labelStart = labelEnd;
        while (labelStart > 0 && labelEnd - labelStart < MaxLabelWords && tokens[labelStart].Has(TokenFlags.Joined)
               && !tokens[labelStart].Has(TokenFlags.SentenceStart) && (IsLabelWord(text, tokens[labelStart - 1]) || PartyTail(text, tokens, labelStart - 1)))
            labelStart--;
        while (labelStart < labelEnd && IsConnector(text, tokens[labelStart])) labelStart++;

        var after = Office.InApposition(text, tokens, mention.LastToken) ?? Office.AfterAs(text, tokens, mention.LastToken, MaxWordsToRoleAfter);
        var before = Office.InPhraseBefore(text, tokens, labelEnd);
        var party = PartyIn(text, tokens, labelStart, labelEnd) ?? PartyInBrackets(text, tokens, mention.LastToken) ?? after?.Party ?? before?.Party
            ?? ForParty(text, tokens, mention.LastToken) ?? PartyDescribedAfter(text, tokens, mention.LastToken) ?? PartyWinningWith(text, tokens, mention)
            ?? OfParty(text, tokens, mention.LastToken) ?? PartyDescribedBefore(text, tokens, labelEnd);
        var role = Capitalised(RoleBefore(text, tokens, labelStart, labelEnd) ?? after?.Office ?? before?.Office);

        string? sentence = null;
        if (party is not null)
        {
            sentence = Sentences.Around(text, mention.Start);
            if (!parties.Exists(p => p.Party == party && p.Sentence == sentence)) parties.Add(new PartyMention(party, mention.Paragraph, sentence));
        }
        if (role is null) return;
        sentence ??= Sentences.Around(text, mention.Start);
        if (!roles.Exists(r => r.Role == role && r.Sentence == sentence)) roles.Add(new RoleMention(role, mention.Paragraph, sentence));
    }

    /// <summary>"mayor of London" is the office "Mayor of London": an office of a named place or body is a title.</summary>
    private static string? Capitalised(string? office)
    {
        if (office is null || office.Length == 0 || !char.IsLower(office[0])) return office;
        var of = office.IndexOf(" of ", StringComparison.Ordinal);
        if (of < 0) of = office.IndexOf(" for ", StringComparison.Ordinal);
        if (of < 0) return office;
        var tail = office[(office.IndexOf(' ', of + 1) + 1)..];
        if (tail.StartsWith("the ", StringComparison.Ordinal)) tail = tail[4..];
        return tail.Length > 0 && char.IsUpper(tail[0]) && !office[..of].Contains(' ') ? char.ToUpperInvariant(office[0]) + office[1..] : office;
    }

    private static bool IsLabelWord(string text, in Token token) =>
        token.Class is WordClass.Party or WordClass.Role or WordClass.RoleModifier or WordClass.Descriptor || IsConnector(text, token) || token.Is(text, "Party") || token.Is(text, "party");

    /// <summary>"Reform UK's Howard Cox", "Change UK": a word that ends a party's name begun by the word before it.</summary>
    private static bool PartyTail(string text, List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Class == WordClass.Party && tokens[i].Has(TokenFlags.Joined) && !tokens[i - 1].Has(TokenFlags.Possessive)
        && Parties.IsName(text[tokens[i - 1].Start..tokens[i].End]);

    private static bool IsConnector(string text, in Token token) => token.Is(text, "of") || token.Is(text, "the");

    private static string? PartyIn(string text, List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Class != WordClass.Party) continue;
            var last = i;
            while (last + 1 < end && !tokens[last].Has(TokenFlags.Possessive) && (tokens[last + 1].Class == WordClass.Party || tokens[last + 1].Is(text, "Party") || PartyTail(text, tokens, last + 1)))
                last++;
            return Parties.Canonical(text[tokens[i].Start..tokens[last].End]);
        }
        return null;
    }

    private static string? PartyInBrackets(string text, List<Token> tokens, int lastToken)
    {
        var next = lastToken + 1;
        if (next >= tokens.Count) return null;
        var name = Parties.NameAt(text, tokens[next].Start);
        if (name is null && tokens[next].Class != WordClass.Party) return null;
        var open = tokens[lastToken].After;
        var gap = text.AsSpan(open, tokens[next].Start - open).Trim();
        if (gap is not "(" && gap is not ",") return null;
        var end = name is null ? tokens[next].After : tokens[next].Start + name.Length;
        if (gap is "," && (end >= text.Length || text[end] != ',')) return null;
        return Parties.Canonical(name ?? text.Substring(tokens[next].Start, tokens[next].Length));
    }

    /// <summary>"Susan Hall, the Tory candidate,", "Rob Blackie, a Liberal Democrat activist": the party in a description
    /// in apposition whose head is no office ("candidate" is not a role, but its party is the person's).</summary>
    private static string? PartyDescribedAfter(string text, List<Token> tokens, int lastToken)
    {
        var next = lastToken + 1;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[lastToken].Sentence
            || text.AsSpan(tokens[lastToken].After, tokens[next].Start - tokens[lastToken].After) is not ", "
            || Office.PartyOnly(text, tokens, next) is not ({ } party, var last)) return null;
        var head = last + 1;
        if (head >= tokens.Count || !tokens[head].Has(TokenFlags.Joined) || tokens[head].Has(TokenFlags.Possessive)
            || tokens[head].Class is not (WordClass.Descriptor or WordClass.Role)) return null;
        var after = text.AsSpan(tokens[head].After);
        return after.IsEmpty || after[0] is ',' or '.' or ';' || after.StartsWith(" who ") || after.StartsWith(" and ") ? party : null;
    }

    /// <summary>"his Conservative rival, Zac Goldsmith,", "The Labour candidate, Jane Doe, spoke": a party's description in
    /// apposition before the name, opened by "the", "a" or a possessive pronoun, headed by an office or a description.</summary>
    private static string? PartyDescribedBefore(string text, List<Token> tokens, int first)
    {
        var head = first - 1;
        if (head < 1 || tokens[head].Sentence != tokens[first].Sentence || text.AsSpan(tokens[head].After, tokens[first].Start - tokens[head].After) is not ", "
            || tokens[head].Class is not (WordClass.Descriptor or WordClass.Role) || tokens[head].Has(TokenFlags.Possessive)) return null;
        var start = head - 1;
        while (start >= 0 && tokens[start].Class == WordClass.Party && !tokens[start].Has(TokenFlags.Possessive) && tokens[start].Sentence == tokens[first].Sentence) start--;
        if (start == head - 1 || start < 0 || tokens[start].Sentence != tokens[first].Sentence
            || tokens[start].Text(text).ToString().ToLowerInvariant() is not ("the" or "a" or "his" or "her" or "their")) return null;
        return Parties.Canonical(text[tokens[start + 1].Start..tokens[head - 1].End]);
    }

    /// <summary>"Siân Berry of the Green party came third", "Jane Doe, of the Liberal Democrats, said": a party right after
    /// the name, after "of", that ends its phrase (not "of the Labour Party's youth wing").</summary>
    private static string? OfParty(string text, List<Token> tokens, int lastToken)
    {
        var of = lastToken + 1;
        if (of + 1 >= tokens.Count || !tokens[of].Is(text, "of") || tokens[of].Sentence != tokens[lastToken].Sentence
            || text.AsSpan(tokens[lastToken].After, tokens[of].Start - tokens[lastToken].After) is not (" " or ", ")
            || Office.PartyOnly(text, tokens, of + 1) is not ({ } party, var last) || tokens[last].Has(TokenFlags.Possessive)) return null;
        var next = last + 1;
        if (next < tokens.Count && tokens[next].Is(text, "party") && tokens[next].Has(TokenFlags.Joined)) next++;
        var after = text.AsSpan(tokens[next - 1].After);
        return after.IsEmpty || after[0] is ',' or '.' or ';' or ')' || next < tokens.Count && tokens[next].Has(TokenFlags.Joined) && char.IsLower(text[tokens[next].Start]) ? party : null;
    }

    /// <summary>"The Conservatives have narrowly held the seat, with Steve Tuckwell winning the by-election": the party
    /// that held or won, whose winner the sentence then names "with" and "winning".</summary>
    private static string? PartyWinningWith(string text, List<Token> tokens, in ResolvedMention mention)
    {
        var next = mention.LastToken + 1;
        if (next >= tokens.Count || !tokens[next].Has(TokenFlags.Joined) || tokens[next].Sentence != tokens[mention.LastToken].Sentence
            || tokens[next].Text(text) is not ("winning" or "taking" or "holding" or "retaining" or "gaining")) return null;
        return PartyHeldWith().Match(text[..mention.Start]) is { Success: true } m ? Parties.Canonical(m.Groups["party"].Value) : null;
    }

    [GeneratedRegex(@"\b(?<party>" + Parties.Names + @")\s+(?:have|has|had)\s+(?:(?:narrowly|comfortably|easily|convincingly)\s+)?(?:held|won|gained|taken|retained|kept|seized)\b[^.;!?]{0,120},\s+with\s+$")]
    private static partial Regex PartyHeldWith();

    /// <summary>"Fergus Mutch, who polled 16,319 for the SNP", "X stood for Labour": the party a person stood or
    /// polled for, later in the same sentence.</summary>
    private static string? ForParty(string text, List<Token> tokens, int lastToken)
    {
        for (var i = lastToken + 1; i < tokens.Count && i < lastToken + 10 && tokens[i].Sentence == tokens[lastToken].Sentence; i++)
        {
            if (!tokens[i].Is(text, "for")) continue;
            var verb = false;
            for (var v = lastToken + 1; v < i; v++)
                verb |= tokens[v].Is(text, "polled") || tokens[v].Is(text, "stood") || tokens[v].Is(text, "standing") || tokens[v].Is(text, "ran");
            var party = i + 1 < tokens.Count && tokens[i + 1].Is(text, "the") ? i + 2 : i + 1;
            if (!verb || party >= tokens.Count || tokens[party].Class != WordClass.Party) return null;
            var end = party;
            while (end + 1 < tokens.Count && (tokens[end + 1].Class == WordClass.Party || tokens[end + 1].Is(text, "Party")) && tokens[end + 1].Has(TokenFlags.Joined)) end++;
            return Parties.Canonical(text[tokens[party].Start..tokens[end].End]);
        }
        return null;
    }

    /// <summary>The office among the words before the name: "Labour’s shadow home secretary", "Environment
    /// Secretary"; "London Mayor" and "Hartlepool MP" read as "Mayor of London" and "MP for Hartlepool".</summary>
    private static string? RoleBefore(string text, List<Token> tokens, int start, int end)
    {
        var last = end - 1;
        while (last >= start && tokens[last].Class is WordClass.Party or WordClass.Descriptor || last >= start && tokens[last].Is(text, "Party")) last--;
        if (last < start || tokens[last].Class != WordClass.Role) return null;
        var first = last;
        while (first > start && tokens[first - 1].Class is WordClass.Role or WordClass.RoleModifier && !tokens[first - 1].Has(TokenFlags.Possessive)) first--;
        if (first == last && last > 0 && first == start && tokens[last].Has(TokenFlags.Joined) && Office.IsPlaceBefore(text, tokens, last))
        {
            var place = tokens[last - 1].Text(text).ToString();
            var head = tokens[last].Text(text);
            if (head is "Mayor" or "mayor") return $"Mayor of {place}";
            if (head is "MP") return $"MP for {place}";
        }
        if (first == start && tokens[last].Text(text) is "Minister" or "Secretary") first = PortfolioStart(text, tokens, first);
        return Singular(text[tokens[first].Start..tokens[last].End]);
    }

    /// <summary>"Princes William and Harry", "Foreign Ministers Lavrov and Wang": each holds the office in the singular.</summary>
    private static string Singular(string office)
    {
        var head = office[(office.LastIndexOf(' ') + 1)..];
        return Vocabulary.SingularOfRole(head) is { } one ? office[..^head.Length] + one : office;
    }

    /// <summary>"Energy and Clean Growth Minister Claire Perry", "Work and Pensions Secretary": a portfolio in capitals
    /// right before "Minister" or "Secretary" is part of the office. Up to five words, "and" joining two portfolios
    /// (not a rank: "Geoff Hoon and Prime Minister X" are two people); never a party, a possessive, a word of the
    /// vocabulary's other classes, or a given name (a person's name before "and").</summary>
    private static int PortfolioStart(string text, List<Token> tokens, int head)
    {
        var first = head;
        for (var i = head - 1; i >= 0 && head - i <= 5 && tokens[i + 1].Has(TokenFlags.Joined) && tokens[i].Sentence == tokens[head].Sentence; i--)
        {
            var word = tokens[i];
            if (word.Has(TokenFlags.Possessive)) break;
            if (word.Is(text, "and") && i > 0 && tokens[i - 1].Has(TokenFlags.Capitalised) && !IsRank(text, tokens[i + 1])) continue;
            if (!word.Has(TokenFlags.Capitalised) || word.Class is not (WordClass.None or WordClass.RoleModifier)) break;
            if (GivenNames.IsGivenName(word.Text(text).ToString()) || i > 0 && tokens[i - 1].Class == WordClass.Honorific) return head;
            first = i;
            if (word.Has(TokenFlags.SentenceStart)) break;
        }
        return first;
    }

    private static bool IsRank(string text, in Token token) =>
        token.Text(text) is "Prime" or "First" or "Deputy" or "Vice" or "Acting" or "Former" or "Chief" or "Junior" or "Senior" or "Shadow";
}
