namespace NewsArchive.Bench.Corpus;

/// <summary>The words around the figures: quotes, reactions, policy paragraphs, captions, and a story
/// kind with no election in it. Enough variety that full-text search has real work to do.</summary>
internal static class Filler
{
    private static readonly string[] Quotes =
    [
        "This is a victory for every Londoner who wants cleaner air and safer streets",
        "We listened to voters on the doorstep and they told us that housing comes first",
        "The result shows that people are tired of broken promises on transport",
        "I will work every day to earn the trust of those who did not vote for me",
        "Our campaign was positive, and I am proud of every volunteer who knocked on doors",
        "Rents are too high, wages are too low and the city deserves better",
        "It was a disappointing night, but we will learn the lessons and come back stronger",
        "Nobody should have to choose between heating and eating this winter",
        "The police need more officers on the beat, not more reviews",
        "Fares have gone up again while the buses get slower",
        "We will build the homes this city needs, and we will build them quickly",
        "This budget protects the services that families rely on",
    ];

    private static readonly string[] Topics =
    [
        "the ultra low emission zone", "affordable housing targets", "night-time Tube services", "knife crime",
        "the congestion charge", "council tax", "school funding", "air quality", "the Silvertown tunnel",
        "cycle lanes", "fire service cuts", "homelessness", "the green belt", "bus fares", "rough sleeping",
    ];

    private static readonly string[] Verbs = ["criticised", "defended", "called for a review of", "promised to expand", "attacked", "welcomed"];

    private static readonly string[] Places = ["City Hall", "the Crystal Palace count centre", "Alexandra Palace", "ExCeL London", "Olympia", "the Queen Elizabeth II Centre"];

    private static readonly string[] Context =
    [
        "The London Assembly is expected to debate the plans next month, with opposition members calling for more detail on costs.",
        "Transport for London said the changes would be phased in over the next two years.",
        "Figures published by the Greater London Authority suggest the number of families in temporary accommodation has risen sharply.",
        "Campaigners gathered outside the town hall on Saturday morning to protest against the proposals.",
        "The Metropolitan Police said it would publish its own assessment of the scheme later this year.",
        "Business groups warned that the policy could hit small shops in outer boroughs hardest.",
        "Polling stations opened at 7am and closed at 10pm, with counting beginning the following morning.",
        "Ballot papers were verified overnight before the counts started at nine o’clock.",
        "The government has not yet said whether it will provide extra money for the programme.",
        "Residents’ associations across the capital have written to their councillors about the changes.",
    ];

    public static string Quote(Story story, CastMember who)
    {
        var quote = story.Dice.Pick(Quotes);
        var name = story.Name(who);
        return story.Dice.Next(4) switch
        {
            0 => $"{name} said: ‘{quote}.’",
            1 => $"‘{quote},’ {name} said.",
            2 => $"Speaking at {story.Dice.Pick(Places)}, {name} said: “{quote}.”",
            _ => $"‘{quote},’ said {name}.",
        };
    }

    /// <summary>A photo caption: no final full stop, sometimes with a picture-position marker.</summary>
    public static string Caption(Story story, CastMember who)
    {
        var marker = story.Dice.Pick(["", " (pictured)", " (left)", " (centre)"]);
        return $"{story.Name(who)}{marker} {story.Dice.Pick(["celebrates with supporters at", "arrives at", "speaks to reporters at", "campaigns outside"])} {story.Dice.Pick(Places)}";
    }

    public static string Reaction(Story story, CastMember who) =>
        $"{story.Name(who)} {story.Dice.Pick(Verbs)} {story.Dice.Pick(Topics)}, saying the {story.Dice.Pick(["Mayor", "council", "government"])} had {story.Dice.Pick(["failed to act", "got the balance right", "ignored residents", "moved too slowly"])}.";

    public static string Context1(Story story) => story.Dice.Pick(Context);

    /// <summary>Several paragraphs of context, reactions and quotes, to bring a story to news length.</summary>
    public static void Pad(Story story, Cast cast, IReadOnlyList<CastMember> named)
    {
        var paragraphs = story.Dice.Between(3, 8);
        for (var i = 0; i < paragraphs; i++)
        {
            var who = story.Dice.Chance(0.6) ? story.Dice.Pick(named) : cast.Someone(story.Dice);
            if (named.Any(n => n.Surname == who.Surname && n.Full != who.Full)) who = story.Dice.Pick(named);
            story.Add(story.Dice.Next(4) switch
            {
                0 => Quote(story, who),
                1 => Reaction(story, who),
                2 => $"{Context1(story)} {Context1(story)}",
                _ => Context1(story),
            });
        }
    }

    /// <summary>A story with no election: a row over a policy, with the people who spoke.</summary>
    public static void Policy(Story story, Cast cast)
    {
        var people = cast.Several(story.Dice, story.Dice.Between(2, 4));
        var topic = story.Dice.Pick(Topics);
        if (story.Dice.Chance(0.75)) story.Headline = $"Row over {topic} as {people[0].Surname} faces calls to think again";
        var role = story.Dice.Pick(["Deputy Mayor for Housing", "Deputy Mayor for Transport", "Housing Secretary", "shadow London minister", "council leader", "London Assembly member"]);
        story.Add($"{role} {story.Name(people[0])} has {story.Dice.Pick(["announced a review of", "defended", "criticised", "set out plans for"])} {topic}, in a move that {story.Dice.Pick(["split opinion across the capital", "angered opposition members", "was welcomed by campaigners"])}.");
        story.Add(Reaction(story, people[1]));
        story.Add(Quote(story, people[0]));
        if (story.Dice.Chance(0.4)) story.Add(Caption(story, people[0]));
        Pad(story, cast, people);
        story.Add(Quote(story, people[^1]));
    }
}
