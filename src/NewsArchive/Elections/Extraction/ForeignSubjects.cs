using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// Whose a figure is in another country's election, whose parties the party table does not know: the name or
/// acronym that is the subject of winning the number ("the Bloc Quebecois won 30 seats", "ČSSD and the Communist
/// party (KSČM), who each got 7%", "with the party attaining 30 seats" after the party is named), and the same
/// measure "from" an earlier number ("30 seats, up from 10"). A single capitalised word may be a person's surname
/// ("Macron won 66%", "Lula won 50.9%") even when the article writes it again, so only an acronym ("PSOE", "AfD"),
/// a name of two or more capitalised words, a plural after "the" ("The Liberals won 157 seats"), or a word the
/// article calls a party (<see cref="CalledParties"/>) counts, and a possessive opens none ("Sánchez's Socialists"). A known party inside a longer name ("the
/// Progressive Conservatives") is that longer name.
/// </summary>
internal static partial class ForeignSubjects
{
    /// <summary>The parties that are the subject of the verb that wins the figure, or none.</summary>
    /// <param name="called">One-word names the article calls a party (<see cref="CalledParties"/>).</param>
    public static IReadOnlyList<string> Of(string text, RawFigure figure, int clauseStart, ISet<string> called)
    {
        string? Name(string written) => NameOf(written, called);
        var before = text[clauseStart..figure.Position];
        var pair = PairWon().Match(before);
        if (pair.Success && pair.Groups["x"].Captures is [var first, var second] && Name(first.Value) is { } a && Name(second.Value) is { } b) return [a, b];
        var one = NameWon().Match(before);
        if (!one.Success) one = NameWith().Match(before);
        // "The Socialists (PSOE) won": the acronym aside names a party a plural only describes.
        if (one.Success && (NameOf(WithThe(one.Groups["x"].Value, TheRightBefore().IsMatch(text[..one.Groups["x"].Index])), called, plural: AcronymAside(one) is null) ?? AcronymAside(one)) is { } name) return [name];
        // "a surge in Bloc Quebecois support, with the party attaining 30 seats": the last name before "the party".
        var anaphor = PartyWon().Match(before);
        if (anaphor.Success)
        {
            var outside = Parenthesis().Replace(before[..anaphor.Index], m => new string(' ', m.Length));
            if (Names().Matches(outside).Select(m => Name(m.Value)).LastOrDefault(n => n is not null) is { } last) return [last];
        }
        return [];
    }

    /// <summary>"30 seats, up from 10": the earlier number of the same measure, whose subject is the first's; and
    /// "won 123 seats and 28.7% of the vote": two numbers won together, by one subject.</summary>
    public static bool FromEarlier(string text, RawFigure previous, RawFigure figure) =>
        previous.Kind == figure.Kind && FromBetween().IsMatch(text[previous.End..figure.Position])
        || previous.ListIndex < 0 && figure.ListIndex < 0 && CoordinatedBetween().IsMatch(text[previous.End..figure.Position]);

    /// <summary>"more than the Liberals' 33.1%", "against the PSD's 27.8%": a name whose possessive stands right before
    /// the number owns it, whatever party the clause named first. A single word is no party's name ("Rio's 27.8%").</summary>
    public static string? Possessor(string text, RawFigure figure, int clauseStart, ISet<string> called) =>
        PossessiveBefore().Match(text[clauseStart..figure.Position]) is { Success: true } m ? NameOf(WithThe(m.Groups["w"].Value, m.Groups["the"].Success), called) : null;

    [GeneratedRegex(@"(?:\b(?<the>[Tt]he)\s+)?(?<w>" + Named + @")(?:['’]s|(?<=s)['’])\s+(?:(?:just|only|mere|meagre)\s+)?$")]
    private static partial Regex PossessiveBefore();

    /// <summary>"Pedro Sánchez's Socialist party (PSOE) won": a leader's possessive before the party, which is the
    /// figure's subject, not the leader.</summary>
    public static bool LeadersParty(string before) => LeadersPartyBefore().IsMatch(before);

    [GeneratedRegex(@"^(?:[^,;]*?\s)?⟦[^⟧]*⟧['’]s\s+(?:[\p{Ll}-]+\s+)?(?:\p{Lu}[\p{L}-]*|party)\b")]
    private static partial Regex LeadersPartyBefore();

