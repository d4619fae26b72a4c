namespace NewsArchive.Web.Rendering;

public static class NameList
{
    /// <summary>Names as English writes a list: "A", "A and B", "A, B and C".</summary>
    public static string Of(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
