using Microsoft.AspNetCore.Diagnostics;
using NewsArchive.Web.Rendering;

namespace NewsArchive.Web.Pages;

/// <summary>The page shown for an error status, in the site's layout.</summary>
public class StatusModel : ArchivePageModel
{
    public int Code { get; private set; }

    public (string Title, string Text) Message => Code switch
    {
        404 => ("Page not found", "There is no page at this address. The article may have been renamed or removed from the archive."),
        410 => ("This article was removed", "The article that was at this address has been removed from the archive."),
        _ => ("Something went wrong", $"The archive could not answer this request (status {Code})."),
    };

    public void OnGet(int code)
    {
        // Visited directly, the page answers with the status it describes.
        Code = code is >= 400 and <= 599 ? code : 404;
        Meta = new PageMeta(Message.Title, Message.Text) { NoIndex = true };
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null) Response.StatusCode = Code;
    }
}
