using NewsArchive.Language;

namespace NewsArchive.People.Extraction;

/// <summary>
/// Gives each quote to its speaker as a careful sub-editor would, in sieves tried in order:
/// 1. a verb of speech beside the quote in its sentence ("…," said Mr Oaten; Mr Khan said: "…"; "…," he said);
/// 2. a pronoun goes to the subject the text is about, agreeing in gender, never to the nearest name;
/// 3. an office ("the mayor said") goes to the person the article gives that office, else to its subject;
/// 4. a quote with no verb runs on from the quote before it, or from the paragraph before when that one left
///    its quote open or ended introducing one ("He said:").
/// A source with no name ("a spokesman", "Labour", "officials") keeps the quote from everyone.
/// </summary>
internal sealed partial class QuoteAttribution(List<ResolvedPerson> people, IReadOnlyList<List<RoleMention>> roles, IReadOnlyList<List<PartyMention>> parties)
{
    /// <summary>How far after a quote a verb of speech still belongs to it, in words (", a source close to the mayor said").</summary>
    private const int VerbWindow = 8;

    /// <summary>How many paragraphs back "he" or "she" may find the subject it stands for.</summary>
    private const int PronounReach = 2;

    private int? subject;
    /// <summary>Paragraph and sentence where <see cref="subject"/> was last the subject of a sentence.</summary>
    private (int Paragraph, int Sentence) subjectAt = (-1, -1);
    private readonly List<int> subjects = [];
    private int? lastSpeaker;
    /// <summary>Paragraph and sentence of the quote <see cref="lastSpeaker"/> was last given.</summary>
    private (int Paragraph, int Sentence) lastSpeakerAt = (-1, -1);
    /// <summary>The paragraph where the text last spoke of <see cref="subject"/> as its subject or its speaker.</summary>
    private int subjectParagraph = -1;
    /// <summary>The subject was named in the possessive ("Mr Blair's government was …").</summary>
    private bool possessiveSubject;
    private int? carried;
    /// <summary>The paragraph before left a source's quote open: the run-on is that source's too.</summary>
    private bool carriedUnnamed;
    private int paragraph = -1;
    /// <summary>Whether anyone but the last speaker has been named outside quotes since they spoke.</summary>
    private bool othersSinceSpeaker = true;
    private int tokensNoted;
    /// <summary>The last sentence of this paragraph whose subject is noted.</summary>
    private int subjectSentence = -1;

