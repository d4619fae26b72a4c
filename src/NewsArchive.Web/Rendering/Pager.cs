namespace NewsArchive.Web.Rendering;

/// <summary>The links between pages of a list, for <c>Pages/Shared/_Pager.cshtml</c>: newer (rel=prev) and
/// older (rel=next), and where the reader is.</summary>
/// <param name="Label">What is paged, for the navigation landmark ("Pages of articles on Labour").</param>
/// <param name="PathFor">The address of page N of this list.</param>
public sealed record Pager(int Number, int Count, string Label, Func<int, string> PathFor)
{
    /// <summary>The words of the links: lists of articles run newest first.</summary>
    public string Previous { get; init; } = "Newer articles";
    public string Next { get; init; } = "Older articles";

    /// <summary>Page 1 is the bare path, the canonical address; later pages add <c>?page=N</c>.</summary>
    public static Func<int, string> QueryPage(string path) => n => n == 1 ? path : $"{path}?page={n}";
}
