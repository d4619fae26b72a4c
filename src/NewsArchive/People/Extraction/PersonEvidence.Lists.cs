using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>What the list a lone word stands in, or the noun after it, says of it.</summary>
internal static partial class PersonEvidence
{
    /// <summary>Items a list is walked over, each way.</summary>
    private const int ListItems = 6;

    /// <summary>"Sirisena and Rajapaksa", "Clarkson, Hammond, and May", "(Pelosi, Schumer, et al)": a lone word in a
    /// list of names is a person's when another item, a lone word too, is one (<paramref name="isPersonAt"/>), or when
    /// the list closes with "et al". Items alike are alike: "According to James Whitlock, Tesco and Asda" sets a full
    /// name beside firms, and the comma closes a clause. A list is items parted by commas with "and", "or", "nor" or
    /// "&amp;" before the last: "MP for Carshalton and Wallington, Tom Brake" and "So Bravo, Jack Layton," are none. A
    /// possessive is no item ("Parkinson's, Multiple Sclerosis").</summary>
    public static bool ListedWithPerson(string text, List<Token> tokens, int first, int last, Func<int, bool> isPersonAt)
    {
        if (tokens[last].Has(TokenFlags.Possessive)) return false;
        if (EtAlAfter(text, tokens[last])) return true;
        // Items before this one, and whether a conjunction came before it (it is the last item).
        var (left, lastItem) = WalkList(text, tokens, first, -1, isPersonAt);
        if (left == ListWalk.Person && lastItem) return true;
        if (lastItem) return false;
        var (right, closed) = WalkList(text, tokens, last, +1, isPersonAt);
        // The list holds a conjunction after this item, and a person on either side of it.
        return closed && (right == ListWalk.Person || left == ListWalk.Person) || right == ListWalk.EtAl;
    }

    private enum ListWalk { None, Person, EtAl }

    /// <summary>Walks a list one way from an item. Returns what it found, and whether it crossed "and" (or "or", "nor",
    /// "&amp;"): leftwards only as the first step (the item is the last), rightwards ending at the item after it.</summary>
    private static (ListWalk Found, bool Conjunction) WalkList(string text, List<Token> tokens, int edge, int step, Func<int, bool> isPersonAt)
    {
        var found = ListWalk.None;
        var conjunction = false;
        for (var item = 0; item < ListItems && !(step > 0 && conjunction); item++)
        {
            var next = edge + step;
            if (next < 0 || next >= tokens.Count || tokens[next].Sentence != tokens[edge].Sentence) break;
            var joins = false;
            if (tokens[next].Text(text) is "and" or "or" or "nor" && Gap(text, tokens, edge, next) is " " or ", ")
            {
                var joined = next + step;
                // "Hammond, and May", walked either way.
                if (joined < 0 || joined >= tokens.Count || Gap(text, tokens, next, joined) is not (" " or ", ")) break;
                next = joined;
                joins = true;
            }
            else if (Gap(text, tokens, edge, next) is " & " or ", & ") joins = true;
            else if (Gap(text, tokens, edge, next) is not ", ") break;
            if (joins && step < 0 && item > 0) break;
            if (!NameWord(text, tokens[next]) || tokens[next].Sentence != tokens[edge].Sentence) break;
            // The item runs over its capitalised words ("Jeremy Clarkson"); only a lone word is like the lone word asked of.
            var far = next;
            while (far + step >= 0 && far + step < tokens.Count && Math.Abs(far + step - next) < 3 && Gap(text, tokens, far, far + step) is " "
                   && NameWord(text, tokens[far + step])) far += step;
            conjunction |= joins;
            if (far == next && !tokens[next].Has(TokenFlags.Possessive) && isPersonAt(next)) found = ListWalk.Person;
            if (step > 0 && EtAlAfter(text, tokens[far])) return (ListWalk.EtAl, conjunction);
            edge = far;
        }
        return (found, conjunction);
    }

    /// <summary>A capitalised word of no class of the vocabulary, nor an office's plural: "In Madrid, PM Tarran" lists
    /// no "PM Tarran", and "Presidents Sarkozy and Obama" lists "Sarkozy".</summary>
    private static bool NameWord(string text, in Token token) => token.Has(TokenFlags.Capitalised) && token.Class is WordClass.None or WordClass.Common
        && !(token.Length > 3 && text[token.End - 1] == 's' && Vocabulary.Classify(text.AsSpan(token.Start, token.Length - 1)) is WordClass.Role);

    /// <summary>The text between two neighbouring tokens, in reading order.</summary>
    private static ReadOnlySpan<char> Gap(string text, List<Token> tokens, int a, int b)
    {
        var (left, right) = a < b ? (tokens[a], tokens[b]) : (tokens[b], tokens[a]);
        return text.AsSpan(left.After, right.Start - left.After);
    }

    private static bool EtAlAfter(string text, in Token token)
    {
        var after = text.AsSpan(token.After);
        return after.StartsWith(", et al") || after.StartsWith(" et al");
    }

    /// <summary>"the Obama administration", "the Assad regime", "The Blair years": after "the", a lone word before a
    /// noun for a leader's time in power may name that leader; asked only of a surname the archive vouches for, since
    /// parties, places and firms stand there as often ("the Syriza government", "the Kabul government", "the Unilever
    /// years"). A people's, a faith's or a movement's word is no leader ("the Bolivian government").</summary>
    public static bool LeaderOfRule(string text, List<Token> tokens, int first, int last)
    {
        if (first == 0 || tokens[first - 1].Text(text) is not ("the" or "The") || !tokens[first].Has(TokenFlags.Joined)
            || last + 1 >= tokens.Count || !tokens[last + 1].Has(TokenFlags.Joined) || tokens[last].Has(TokenFlags.Possessive)) return false;
        var word = tokens[last].Text(text);
        if (word.EndsWith("ian") || word.EndsWith("ist") || word.EndsWith("ish") || word.EndsWith("ese") || word.EndsWith("ic")) return false;
        return tokens[last + 1].Text(text) is "administration" or "regime" or "government" or "presidency" or "premiership" or "years";
    }
}
