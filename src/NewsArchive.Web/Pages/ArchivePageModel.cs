using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages;

/// <summary>A page of the site: its handler sets <see cref="Meta"/>, the layout writes it into the head.</summary>
public abstract class ArchivePageModel : PageModel, IHasPageMeta
{
    public PageMeta Meta { get; protected set; } = PageMeta.Site;
}
