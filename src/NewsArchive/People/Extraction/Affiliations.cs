using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Reads the party and office an article gives a person from the words around a mention:
/// "Tory Zac Goldsmith", "Labour’s shadow home secretary Nick Thomas-Symonds", "Sadiq Khan (Labour)",
/// "Keir Starmer as the new Prime Minister".</summary>
internal static class Affiliations
{
    private const int MaxLabelWords = 8;
    private const int MaxWordsToRoleAfter = 6;

    public static void Read(string text, List<NameToken> tokens, in ResolvedMention mention,
        List<PartyMention> parties, List<RoleMention> roles)
    {
        var labelEnd = mention.FirstToken;
        while (labelEnd > 0 && tokens[labelEnd - 1].Class is WordClass.Honorific or WordClass.NameTitle && tokens[labelEnd].Has(TokenFlags.Joined))
            labelEnd--;
        var labelStart = labelEnd;
        while (labelStart > 0 && labelEnd - labelStart < MaxLabelWords && tokens[labelStart].Has(TokenFlags.Joined)
               && !tokens[labelStart].Has(TokenFlags.SentenceStart) && IsLabelWord(text, tokens[labelStart - 1]))
            labelStart--;
        while (labelStart < labelEnd && IsConnector(text, tokens[labelStart])) labelStart++;

        string? sentence = null;
        var party = PartyIn(text, tokens, labelStart, labelEnd) ?? PartyInBrackets(text, tokens, mention.LastToken);
        if (party is not null)
        {
            sentence = Sentences.Around(text, mention.Start);
            if (!parties.Exists(p => p.Party == party && p.Sentence == sentence)) parties.Add(new PartyMention(party, mention.Paragraph, sentence));
        }

        var role = RoleBefore(text, tokens, labelStart, labelEnd) ?? RoleAfter(text, tokens, mention.LastToken);
        if (role is null) return;
        sentence ??= Sentences.Around(text, mention.Start);
        if (!roles.Exists(r => r.Role == role && r.Sentence == sentence)) roles.Add(new RoleMention(role, mention.Paragraph, sentence));
    }

    private static bool IsLabelWord(string text, in NameToken token) =>
        token.Class is WordClass.Party or WordClass.Role or WordClass.RoleModifier || IsConnector(text, token) || IsWord(text, token, "Party");

    private static bool IsConnector(string text, in NameToken token) => IsWord(text, token, "of") || IsWord(text, token, "the");

    private static bool IsWord(string text, in NameToken token, string word) => text.AsSpan(token.Start, token.Length).SequenceEqual(word);

    private static string? PartyIn(string text, List<NameToken> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].Class != WordClass.Party) continue;
            var last = i;
            while (last + 1 < end && !tokens[last].Has(TokenFlags.Possessive) && (tokens[last + 1].Class == WordClass.Party || IsWord(text, tokens[last + 1], "Party")))
                last++;
            return Parties.Canonical(text[tokens[i].Start..tokens[last].End]);
        }
        return null;
    }

    private static string? PartyInBrackets(string text, List<NameToken> tokens, int lastToken)
    {
        var next = lastToken + 1;
        if (next >= tokens.Count || tokens[next].Class != WordClass.Party) return null;
        var open = tokens[lastToken].After;
        var gap = text.AsSpan(open, tokens[next].Start - open).Trim();
        if (gap is not "(" && gap is not ",") return null;
        if (gap is "," && (tokens[next].After >= text.Length || text[tokens[next].After] != ',')) return null;
        return Parties.Canonical(text.Substring(tokens[next].Start, tokens[next].Length));
    }

    private static string? RoleBefore(string text, List<NameToken> tokens, int start, int end)
    {
        var first = -1;
        var hasOffice = false;
        for (var i = start; i < end; i++)
        {
            var c = tokens[i].Class;
            if (c == WordClass.Party && first < 0) continue;
            if (first < 0 && c is WordClass.Role or WordClass.RoleModifier) first = i;
            hasOffice |= c == WordClass.Role;
        }
        if (first < 0 || !hasOffice) return null;
        var last = end - 1;
        while (last > first && tokens[last].Class is WordClass.Party) last--;
        return text[tokens[first].Start..tokens[last].End];
    }

    /// <summary>"Keir Starmer as the new Prime Minister", "remains in place as First Minister".</summary>
    private static string? RoleAfter(string text, List<NameToken> tokens, int lastToken)
    {
        var limit = Math.Min(tokens.Count, lastToken + MaxWordsToRoleAfter);
        for (var i = lastToken + 1; i < limit; i++)
        {
            if (tokens[i].Has(TokenFlags.SentenceStart)) return null;
            if (!IsWord(text, tokens[i], "as")) continue;
            var first = i + 1;
            while (first < tokens.Count && (IsWord(text, tokens[first], "the") || IsWord(text, tokens[first], "new") || IsWord(text, tokens[first], "next")))
                first++;
            var last = first;
            while (last < tokens.Count && tokens[last].Has(TokenFlags.Capitalised) && tokens[last].Class is WordClass.RoleModifier)
                last++;
            if (last >= tokens.Count || tokens[last].Class != WordClass.Role || !tokens[last].Has(TokenFlags.Capitalised)) return null;
            if (last + 2 < tokens.Count && IsWord(text, tokens[last + 1], "of") && tokens[last + 2].Has(TokenFlags.Capitalised))
                last += 2;
            return text[tokens[first].Start..tokens[last].End];
        }
        return null;
    }
}
