using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>Where a run of capitalised words is the tail of a body's or a place's name, and where a person stands
/// after a body's "of" or "for" all the same.</summary>
internal static partial class NameCandidates
{
    /// <summary>"Mayor of London Boris Johnson", "MP for Tottenham David Lammy": after an office's "of" or "for", a
    /// known given name after the first word, with a word after it, opens the person's name (the resolver trims the
    /// place). The first word is the place's even when it is a given name too ("Paris", "Florence").</summary>
    private static bool PersonAtEnd(string text, List<Token> tokens, int first, int end)
    {
        for (var k = first + 1; k <= end - 2; k++)
            if (GivenNames.IsGivenName(tokens[k].Text(text).ToString())) return true;
        return false;
    }

    /// <summary>"back to the House of Commons for Boris Johnson": after a body's "for", a known given name and one
    /// surname are a person, not the tail of its name; not "of" ("University of Mary Washington"), nor three words
    /// or a cue word last ("Foundation for Rose Hill Allotments", "Society for Victoria Park").</summary>
    private static bool PersonAfterFor(string text, List<Token> tokens, int first, int end) =>
        end - first == 2 && tokens[first - 1].Is(text, "for") && GivenNames.IsGivenName(tokens[first].Text(text).ToString())
        && tokens[end - 1].Class != WordClass.Cue && !PlaceNames.IsCountryNotGivenName(tokens[end - 1].Text(text).ToString());

    /// <summary>"Institute for Fiscal Studies", "Court of Human Rights": the tail of a body's name.</summary>
    private static bool AfterOrganisationWord(string text, List<Token> tokens, int first)
    {
        if (first < 2) return false;
        var link = tokens[first - 1];
        // "the defection to Labour of Robert Jackson": a party's name has no tail.
        return IsWord(text, link, "of", "for") && link.Has(TokenFlags.Joined) && tokens[first].Has(TokenFlags.Joined)
            && tokens[first - 2].Has(TokenFlags.Capitalised) && tokens[first - 2].Class != WordClass.Party;
    }

    /// <summary>"the Sheffield Hallam seat": capitalised words naming a place before a place noun.</summary>
    private static bool BeforePlaceNoun(string text, List<Token> tokens, int end)
    {
        if (end >= tokens.Count || !tokens[end].Has(TokenFlags.Joined) || tokens[end - 1].Has(TokenFlags.Possessive)) return false;
        var word = text.AsSpan(tokens[end].Start, tokens[end].Length);
        return word is "seat" or "constituency" or "area" or "ward" or "region" or "district" or "border" or "branch"
            or "headquarters" or "airport" or "station" or "road" or "street" or "estate" or "valley" or "university"
            or "college" or "school" or "hospital" or "church" or "bridge" or "square" or "park" or "county" or "city";
    }
}
