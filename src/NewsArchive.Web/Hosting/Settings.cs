using Microsoft.Extensions.Options;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// The typed settings (Archive, Admin, Site): bound once, validated at start-up, never changed after. A bad
/// value stops the host with one line per problem naming its key, before anything is served or imported.
/// </summary>
public static class Settings
{
    public static IServiceCollection AddArchiveSettings(this IServiceCollection services)
    {
        services.AddSetting<ArchiveOptions>(ArchiveOptions.Section, o => o.Problems());
        services.AddSetting<AdminOptions>(AdminOptions.Section, o => o.Problems());
        services.AddSetting<SiteOptions>(SiteOptions.Section, o => o.Problems());
        return services;
    }

    /// <summary>Every problem with the settings, one line each naming its key; empty when the host can start.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services) =>
        [.. ProblemsOf<ArchiveOptions>(services), .. ProblemsOf<AdminOptions>(services), .. ProblemsOf<SiteOptions>(services)];

    /// <summary>Builds the host and checks its settings; on a problem, prints one line per problem to standard
    /// error and returns null. The logging settings are read while building (a sink without a name, say).</summary>
    public static async Task<WebApplication?> BuildCheckedAsync(this WebApplicationBuilder builder)
    {
        WebApplication app;
        try
        {
            app = builder.Build();
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"Invalid setting: {ex.Message}");
            return null;
        }
        var problems = Problems(app.Services);
        if (problems.Count == 0) return app;
        foreach (var problem in problems) Console.Error.WriteLine($"Invalid setting: {problem}");
        await app.DisposeAsync();
        return null;
    }

    /// <summary>The message for a number out of its range, or null.</summary>
    public static string? Range(string section, string key, int value, int min, int max) =>
        value < min || value > max ? $"{section}:{key} must be a whole number from {min} to {max} (it is {value})." : null;

    private static void AddSetting<T>(this IServiceCollection services, string section, Func<T, IEnumerable<string>> problems) where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(provider => new Validator<T>(section, problems, provider.GetRequiredService<IConfiguration>()));
    }

    private static IEnumerable<string> ProblemsOf<T>(IServiceProvider services) where T : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<T>>().Value;
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return ex.Failures;
        }
        catch (InvalidOperationException ex)
        {
            // The binder's own message names the key and the value it could not convert.
            return [ex.Message];
        }
    }

    /// <summary>Checks the values, and that every key given in the section is one the settings know: a
    /// misspelt key would otherwise be ignored without a word.</summary>
    private sealed class Validator<T>(string section, Func<T, IEnumerable<string>> problems, IConfiguration configuration) : IValidateOptions<T>
        where T : class
    {
        private static readonly string[] Known = typeof(T).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).ToArray();

        public ValidateOptionsResult Validate(string? name, T options)
        {
            var unknown = configuration.GetSection(section).GetChildren()
                .Where(key => !Known.Contains(key.Key, StringComparer.OrdinalIgnoreCase))
                .Select(key => $"{section}:{key.Key} is not a setting (the {section} settings are {string.Join(", ", Known)}).");
            var all = problems(options).Concat(unknown).ToList();
            return all.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(all);
        }
    }
}
