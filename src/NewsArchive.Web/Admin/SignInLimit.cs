using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Sign-in attempts per client address, limited on the sign-in page's endpoint rather than on a path: routing
/// sends /admin/signin/, /Admin/SignIn and /admin/%73ignin to the same page, and so to the same limit.
/// </summary>
public static class SignInLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AdminOptions>>((limiter, admin) =>
        {
            var permits = admin.Value.SignInAttemptsPerMinute;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reading the sign-in page is free; only posting the form (an attempt) counts. A sliding window
            // keeps any minute, not just each clock minute, to the limit.
            limiter.AddPolicy(Policy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reading")
                : RateLimitPartition.GetSlidingWindowLimiter(ClientOf(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = permits, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 12, QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, token) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "60";
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync("Too many sign-in attempts. Wait a minute and try again.", token);
            };
        });
        return services;
    }

    /// <summary>The client, as the known proxies report it. An IPv6 client is its /64 network: one
    /// subscriber usually holds a whole /64 and could otherwise take a new address for every attempt.</summary>
    public static string ClientOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
