using System.Globalization;

namespace NewsArchive.Import;

/// <summary>
/// A publication date as static-site generators, CMSs and web pages write it: "2021-05-08",
/// "2016-04-20 14:54:52 +0100", "2024-03-14T09:30:00Z", "Wed, 20 Apr 2016 14:54:52 +0100", "8 May 2021".
/// The date is the one written (in the writer's own zone); the moment is kept only when a zone was given,
/// since a time without one could be any of 24 hours.
/// </summary>
public static partial class PublicationDate
{
    private static readonly string[] WithZone =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz", "yyyy-MM-dd HH:mm zzz",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz",
    ];

    private static readonly string[] WithoutZone =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy",
        "dddd d MMMM yyyy", "dddd, d MMMM yyyy",
    ];

    public static bool TryParse(string? text, out DateOnly date, out DateTimeOffset? moment)
    {
        date = default;
        moment = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        // "+0100" is how Hugo and Jekyll write a zone; .NET's zzz wants "+01:00".
        var written = ColonInZone(text.Trim());
        // Without a zone first: the zone formats' "K" would also accept a time with no zone, as local time.
        if (DateTime.TryParseExact(written, WithoutZone, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var local))
        {
            date = DateOnly.FromDateTime(local);
            return true;
        }
        if (DateTimeOffset.TryParseExact(written, WithZone, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var exact))
        {
            moment = exact;
            date = DateOnly.FromDateTime(exact.DateTime);
            return true;
        }
        return false;
    }

    private static string ColonInZone(string text) => ZoneWithoutColon().Replace(text, "$1:$2");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[0-9 ])([+-][0-9]{2})([0-9]{2})$")]
    private static partial System.Text.RegularExpressions.Regex ZoneWithoutColon();
}
