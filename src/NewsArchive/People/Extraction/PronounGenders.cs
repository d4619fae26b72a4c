using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>
/// Gender from the pronouns that follow a person, for people whose title and given name say nothing ("Priya Shah
/// said she ...", "Sadiq Khan ... he said"). A vote counts only when the person is the first named in the sentence
/// (its subject, most often), and the pronoun, outside any quote, comes in that sentence or the next before anyone
/// else is named. A gender is taken only when every vote agrees.
/// </summary>
internal static class PronounGenders
{
    public static void Settle(List<ResolvedPerson> people, IReadOnlyList<string> paragraphs, IReadOnlyList<List<Token>> tokens, IReadOnlyList<List<ResolvedMention>> byParagraph)
    {
        var votes = new (int Male, int Female)[people.Count];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var mentions = byParagraph[p];
            for (var m = 0; m < mentions.Count; m++)
            {
                var mention = mentions[m];
                if (people[mention.Person].Gender is not (Gender.Unknown or Gender.Either)) continue;
                var sentence = tokens[p][mention.FirstToken].Sentence;
                // Someone named earlier in the sentence is more likely its subject.
                if (m > 0 && tokens[p][mentions[m - 1].FirstToken].Sentence == sentence) continue;
                // "Oyelaran's daughter said she was proud": a possessive names someone else as the subject.
                if (tokens[p][mention.LastToken].Has(TokenFlags.Possessive)) continue;
                // "Layla: I have ... my dad ... he was": an interview's label; what follows is the person's own words.
                if (mention.End < paragraphs[p].Length && paragraphs[p][mention.End] == ':') continue;
                var stop = m + 1 < mentions.Count ? mentions[m + 1].FirstToken : tokens[p].Count;
                for (var k = mention.LastToken + 1; k < stop && tokens[p][k].Sentence <= sentence + 1; k++)
                {
                    if (tokens[p][k].Has(TokenFlags.InQuote)) continue;
                    var gender = Of(paragraphs[p].AsSpan(tokens[p][k].Start, tokens[p][k].Length));
                    if (gender == Gender.Unknown) continue;
                    votes[mention.Person] = gender == Gender.Male ? (votes[mention.Person].Male + 1, votes[mention.Person].Female) : (votes[mention.Person].Male, votes[mention.Person].Female + 1);
                    break;
                }
            }
        }
        for (var i = 0; i < people.Count; i++)
            if (people[i].Gender is Gender.Unknown or Gender.Either && (votes[i].Male > 0) != (votes[i].Female > 0))
                people[i].Gender = votes[i].Male > 0 ? Gender.Male : Gender.Female;
    }

    /// <summary>Only a subject's pronoun: "condemning his words" after a name is as often someone else's.</summary>
    private static Gender Of(ReadOnlySpan<char> word) => word switch
    {
        "he" or "He" => Gender.Male,
        "she" or "She" => Gender.Female,
        _ => Gender.Unknown,
    };
}
