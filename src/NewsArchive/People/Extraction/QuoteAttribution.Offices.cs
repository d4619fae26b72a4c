using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Quotes whose speaker is named by an office ("the mayor said", "The First Minister lashed out").</summary>
internal sealed partial class QuoteAttribution
{
    /// <summary>"the mayor said": the one person the article gives an office with that word, else the person
    /// the text is about unless the office is another party's.</summary>
    private int? Office(string text, List<Token> tokens, List<ResolvedMention> mentions, SpeakerPhrase phrase)
    {
        var word = tokens[phrase.Token].Text(text).ToString();
        // "the PM" is the Prime Minister.
        if (word == "PM") word = "Prime Minister";
        // "the Labour leader": the office's party must be the holder's too.
        string? party = null;
        int firstParty = -1, lastParty = -1;
        for (var t = Math.Max(0, phrase.From); t < phrase.Token; t++)
            if (tokens[t].Class == WordClass.Party) (firstParty, lastParty) = (firstParty < 0 ? t : firstParty, t);
        if (firstParty >= 0)
        {
            // "the Plaid Cymru leader": the party's whole name, else its last word ("the Tory leader").
            var whole = text[tokens[firstParty].Start..tokens[lastParty].End];
            party = Parties.IsName(whole) ? Parties.Canonical(whole) : Parties.Canonical(tokens[lastParty].Text(text).ToString());
        }
        // "The French president": another nation's office goes only to someone the article gives it with that
        // nation. The archive's own ("the British Prime Minister") and a party's ("the Scottish Conservative
        // leader") do not narrow it.
        string? nation = null;
        for (var t = Math.Max(0, phrase.From); t < phrase.Token; t++)
            if (tokens[t].Class == WordClass.Nationality && party is null && tokens[t].Text(text) is not ("British" or "English" or "Scottish" or "Welsh"))
                nation = tokens[t].Text(text).ToString();
        var holders = Enumerable.Range(0, people.Count)
            .Where(p => roles[p].Any(r => r.Role.Contains(word, StringComparison.OrdinalIgnoreCase)
                                          && (nation is null || r.Role.Contains(nation, StringComparison.OrdinalIgnoreCase)))
                        && (party is null || parties[p].Any(x => x.Party == party)))
            .ToList();
        if (nation is not null && holders.Count != 1) return null;
        // "the First Minister" is not the Prime Minister: words that name the office narrow it to their holders.
        var otherOffice = new List<int>();
        if (OfficeName(text, tokens, phrase) is { } name)
        {
            otherOffice = holders.Where(p => !roles[p].Any(r => IsOffice(r.Role, name))).ToList();
            holders = holders.Except(otherOffice).ToList();
        }
        // "the President" is not the Deputy President: unless the words say so, a holder of the lesser office
        // gives way to a holder of the office itself.
        if (holders.Count > 1 && !Enumerable.Range(Math.Max(0, phrase.From), phrase.Token - Math.Max(0, phrase.From)).Any(t => IsLesser(tokens[t].Text(text))))
        {
            var itself = holders.Where(p => roles[p].Any(r => r.Role.Contains(word, StringComparison.OrdinalIgnoreCase) && !LesserOffice(r.Role, word))).ToList();
            if (itself.Count > 0) holders = itself;
        }
        if (holders.Count == 1) return holders[0];
        if (holders.Count > 1) return subject is { } s && holders.Contains(s) ? s : null;
        // Nobody is given the office: the person the text is about, unless the office is another party's ("the
        // Labour leader" is not the Conservative the text is about).
        // "The Conservative leader": the last subject of that party.
        if (party is not null && subjects.FindLastIndex(p => parties[p].Any(x => x.Party == party)) is >= 0 and var ofParty)
            return subjects[ofParty];
        if (subject is not { } about) return null;
        // "According to Mr Peston the prime minister said": a person named beside the office is someone else, and
        // so is the holder of another office of that name (the Deputy Prime Minister is not "the prime minister").
        var sentence = tokens[phrase.Token].Sentence;
        // A party's leader ("the Conservative leader") may hold any office besides: the Prime Minister leads his party.
        var partyLeader = party is not null && word.Equals("leader", StringComparison.OrdinalIgnoreCase);
        bool Other(int person) => otherOffice.Contains(person) || mentions.Any(m => m.Person == person && tokens[m.FirstToken].Sentence == sentence)
                                  || !partyLeader && HoldsAnotherOffice(person, word);
        if (Other(about))
        {
            var earlier = subjects.FindLastIndex(p => !Other(p));
            if (earlier < 0) return null;
            about = subjects[earlier];
        }
        if (!(party is null || parties[about].Count == 0 || parties[about].Any(x => x.Party == party))) return null;
        // "The prime minister said … The president said": the office the text has called them by is theirs now.
        if (!impliedOffices.TryGetValue(about, out var implied)) impliedOffices[about] = implied = new(StringComparer.OrdinalIgnoreCase);
        implied.Add(word);
        return about;
    }