    /// <summary>A known party written as the end of a longer name ("Progressive Conservatives"): the longer name.</summary>
    public static string? LongerName(string text, RawFigure figure, int clauseStart)
    {
        var last = Parties.Mention().Matches(text[..figure.Position], clauseStart).LastOrDefault();
        if (last is null) return null;
        var lead = LeadWord().Match(text[..last.Index]);
        if (!lead.Success || ElectionWords.Country(lead.Groups["w"].Value) is not null || NotName().IsMatch(lead.Groups["w"].Value)) return null;
        return lead.Groups["w"].Value + " " + last.Value;
    }

    /// <summary>The acronym a sentence opens on as its subject, perhaps after an opening clause: "PP, led by Pablo
    /// Casado, suffered", "While not as dramatic as PP's, Pablo Iglesias's UP also had a bad night".</summary>
    public static string? Opening(string text) =>
        OpeningAcronym().Match(text) is { Success: true } m && ElectionWords.Country(m.Groups["x"].Value) is null ? m.Groups["x"].Value : null;

    /// <summary>A party told by its leader's possessive and its members' plural at the sentence's opening, which the party
    /// table does not know: "Justin Trudeau's Liberals, who finished third ..., have won a majority".</summary>
    public static string? LeadersPlural(string text) =>
        LeadersPluralOpening().Match(text) is { Success: true } m && !Parties.Mention().IsMatch(m.Groups["x"].Value) ? m.Groups["x"].Value : null;

    [GeneratedRegex(@"^(?:[^,;⟦]{0,60},\s+)?⟦[^⟧]*⟧['’]s\s+(?<x>\p{Lu}\p{Ll}+s)(?![\p{L}\d])(?=\s*,|\s+(?:also\s+|then\s+|now\s+)?[\p{Ll}])")]
    private static partial Regex LeadersPluralOpening();

    /// <summary>True when the sentence up to a figure opens on "The party" or "They" and names no one else: "They lost
    /// 29 seats to 42, got 14.3% of the vote".</summary>
    public static bool OpensOnAnaphor(string before) =>
        OpeningAnaphor().IsMatch(before) && !Names().IsMatch(before, OpeningAnaphor().Match(before).Length) && !before.Contains('⟦');

    /// <summary>A name written after a small "the" ("won by the Socialists"), as at a sentence's opening, where "The" is
    /// read with it: so a plural after it is a party's members.</summary>
    private static string WithThe(string name, bool the) => the && !name.StartsWith("The ", StringComparison.Ordinal) ? "The " + name : name;

    [GeneratedRegex(@"\bthe\s+$")]
    private static partial Regex TheRightBefore();

