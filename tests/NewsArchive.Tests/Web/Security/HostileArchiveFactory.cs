using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Web.Security;

/// <summary>
/// An archive of articles written to break the site, on a real port (Kestrel decodes a %00 in a path;
/// the in-memory test server cannot): control characters (which XML forbids) in the newest
/// articles' headlines, opening paragraphs and sources, and Markdown links and images of every dangerous kind.
/// </summary>
public sealed class HostileArchiveFactory() : KestrelArchiveFactory(Folder.Path)
{
    public const string ControlArticle = "/articles/sadiq-khan-answers-questions-at-city-hall";
    public const string MarkdownArticle = "/articles/links-of-every-kind";

    /// <summary>The Markdown link cases: each paragraph names its case, then the links it may keep.</summary>
    public static readonly (string Case, string Markdown, string[] Hrefs, string[] ImageSources)[] LinkCases =
    [
        ("javascript", "[click](javascript:alert(1))", [], []),
        ("upper-case scheme", "[click](JAVASCRIPT:alert(1))", [], []),
        ("entity-encoded colon", "[click](javascript&#58;alert(1))", [], []),
        ("tab inside the scheme", "[click](java&#x09;script:alert(1))", [], []),
        ("vbscript", "[click](vbscript:msgbox(1))", [], []),
        ("data", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", [], []),
        ("autolink javascript", "<javascript:alert(1)>", [], []),
        ("remote image", "![picture](https://images.example.net/x.png)", [], []),
        ("protocol-relative image", "![picture](//images.example.net/x.png)", [], []),
        ("backslash image", "![picture](/\\images.example.net/x.png)", [], []),
        ("data image", "![picture](data:image/png;base64,iVBORw0KGgo=)", [], []),
        ("javascript image", "![picture](javascript:alert(1))", [], []),
        ("https link", "[the council](https://www.london.gov.uk/)", ["https://www.london.gov.uk/"], []),
        ("http link", "[a page](http://example.org/page)", ["http://example.org/page"], []),
        ("mailto link", "[the editor](mailto:editor@example.org)", ["mailto:editor@example.org"], []),
        ("relative link", "[Sadiq Khan](/people/sadiq-khan)", ["/people/sadiq-khan"], []),
        ("fragment link", "[the top](#top)", ["#top"], []),
        ("colon in the query", "[a search](/search?q=a:b)", ["/search?q=a:b"], []),
        ("https autolink", "<https://example.org/auto>", ["https://example.org/auto"], []),
        ("image from this site", "![the site's icon](/favicon.svg)", [], []),
    ];

    // After the cases: static fields are initialised in the order they are written.
    private static readonly TempFolder Folder = Build();

    private static TempFolder Build()
    {
        var folder = new TempFolder();
        // Form feed, start of heading, bell, backspace, vertical tab, escape, unit separator: all forbidden in XML.
        folder.Write("control.txt",
            "Sadiq Khan answers\f questions at City\u0001 Hall\n\n" +
            "Mayor Sadiq Khan said\u0007 the budget\u0008 was fair\u000B and balanced\u001B today.\n\n" +
            "Shaun Bailey, the Conservative candidate, said the\u001F figures did not add up.\n");
        folder.Write("links.md",
            "Links of every kind\n\n" + string.Join("\n\n", LinkCases.Select((c, i) => $"Case {i:00} reads {c.Markdown} and ends here.")) + "\n");
        folder.Write("articles.yml",
            "articles:\n" +
            "  control.txt:\n    published: 2030-01-02\n    source: \"Mail\\fOnline\\x01 \\e[31mRed\"\n" +
            "  links.md:\n    published: 2030-01-01\n    source: The Links Desk\n");
        return folder;
    }
}
