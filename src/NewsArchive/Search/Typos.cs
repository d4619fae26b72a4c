using NewsArchive.Language;

namespace NewsArchive.Search;

/// <summary>How far a typed word may be from the word meant: one slip in a word of four letters or more, two
/// in a long word; none in a short one, where one letter changes the word ("sam", "sad").</summary>
public static class Typos
{
    public static int Allowed(string typed) => typed.Length >= 8 ? 2 : typed.Length >= 4 ? 1 : 0;

    /// <summary>True when <paramref name="typed"/> reads as the start of <paramref name="word"/> with one slip
    /// ("kah" of "khan"), for suggestions while the word is still being typed. Three letters at least.</summary>
    public static bool IsSlippedPrefix(string typed, string word)
    {
        if (typed.Length < 3 || word.Length < typed.Length) return false;
        // The typed letters against the word's start of the same length, one letter shorter and longer (a
        // letter left out or doubled).
        for (var length = typed.Length - 1; length <= Math.Min(word.Length, typed.Length + 1); length++)
            if (EditDistance.Between(typed, word[..length], 1) <= 1) return true;
        return false;
    }
}