    /// <summary>The speaker of each quote span in one paragraph (-1 for none), in span order.</summary>
    /// <param name="setApart">The paragraph is set off from the text (a pull quote): a quote opening a sentence there
    /// repeats or heads the story, and takes no speaker from the text around it.</param>
    public int[] Attribute(string text, List<Token> tokens, List<QuoteSpan> spans, List<ResolvedMention> mentions, bool setApart = false)
    {
        paragraph++;
        tokensNoted = 0;
        subjectSentence = -1;
        var speakers = new int[spans.Count];
        int? previous = null;
        var previousUnnamed = false;
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            NoteSubjects(text, tokens, mentions, span.Start);
            int? who;
            var unnamed = false;
            var first = FirstTokenAt(tokens, span.Start);
            if (NamedByTheWordBefore(text, tokens, first) || UsedAsModifier(text, tokens, first, span))
            {
                speakers[s] = -1;
                continue;
            }
            var sentence = first < tokens.Count ? tokens[first].Sentence : -1;
            if (SpeakerByVerb(text, tokens, mentions, span) is { } phrase)
            {
                // A pull quote repeats words from elsewhere in the story: its "he said" has no antecedent beside it.
                who = setApart && phrase.Kind is SpeakerKind.Pronoun or SpeakerKind.Subject ? null : Resolve(text, tokens, mentions, phrase);
                unnamed = phrase.Kind == SpeakerKind.Unnamed;
            }
            // A quote that opens a sentence with no verb of its own runs on from the quote before it (a source's
            // words stay a source's), or is spoken by the subject of the sentence before ("Mr X criticised the
            // system. "There is no logic…"").
            else if (StartsSentence(tokens, span) && setApart) who = null;
            // "“…” says third-year chemist Jo Bloggs", "“…” Cruz fumed at the moderator": the sentence goes on to say
            // who spoke, in words not read; a guess from the text before would put the quote on someone else.
            else if (StartsSentence(tokens, span) && SpeakerAfterUnread(text, tokens, mentions, span) is var named and not -1) who = named;
            // "“…” That was the verdict of Jo Bloggs.": the next sentence says whose the words were.
            else if (StartsSentence(tokens, span) && SpeakerInNextSentence(text, tokens, mentions, span) is { } told) who = told == -1 ? null : told;
            else if (StartsSentence(tokens, span))
            {
                var runsOn = s > 0 ? previous is not null || previousUnnamed : StartsWithQuote(text, span) && (carried is not null || carriedUnnamed);
                unnamed = runsOn && (s > 0 ? previousUnnamed : carriedUnnamed);
                who = runsOn ? (s > 0 ? previous : carried)
                    : StartsWithQuote(text, span) ? (subjectAt.Paragraph >= paragraph - 2 ? subject : OnlySpeakerInView())
                    : subjectAt == (paragraph, sentence - 1) ? subject : null;
            }
            // Words quoted inside a sentence about someone are theirs: "Cameron warned that it would “put us back to square one”".
            else who = OwnWords(text, tokens, mentions, first) ?? SentenceSubject(text, tokens, mentions, first);
            speakers[s] = who ?? -1;
            previous = who;
            previousUnnamed = unnamed;
            if (who is { } person)
            {
                lastSpeakerAt = (paragraph, sentence);
                lastSpeaker = subject = person;
                subjectParagraph = paragraph;
                othersSinceSpeaker = false;
            }
        }
        NoteSubjects(text, tokens, mentions, text.Length);
        foreach (var m in mentions)
            othersSinceSpeaker |= m.Person != lastSpeaker && !tokens[m.FirstToken].Has(TokenFlags.InQuote);
        // The next paragraph's opening quote runs on from this one's last quote when that one was left open or
        // ends the paragraph with at most its attribution after it; or from a speaker this paragraph introduces.
        var endsIntroducing = text.TrimEnd().EndsWith(':');
        var runsOver = spans.Count > 0 && (!spans[^1].Closed || tokens.Count - FirstTokenAt(tokens, spans[^1].End) <= VerbWindow);
        carried = setApart ? null : runsOver ? previous : endsIntroducing ? IntroducedSpeaker(text, tokens, mentions) : null;
        carriedUnnamed = !setApart && runsOver && previousUnnamed;
        return speakers;
    }

    /// <summary>The speaker of the first verb of speech that reports the quote and names someone: verbs right
    /// after it first ("…," he said; "…," said Mr Oaten), then verbs before it in its sentence, nearest first
    /// (Mr Khan said: "…"; He said that it had been "…", adding: "…"). A verb with no speaker of its own
    /// ("adding") hands over to the next.</summary>
    private static SpeakerPhrase? SpeakerByVerb(string text, List<Token> tokens, List<ResolvedMention> mentions, QuoteSpan span)
    {
        foreach (var (verb, after) in VerbsFor(text, tokens, span))
        {
            // Inverted only when the verb follows the quote at once ("…," said Mr Oaten); "…," he told MPs has its
            // subject before the verb.
            // "… from MPs adding: …": a participle belongs to its sentence's subject, not to the words before it.
            if (!after && Speakers.ParticipleSpeaker(text, tokens, mentions, verb) is { Kind: SpeakerKind.Person or SpeakerKind.Pronoun or SpeakerKind.Office } early)
                return early;
            var inverted = after && FirstTokenAt(tokens, span.End) == verb;
            var first = inverted ? Speakers.After(text, tokens, mentions, verb) : Speakers.Before(text, tokens, mentions, verb);
            if (first.Kind != SpeakerKind.Nobody) return first;
            // "and said the party ‘must hold them to account’": a phrase running into the quote with no stop is the
            // subject of what was said, not its speaker.
            var second = inverted ? Speakers.Before(text, tokens, mentions, verb)
                : RunsIntoQuote(text, tokens, verb, span) ? default : Speakers.After(text, tokens, mentions, verb);
            if (second.Kind != SpeakerKind.Nobody) return second;
            // "showed Mr Nattrass … telling the meeting: …": a participle's speaker is the person named before it.
            if (!after && Speakers.ParticipleSpeaker(text, tokens, mentions, verb) is { } participle) return participle;
        }
        return null;
    }

    private int? Resolve(string text, List<Token> tokens, List<ResolvedMention> mentions, SpeakerPhrase phrase) => phrase.Kind switch
    {
        SpeakerKind.Person => phrase.Person,
        SpeakerKind.Pronoun => Pronoun(text, tokens, mentions, phrase.Token),
        SpeakerKind.Office => Office(text, tokens, mentions, phrase),
        SpeakerKind.Subject => JoinedVerbSubject(text, tokens, mentions, phrase.Token),
        _ => null,
    };

    /// <summary>Keeps the person the text is about up to date with the subjects of the sentences read so far.
    /// A sentence's subject is its first subject: a "He" or "She" opening it, else its first name in subject
    /// position. Later subjects are of clauses inside it ("…added that he was surprised Trump won"), except the
    /// subject of a clause joined by "but", which the text goes on about.</summary>
    private void NoteSubjects(string text, List<Token> tokens, List<ResolvedMention> mentions, int upTo)
    {
        var end = FirstTokenAt(tokens, upTo);
        for (var t = tokensNoted; t < end; t++)
        {
            var sentence = tokens[t].Sentence;
            if (sentence <= subjectSentence) continue;
            // "Tony Blair has failed, Michael Howard has said.": the speaker closing the sentence is what it is about.
            int? found = ClosingSpeaker(text, tokens, mentions, t, end)
                ?? (t == tokensNoted || tokens[t - 1].Sentence != sentence ? TaggedSpeaker(text, tokens, mentions, t, end) : null);
            if (found is null && (t == 0 || tokens[t - 1].Sentence != sentence) && !tokens[t].Has(TokenFlags.InQuote))
            {
                if (Speakers.OpeningPronoun(text, tokens, t) is { } pronoun) found = Pronoun(text, tokens, mentions, pronoun);
                // "The Chelsea MP, Jo Bloggs, stated …": the name in apposition to the office says who it is.
                else if (Speakers.OfficeOpening(text, tokens, t) is { Kind: SpeakerKind.Office } office)
                    found = Speakers.SubjectInApposition(text, tokens, mentions, office.Token) ?? Office(text, tokens, mentions, office);
            }
            var possessive = false;
            foreach (var m in mentions)
                if (found is null && tokens[m.FirstToken].Sentence == sentence && m.FirstToken < end && Speakers.IsSubject(text, tokens, m)
                    && !Speakers.InRelativeClause(text, tokens, m) && !Speakers.InOpeningParticiple(text, tokens, m))
                {
                    found = m.Person;
                    possessive = tokens[m.LastToken].Has(TokenFlags.Possessive);
                    // "Mr Howard's deputy, Michael Ancram, said": the name in apposition to the possessed is the subject.
                    if (possessive && NamedPossessed(text, tokens, mentions, m) is { } named) (found, possessive) = (named, false);
                }
            foreach (var m in mentions)
                if (found is null && tokens[m.FirstToken].Sentence == sentence && m.FirstToken < end && Speakers.OwnsOpeningNoun(text, tokens, m))
                    (found, possessive) = (m.Person, true);
            foreach (var m in mentions)
                if (found is null && tokens[m.FirstToken].Sentence == sentence && m.FirstToken < end && Interviewed(text, tokens, m))
                    found = m.Person;
            if (found is not { } person) continue;
            possessiveSubject = possessive;
            subject = person;
            subjectParagraph = paragraph;
            subjectAt = (paragraph, sentence);
            subjectSentence = sentence;
            subjects.Add(person);
        }
        // "Mr Dewhirst said …, but Mr Slaughter disagreed.": a clause joined by "but" has a subject of its own,
        // and the text goes on about the later one, unless a later sentence has a subject ("… disagreed. Mr Clark
        // said …"). "but Mr Pike's spokesman said" is the spokesman's clause: Pike is a subject in the possessive.
        foreach (var m in mentions)
            if (m.FirstToken >= tokensNoted && m.FirstToken < end && tokens[m.FirstToken].Sentence >= subjectSentence && SubjectAfterBut(text, tokens, m))
            {
                (subject, possessiveSubject, subjectParagraph) = (m.Person, tokens[m.LastToken].Has(TokenFlags.Possessive), paragraph);
                subjectAt = (paragraph, tokens[m.FirstToken].Sentence);
                subjects.Add(m.Person);
            }
        tokensNoted = end;
    }

    /// <summary>An interview's quotes with no attribution near them: the last speaker, while the text since has
    /// named nobody else.</summary>
    private int? OnlySpeakerInView() => othersSinceSpeaker ? null : lastSpeaker;

    /// <summary>The subject of the sentence, named (or a pronoun) before the quote inside it.</summary>
    private int? SentenceSubject(string text, List<Token> tokens, List<ResolvedMention> mentions, int quoteToken)
    {
        if (quoteToken >= tokens.Count) return null;
        var sentence = tokens[quoteToken].Sentence;
        var first = quoteToken;
        while (first > 0 && tokens[first - 1].Sentence == sentence) first--;
        // "He … expressed concern that voting for Miliband would “put us back to square one”": the sentence's own
        // subject, not the subject of a clause inside it.
        if (Speakers.OpeningPronoun(text, tokens, first) is { } pronoun && pronoun < quoteToken) return Pronoun(text, tokens, mentions, pronoun);
        // "Mr Blair has the “wrong solution”, he claimed": the one the tag stands for, not the reported clause's subject.
        if (Speakers.TagBefore(text, tokens, first, quoteToken) is { } tag) return Pronoun(text, tokens, mentions, tag);
        foreach (var m in mentions)
            if (m.FirstToken < quoteToken && tokens[m.FirstToken].Sentence == sentence && Speakers.IsSubject(text, tokens, m))
                return m.Person;
        // "The First Minister lashed out at Mr Johnson and ‘…’": the office opening the sentence is its subject.
        if (Speakers.OfficeOpening(text, tokens, first) is { Kind: SpeakerKind.Office } office && office.Token < quoteToken) return Office(text, tokens, mentions, office);
        if (Speakers.AccordingToOffice(text, tokens, first) is { Kind: SpeakerKind.Office } source && source.Token < quoteToken) return Office(text, tokens, mentions, source);
        return Speakers.OfficeAfterOpeningClause(text, tokens, first, quoteToken) is { Kind: SpeakerKind.Office } after ? Office(text, tokens, mentions, after) : null;
    }

    private int? IntroducedSpeaker(string text, List<Token> tokens, List<ResolvedMention> mentions)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
            if (tokens[i].Class == WordClass.Speech && !tokens[i].Has(TokenFlags.InQuote))
                return Resolve(text, tokens, mentions, Speakers.Before(text, tokens, mentions, i) is { Kind: not SpeakerKind.Nobody } before ? before : Speakers.After(text, tokens, mentions, i));
        return null;
    }

    private static int FirstTokenAt(List<Token> tokens, int position)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].Start < position) i++;
        return i;
    }

    private static bool StartsWithQuote(string text, QuoteSpan span)
    {
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first])) first++;
        // A run-on quote whose opening mark the writer left out starts at the paragraph's first word.
        return span.Start == first + 1 || span.Start == first;
    }

    /// <summary>True when no word of the quote's sentence stands before the quote.</summary>
    private static bool StartsSentence(List<Token> tokens, QuoteSpan span)
    {
        var first = FirstTokenAt(tokens, span.Start);
        return first >= tokens.Count || first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence || tokens[first - 1].Has(TokenFlags.InQuote);
    }
}
