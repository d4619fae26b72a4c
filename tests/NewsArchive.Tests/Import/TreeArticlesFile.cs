using NewsArchive.Import;
using YamlDotNet.RepresentationModel;

namespace NewsArchive.Tests.Import;

/// <summary>
/// articles.yml read as one node tree of the whole file, as the importer read it before it streamed the
/// file (with YamlDotNet's YamlStream): the reference the streamed reader is held to.
/// </summary>
internal static class TreeArticlesFile
{
    public static Dictionary<string, ArticleMetadata> Read(string yaml, List<ImportWarning> warnings)
    {
        var result = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        var stream = SafeYaml.Read(yaml, parser =>
        {
            var whole = new YamlStream();
            whole.Load(parser);
            return whole;
        });
        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode
            ?? (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" } ? null : throw new FormatException("articles.yml must be a mapping of fields"));
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("articles"), out var articles)) return result;
        if (articles is not YamlMappingNode byFile) throw new FormatException("'articles' must map file names to their metadata");
        foreach (var (key, value) in byFile.Children)
        {
            if (SafeYaml.Text(key) is not { Length: > 0 } fileName)
                warnings.Add(new ImportWarning(MetadataReader.FolderFileName, "an entry whose key is not a file name (a list or mapping used as a key); ignored"));
            else if (value is not YamlMappingNode fields)
                warnings.Add(new ImportWarning(MetadataReader.FolderFileName, $"the entry for '{fileName}' is not a mapping of fields; ignored"));
            else
            {
                var fieldWarnings = new List<ImportWarning>();
                result[fileName] = MetadataFields.Read(fields, fileName, fieldWarnings);
                warnings.AddRange(fieldWarnings.Select(w => w with { File = MetadataReader.FolderFileName, Reason = $"'{fileName}': {w.Reason}" }));
            }
        }
        return result;
    }
}