    private static string? NameOf(string written, ISet<string> called, bool plural = true)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => NotName().IsMatch(w)).ToList();
        // "Sánchez's Socialists": a leader's possessive is no part of the party's name.
        var owner = words.FindLastIndex(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
        words = words[(owner + 1)..];
        if (words.Count == 0) return null;
        var name = string.Join(' ', words);
        if (ElectionWords.Country(name) is not null || words.Any(w => ElectionWords.Month(w) > 0)) return null;
        // "The Liberals won 157 seats": a plural after "the" is a party's members ("the Socialists", "the Greens").
        plural = plural && words.Count == 1 && TheBefore().IsMatch(written) && name.EndsWith('s') && !name.EndsWith("'s", StringComparison.Ordinal) && !name.EndsWith("’s", StringComparison.Ordinal);
        return words.Count >= 2 || Acronym().IsMatch(name) || called.Contains(name) || plural ? name : null;
    }

    private static string? AcronymAside(Match m) =>
        m.Groups["aside"] is { Success: true } aside && Acronym().IsMatch(aside.Value) ? aside.Value : null;

    /// <summary>An acronym (with letters of any alphabet: "ČSSD", or one small letter inside: "AfD") or a run of
    /// capitalised words, not inside a person token or a joined name ("CDU/CSU").</summary>
    private const string Named = @"(?<![\p{L}\d⟦’'/-])(?:\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\d]*|\p{Lu}[\p{Lu}\d]+|\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,3})(?![\p{L}\d⟧/])";

    /// <summary>A name, or a description with the acronym in brackets ("Communist party (KSČM)"), with an aside after it
    /// (which is the name when it is an acronym and the words before it are not one: "The Socialists (PSOE)").</summary>
    private const string Subject = @"(?:(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}\((?<x>" + Named + @")\)|(?<x>" + Named + @")(?:\s+party)?(?:\s*\((?<aside>[^()]{0,60})\))?)";

    private const string Verb = @"(?:won|got|gained|took|secured|received|polled|attained|claimed|winning|gaining|taking|securing|attaining|getting|(?:fell|rose|dropped|slumped|slipped|climbed|jumped|surged|sank|plunged)\s+to)";

    /// <summary>"Ciudadanos, led by Albert Rivera, won 57 seats": a leader's name set off between the party and its verb.</summary>
    private const string LedBy = @"(?:\s*,\s+(?:led|headed|fronted)\s+by\s+[^,;()]{1,50},)?";

    private const string ToNumber = LedBy + @"\s*,?\s+(?:(?:who|which|that)\s+)?(?:(?:each|both|only|just|also|then|together)\s+)?(?:(?:had|has|have)\s+)?" + Verb + @"\s+(?:(?:a|an|only|just|meager|meagre|mere|some|the|their|its)\s+){0,3}$";

    [GeneratedRegex(@"(?<a>" + Subject + @")\s+(?:and|&)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?<b>" + Subject + @")\s*,?\s+(?:(?:who|which)\s+)?(?:each|both)\s+" + Verb + @"\s+(?:(?:a|an|only|just|meager|meagre|mere|some)\s+){0,3}$")]
    private static partial Regex PairWon();

    [GeneratedRegex(@"(?<a>" + Subject + @")" + ToNumber)]
    private static partial Regex NameWon();

    /// <summary>"Vox entered the chamber for the first time with 24 seats", "the PSOE won the election with 123 seats",
    /// "Vox became a parliamentary force with 24 seats" (not "became the government with 180 votes", a vote in parliament): a subject ending with its number. A name
    /// after "under" or "led by" is a leader's, not the subject ("the SPÖ under Christian Kern came second with").</summary>
    [GeneratedRegex(@"(?<!\b(?:under|by)\s+(?:\p{Lu}[\p{L}’'-]*\s+)*)(?<a>" + Subject + @")\s+(?:(?:entered|finished|ended|emerged|came|swept|won)\b[^,;.()\d]{0,50}?|became\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:force|party|group|bloc)\s+)\bwith\s+(?:(?:only|just|a|an|some)\s+){0,2}$")]
    private static partial Regex NameWith();

    [GeneratedRegex(@"\b(?:with\s+)?the\s+party" + ToNumber)]
    private static partial Regex PartyWon();

    [GeneratedRegex(Named)]
    private static partial Regex Names();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesis();

    /// <summary>Between two numbers of one measure: "seats from", "seats, up from", "of the vote, down from".</summary>
    [GeneratedRegex(@"^\s*(?:%|per\s+cent|seats|votes)?(?:\s+of\s+the\s+(?:popular\s+)?vote)?\s*,?\s*(?:(?:up|down)\s+)?from\s+$")]
    private static partial Regex FromBetween();

    /// <summary>Between two numbers won together: "123 seats and 28.7% of the vote", "24 seats and 10.3%", "137 seats with 33%",
    /// "12.6% of the vote and 94 seats" (a share's per cent sign is part of its number).</summary>
    [GeneratedRegex(@"^\s*(?:%|per\s+cent|seats|votes|MPs)?(?:\s+of\s+the\s+(?:popular\s+)?vote)?\s*(?:,?\s+and|\s+with)\s+$")]
    private static partial Regex CoordinatedBetween();

    [GeneratedRegex(@"^\s*[Tt]he\s+\p{Lu}\p{Ll}+\s*$")]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"(?<![\p{L}’'-])(?<w>\p{Lu}[\p{Ll}-]+)\s+$")]
    private static partial Regex LeadWord();

    [GeneratedRegex(@"^(?:The|A|An|In|On|At|But|And|However|Meanwhile|With|By|For|Its|Their|This|That|Last|Next|Both|Each|While|As)$")]
    private static partial Regex NotName();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}?\p{Lu}[\p{Lu}\d]*|\p{Lu}[\p{Lu}\d]+)$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^(?:[^,;]{0,60},\s+)?(?:[Tt]he\s+)?(?:(?:⟦[^⟧]*⟧(?:['’]s?)?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s?)\s+)?(?<x>\p{Lu}[\p{Lu}\d]+)(?![\p{L}\d])(?=\s*,|\s+(?:also\s+|then\s+|now\s+)?[\p{Ll}])")]
    private static partial Regex OpeningAcronym();

    [GeneratedRegex(@"^(?:The\s+party|They)\b")]
    private static partial Regex OpeningAnaphor();
}
