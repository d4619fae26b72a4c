using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages;

/// <summary>The page for an unhandled error outside Development: the site's layout, never the exception.</summary>
public class ErrorModel : ArchivePageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        Meta = new PageMeta("Something went wrong", "The archive could not show this page.") { NoIndex = true };
    }
}
