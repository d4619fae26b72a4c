using System.Globalization;

namespace NewsArchive.Web.Rendering;

public static class Dates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly? date) => date is { } d ? d.ToString("dddd d MMMM yyyy", British) : "Undated";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment with its own zone, as HTML's datetime attribute and schema.org want it.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
