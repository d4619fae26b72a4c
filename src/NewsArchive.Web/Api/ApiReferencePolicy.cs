using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Api;

/// <summary>
/// The Content-Security-Policy of the API reference page (/scalar/…). The page starts itself with an inline
/// script, allowed here by the hash of the exact block served, and its script writes styles at run time,
/// so this page alone allows inline styles. Every other page keeps the strict policy.
/// </summary>
public sealed partial class ApiReferencePolicy(RequestDelegate next)
{
    public const string PathPrefix = "/scalar";

    public async Task InvokeAsync(HttpContext context)
    {
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
        }
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && context.Features.Get<ContentSecurityPolicy>() is { } policy)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            foreach (Match script in InlineScript().Matches(html))
                policy.AllowScript("sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups["code"].Value))));
            policy.AllowInlineStyles();
            context.Response.Headers.ContentSecurityPolicy = policy.ToString();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body.Stream, context.RequestAborted);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>(?<code>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
