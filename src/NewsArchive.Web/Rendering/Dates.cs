using System.Globalization;

namespace NewsArchive.Web.Rendering;

public static class Dates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly? date) => date is { } d ? d.ToString("dddd d MMMM yyyy", British) : "Undated";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
