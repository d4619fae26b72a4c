using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.Elections;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages.Shared;

/// <summary>A page of every election of a person or a party (<see cref="ElectionLinks"/> names the first few on
/// their own page).</summary>
public sealed record AllElections(string Kicker, string Owner, string OwnerPath, string Lead)
{
    public const int PerPage = 50;

    /// <summary>The page of them shown, set by <see cref="AllElectionsModel"/>.</summary>
    public PageOf<ElectionQueries.ElectionLink> Elections { get; init; } = null!;

    public Pager Pager => new(Elections.Number, Elections.Count, $"Pages of elections of {Owner}", Pager.QueryPage($"{OwnerPath}/elections"))
    {
        Previous = "Newer elections",
        Next = "Earlier elections",
    };

    /// <summary>Page <paramref name="number"/> of <paramref name="all"/>, or none when there is no such page.</summary>
    public static PageOf<ElectionQueries.ElectionLink>? PageOf(IReadOnlyList<ElectionQueries.ElectionLink> all, int number) =>
        number < 1 || number > Paging.PageCount(all.Count, PerPage) ? null
            : new([.. all.Skip((number - 1) * PerPage).Take(PerPage)], all.Count, number, PerPage);
}

/// <summary>A page of every election of a person or a party, found by its slug.</summary>
public abstract class AllElectionsModel : ArchivePageModel
{
    public AllElections List { get; private set; } = null!;

    /// <summary>Page <paramref name="pageNumber"/> of <paramref name="all"/>, or not found when there is no such page.</summary>
    protected IActionResult Show(AllElections heading, IReadOnlyList<ElectionQueries.ElectionLink> all, int? pageNumber, string description)
    {
        if (AllElections.PageOf(all, pageNumber ?? 1) is not { } page) return NotFound();
        List = heading with { Elections = page };
        Meta = new PageMeta(page.Number == 1 ? $"{heading.Owner}: elections" : $"{heading.Owner}: elections, page {page.Number}", description)
        {
            CanonicalPath = List.Pager.PathFor(page.Number),
        };
        return Page();
    }
}
