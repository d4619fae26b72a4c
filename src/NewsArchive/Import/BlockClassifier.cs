using System.Text.RegularExpressions;
using NewsArchive.Articles;

using NewsArchive.Language;

namespace NewsArchive.Import;

/// <summary>
/// Decides what a paragraph is. News pages pasted as text carry photo captions and the headlines of
/// further stories between the body paragraphs; neither ends as a sentence does, which is what gives
/// them away.
/// </summary>
public static partial class BlockClassifier
{
    private const int MaxCaptionWords = 45;
    private const int MinHeadingWords = 8;

    // Common acronyms of parties and bodies: written in capitals, they are not a headline's shouting.
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "UKIP", "NATO", "UNISON", "OFSTED", "OFCOM", "OFGEM", "DUP", "SDLP", "SNP", "TUC", "NHS", "BBC", "ITV",
        "COVID", "BREXIT", "MEPS", "GMTV", "CBI", "EU", "UK", "USA", "UN", "MP", "MPS", "PM", "QC", "KC",
        "HMRC", "DWP", "MOD", "FBI", "CIA", "LGBT", "LGBTQ", "OBE", "MBE", "CBE", "PLP", "GLA", "TFL", "ULEZ",
    };

    public static ParagraphKind Classify(string block, string? next, bool isFirst)
    {
        if (block.StartsWith("- ") || block.StartsWith("* ") || block.StartsWith("• ")) return ParagraphKind.ListItem;
        if (PictureMarker().IsMatch(block)) return ParagraphKind.Caption;
        if (isFirst || Sentences.EndsSentence(block) || Sentences.OpensWithQuote(block)) return ParagraphKind.Body;

        var words = Sentences.CountWords(block);
        if (words >= MinHeadingWords && HasShoutedWord(block) && next is not null && SharesNames(block, next))
            return ParagraphKind.Heading;
        if (words >= 3 && words <= MaxCaptionWords && EndsInWord(block) && IsOneSentence(block)) return ParagraphKind.Caption;
        return ParagraphKind.Body;
    }

    /// <summary>
    /// A picture gallery pasted as text is a run of captions; the caption of a chart in it may run to two
    /// sentences and still stop without a full stop ("With 49 of the 73 results declared, ... The SNP needs 65
    /// seats"). Prose never sits between two captions without closing its last sentence, so such a block,
    /// of caption length and ending on a word, is a caption too.
    /// </summary>
    public static bool JoinsCaptionRun(string block, ParagraphKind before, ParagraphKind after) =>
        before == ParagraphKind.Caption && after == ParagraphKind.Caption
        && !Sentences.EndsSentence(block) && !Sentences.OpensWithQuote(block)
        && Sentences.CountWords(block) <= MaxCaptionWords && EndsInWord(block);

    /// <summary>A caption stops on a word; text cut off mid-thought ("... Mr Forsyth/") does not.</summary>
    private static bool EndsInWord(string block)
    {
        var last = block.TrimEnd()[^1];
        return char.IsLetterOrDigit(last) || last is ')' or '’' or '\'' or '"' or '”';
    }

    /// <summary>A photo caption is one statement; several sentences without a final full stop are prose.</summary>
    private static bool IsOneSentence(string block) => Sentences.First(block).Length == block.Length;

    /// <summary>A word of four or more capitals that is not a known acronym: "Starmer SACKS deputy".</summary>
    private static bool HasShoutedWord(string block)
    {
        foreach (Match match in CapitalWord().Matches(block))
        {
            if (!Acronyms.Contains(match.Value)) return true;
        }
        return false;
    }

    /// <summary>A story's heading names the people its first paragraph goes on to name.</summary>
    private static bool SharesNames(string heading, string next)
    {
        var headingNames = NameWord().Matches(heading).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var shared = NameWord().Matches(next).Select(m => m.Value).Where(headingNames.Contains).Distinct().Count();
        return shared >= 2;
    }

    [GeneratedRegex(@"\((?:far |centre |center |top |bottom |second )?(?:left|right|centre|center|above|below|pictured|inset|top|bottom)\)", RegexOptions.IgnoreCase)]
    private static partial Regex PictureMarker();

    [GeneratedRegex(@"\b\p{Lu}{4,}\b")]
    private static partial Regex CapitalWord();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\b")]
    private static partial Regex NameWord();
}
