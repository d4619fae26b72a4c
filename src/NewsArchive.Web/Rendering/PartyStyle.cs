using NewsArchive.PoliticalParties;

namespace NewsArchive.Web.Rendering;

/// <summary>
/// The class that gives a party its colour. The colours themselves are defined once, in site.css ("Party
/// colours"), for the light and the dark theme; a party without one of its own is drawn in neutral grey.
/// Colour is never the only cue: every swatch and bar stands beside the party's name.
/// </summary>
public static class PartyStyle
{
    public static string Class(string? party) =>
        party is null ? "party-none" : "party-" + PartyQueries.SlugOf(Language.Parties.Canonical(party));

    /// <summary>True when the name is one of the archive's parties: a winner known only as a party ("Labour won").</summary>
    public static bool IsParty(string? name) => Link(name) is not null;

    /// <summary>The party page's address, when the name is one of the archive's parties.</summary>
    public static string? Link(string? party) =>
        party is not null && PartyQueries.Find(PartyQueries.SlugOf(Language.Parties.Canonical(party))) is { } p ? $"/parties/{PartyQueries.SlugOf(p.Name)}" : null;
}
