namespace NewsArchive.Tests.Support;

/// <summary>A seeds folder of plain-text articles (000.txt, 001.txt …), one a day from a first date, and the
/// articles.yml that dates them: an archive where the order the articles are read in is known.</summary>
public sealed class DatedArticles(DateOnly first)
{
    private readonly TempFolder _folder = new();
    private readonly System.Text.StringBuilder _metadata = new("articles:\n");
    private int _count;

    public void Write(string headline, string body)
    {
        _folder.Write($"{_count:000}.txt", $"{headline}\n\n{body}\n");
        _metadata.Append($"  {_count:000}.txt:\n    published: {first.AddDays(_count):yyyy-MM-dd}\n");
        _count++;
    }

    /// <summary>The folder, with its articles.yml written.</summary>
    public TempFolder Folder()
    {
        _folder.Write("articles.yml", _metadata.ToString());
        return _folder;
    }
}