    /// <summary>Offices the text has called each person by ("the prime minister" for the subject it goes to),
    /// beside those the article gives them in so many words.</summary>
    private readonly Dictionary<int, HashSet<string>> impliedOffices = [];

    /// <summary>"the prime minister" is not the person the article makes Home Secretary: someone given offices, none
    /// with the word, holds another. A seat in a parliament and a party's leadership go with any office.</summary>
    private bool HoldsAnotherOffice(int person, string word)
    {
        // A seat ("the Labour MP for Birkenhead") is held beside any office.
        if (IsSeat(word)) return false;
        if (impliedOffices.TryGetValue(person, out var implied) && !implied.Contains(word)) return true;
        return roles[person].Any(r => !GoesWithAnyOffice(r.Role)) && !roles[person].Any(r => r.Role.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private static bool GoesWithAnyOffice(string role) =>
        IsSeat(role.Split(' ')[0]) || role.Contains("leader", StringComparison.OrdinalIgnoreCase);

    private static bool IsSeat(string word) =>
        word is "MP" or "MSP" or "MEP" or "AM" or "MS" or "Councillor" or "councillor" or "member" or "Member" or "peer" or "Peer";

    /// <summary>"First Minister" of "the First Minister": the office's words from its first modifier to its head,
    /// or nothing when the head stands alone. "former" only dates the office.</summary>
    private static string? OfficeName(string text, List<Token> tokens, SpeakerPhrase phrase)
    {
        var from = phrase.Token;
        while (from - 1 > Math.Max(0, phrase.From) && tokens[from - 1].Class == WordClass.RoleModifier
               && !tokens[from - 1].Text(text).Equals("former", StringComparison.OrdinalIgnoreCase)) from--;
        return from == phrase.Token ? null : text[tokens[from].Start..tokens[phrase.Token].End];
    }

    /// <summary>The role is that office, perhaps of somewhere ("Prime Minister of Spain"), not a larger one that
    /// contains its words ("Deputy Prime Minister").</summary>
    private static bool IsOffice(string role, string name) =>
        role.Equals(name, StringComparison.OrdinalIgnoreCase)
        || role.StartsWith(name + " of ", StringComparison.OrdinalIgnoreCase) || role.StartsWith(name + " for ", StringComparison.OrdinalIgnoreCase)
        || InPortfolio(role, name);

    /// <summary>"the culture secretary" is the Secretary of State for Culture, Media and Sport; "the health minister"
    /// the Minister for Health: the word before the office is one of the portfolio's parts.</summary>
    private static bool InPortfolio(string role, string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0) return false;
        var (portfolio, office) = (name[..space].Trim(), name[(space + 1)..]);
        return (role.StartsWith(office + " of State for ", StringComparison.OrdinalIgnoreCase) || role.StartsWith(office + " for ", StringComparison.OrdinalIgnoreCase)
                || role.StartsWith(office + " of ", StringComparison.OrdinalIgnoreCase))
               && role.Contains(portfolio, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Words that make an office a lesser one: the Deputy President, the Vice-Chancellor's deputy, the
    /// Shadow Chancellor, an Assistant Commissioner.</summary>
    private static bool IsLesser(ReadOnlySpan<char> word) =>
        word.Equals("Deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("Vice", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Shadow", StringComparison.OrdinalIgnoreCase) || word.Equals("Assistant", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the role holds the office's word only after a word that makes it a lesser office.</summary>
    private static bool LesserOffice(string role, string word)
    {
        var at = role.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var before = role[..Math.Max(0, at)].TrimEnd(' ', '-').Split(' ', '-');
        return at > 0 && IsLesser(before[^1]);
    }
}
