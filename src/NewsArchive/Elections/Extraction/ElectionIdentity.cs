using NewsArchive.Text;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>Names, slugs and Democracy Club style identifiers, one rule per kind.</summary>
internal static class ElectionIdentity
{
    /// <summary>How a name shows a year: year 0 is an election whose year the article does not settle.</summary>
    private static string When(int year) => year == 0 ? "(year not stated)" : year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Name(ElectionKind kind, string area, int y) => Name(kind, area, When(y));

    private static string Name(ElectionKind kind, string area, string year) => kind switch
    {
        ElectionKind.Mayoral => $"{area} mayoral election {year}",
        ElectionKind.General => $"{area} general election {year}",
        ElectionKind.ByElection => $"{area} by-election {year}",
        ElectionKind.DevolvedParliament => $"{BodyName(area)} election {year}",
        ElectionKind.Constituency => $"{area} constituency {year}",
        ElectionKind.Local => $"Local elections in {area} {year}",
        ElectionKind.Referendum => $"Referendum in {area} {year}",
        ElectionKind.EuropeanParliament => area == "UK" ? $"European Parliament election {year}" : $"European Parliament election in {area} {year}",
        ElectionKind.Foreign => $"{area} election {year}",
        ElectionKind.Organisation => $"{area} elections {year}",
        _ => $"{area} leadership election {year}",
    };

    public static string SlugFor(ElectionKind kind, string area, int y)
    {
        var year = When(y);
        return Slug.From(kind switch
        {
            ElectionKind.Mayoral => $"{area} mayor {year}",
            ElectionKind.DevolvedParliament => $"{BodyName(area)} {year}",
            ElectionKind.Constituency => $"{area} {year}",
            ElectionKind.Local => $"{area} local elections {year}",
            _ => Name(kind, area, year),
        });
    }

    /// <summary>Shaped like Democracy Club's ids (mayor.london.2021-05-06); the date only when known.</summary>
    public static string Id(ElectionKind kind, string area, int year, DateOnly? poll, ElectionKind? parentKind, string? parentArea)
    {
        var when = poll?.ToString("yyyy-MM-dd") ?? (year == 0 ? "year-not-stated" : year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var place = Slug.From(area);
        return kind switch
        {
            ElectionKind.Mayoral => $"mayor.{place}.{when}",
            ElectionKind.General => $"parl.{when}",
            ElectionKind.ByElection => $"parl.{place}.by.{when}",
            ElectionKind.DevolvedParliament => $"{BodyPrefix(area)}.{when}",
            ElectionKind.Constituency when parentKind == ElectionKind.DevolvedParliament => $"{BodyPrefix(parentArea!)}.c.{place}.{when}",
            ElectionKind.Constituency => $"parl.{place}.{when}",
            ElectionKind.Local => $"local.{place}.{when}",
            ElectionKind.Referendum => $"ref.{place}.{when}",
            ElectionKind.EuropeanParliament => area == "UK" ? $"europarl.{when}" : $"europarl.{place}.{when}",
            ElectionKind.Foreign => $"foreign.{place}.{when}",
            ElectionKind.Organisation => $"body.{place}.{when}",
            _ => $"leadership.{place}.{when}",
        };
    }

    private static string BodyName(string area) => area switch
    {
        "Wales" => "Senedd",
        "Scotland" => "Scottish Parliament",
        "Northern Ireland" => "Northern Ireland Assembly",
        "London" => "London Assembly",
        _ => $"{area} Parliament",
    };

    private static string BodyPrefix(string area) => area switch
    {
        "Wales" => "senedd",
        "Scotland" => "sp",
        "Northern Ireland" => "nia",
        "London" => "gla.a",
        _ => Slug.From(area),
    };

    /// <summary>UK polls are held on Thursdays: the Thursday on or before a report of the result.</summary>
    public static DateOnly ThursdayOnOrBefore(DateOnly date) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)DayOfWeek.Thursday + 7) % 7));
}
