using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>The yes-or-no cues of one sentence that both readings of an article ask, each found once.
/// Most sentences of a politics story hold no party name, no digit and no election word, and the rules
/// that need one are slow to fail, so these also serve as quick pre-checks before them.</summary>
internal sealed partial class SentenceCues(string text)
{
    private bool? _result, _now, _action, _party, _digit;

    /// <summary>A word saying a contest has been decided (<see cref="TextCues.Result"/>).</summary>
    public bool Result => _result ??= TextCues.Result().IsMatch(text);

    /// <summary>The sentence reports something as happening now (<see cref="TextCues.Now"/>).</summary>
    public bool Now => _now ??= TextCues.Now().IsMatch(text);

    /// <summary>A word of voting or winning (<see cref="TextCues.Action"/>).</summary>
    public bool Action => _action ??= TextCues.Action().IsMatch(text);

    /// <summary>A party's name anywhere, even inside a word: every party pattern needs one.</summary>
    public bool Party => _party ??= PartyName().IsMatch(text);

    /// <summary>A character <c>\d</c> matches.</summary>
    public bool Digit => _digit ??= HasDigit(text);

    /// <summary>True when <c>\d</c> matches somewhere; a plain loop, since a regex cannot vectorise every Unicode digit.</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>True when the sentence holds any of the words, as written.</summary>
    public static bool HasAny(string text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    [GeneratedRegex(Parties.Names)]
    private static partial Regex PartyName();
}
